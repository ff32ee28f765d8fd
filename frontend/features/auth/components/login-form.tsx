'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { ZLoginRequest } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useLogin } from '../hooks';
import { FormAlert } from './form-alert';
import { PasswordInput } from './password-input';

export function LoginForm() {
  const router = useRouter();
  const login = useLogin();
  const { register, handleSubmit, formState: { errors } } = useForm({ resolver: zodResolver(ZLoginRequest), mode: 'onTouched', defaultValues: { email: '', password: '' } });
  const onSubmit = handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: (r) => {
        toast.success(`Welcome back, ${r.user.name.split(' ')[0]}`);
        router.push('/dashboard');
      },
    }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Log in">
      <FormAlert message={login.error?.message ?? null} />
      <Field label="Email" error={errors.email?.message}>
        {(a) => <Input type="email" autoComplete="email" placeholder="you@store.com" {...a} {...register('email')} />}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(a) => <PasswordInput autoComplete="current-password" {...a} {...register('password')} />}
      </Field>
      <div className="flex justify-end text-sm"><Link href="/forgot-password" className="text-brand hover:underline">Forgot password?</Link></div>
      <Button type="submit" className="w-full" loading={login.isPending}>{login.isPending ? 'Logging in…' : 'Log in'}</Button>
    </form>
  );
}
