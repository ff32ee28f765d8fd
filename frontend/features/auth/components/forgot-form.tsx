'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MailCheck } from 'lucide-react';
import { ZForgotPasswordRequest } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useForgotPassword } from '../hooks';
import { FormAlert } from './form-alert';

export function ForgotForm() {
  const forgot = useForgotPassword();
  const { register, handleSubmit, getValues, formState: { errors } } = useForm({ resolver: zodResolver(ZForgotPasswordRequest), mode: 'onTouched', defaultValues: { email: '' } });
  if (forgot.isSuccess) {
    return (
      <div role="status" className="flex flex-col items-center gap-3 py-4 text-center">
        <MailCheck className="size-10 text-success" aria-hidden />
        <p className="font-medium">Check your inbox</p>
        {/* Same message whether or not the account exists, so emails can't be enumerated. */}
        <p className="text-sm text-muted-foreground">If an account exists for {getValues('email')}, we sent a link to reset your password.</p>
      </div>
    );
  }
  return (
    <form onSubmit={handleSubmit((v) => forgot.mutate(v))} noValidate className="space-y-4" aria-label="Reset password">
      <FormAlert message={forgot.error?.message ?? null} />
      <Field label="Email" error={errors.email?.message}>
        {(a) => <Input type="email" autoComplete="email" placeholder="you@store.com" {...a} {...register('email')} />}
      </Field>
      <Button type="submit" className="w-full" loading={forgot.isPending}>Send reset link</Button>
    </form>
  );
}
