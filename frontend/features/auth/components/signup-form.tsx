'use client';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { ZRegisterRequest } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useRegister } from '../hooks';
import { FormAlert } from './form-alert';
import { PasswordInput } from './password-input';

export function SignupForm() {
  const router = useRouter();
  const signup = useRegister();
  const { register, handleSubmit, formState: { errors } } = useForm({
    resolver: zodResolver(ZRegisterRequest), mode: 'onTouched', defaultValues: { name: '', email: '', password: '' },
  });
  const onSubmit = handleSubmit((values) =>
    signup.mutate(values, {
      onSuccess: () => {
        toast.success('Account created — let’s set up your store');
        router.push('/onboarding/connect-store');
      },
    }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create account">
      <FormAlert message={signup.error?.message ?? null} />
      <Field label="Full name" error={errors.name?.message}>
        {(a) => <Input autoComplete="name" placeholder="Alex Rivera" {...a} {...register('name')} />}
      </Field>
      <Field label="Work email" error={errors.email?.message}>
        {(a) => <Input type="email" autoComplete="email" placeholder="you@store.com" {...a} {...register('email')} />}
      </Field>
      <Field label="Password" error={errors.password?.message} hint="At least 8 characters, with a letter and a digit or symbol.">
        {(a) => <PasswordInput autoComplete="new-password" {...a} {...register('password')} />}
      </Field>
      <Button type="submit" className="w-full" loading={signup.isPending}>{signup.isPending ? 'Creating account…' : 'Create account'}</Button>
      <p className="text-center text-xs text-muted-foreground">By signing up you agree to the Terms and Privacy Policy.</p>
    </form>
  );
}
