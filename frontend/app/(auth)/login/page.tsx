import type { Metadata } from 'next';
import Link from 'next/link';
import { LoginForm } from '@/features/auth/components/login-form';

export const metadata: Metadata = { title: 'Log in' };

export default function LoginPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Welcome back</h1>
      <p className="mt-1 mb-6 text-sm text-muted-foreground">Log in to your Convix dashboard.</p>
      <LoginForm />
      <p className="mt-6 text-center text-sm text-muted-foreground">New to Convix? <Link href="/signup" className="font-medium text-brand hover:underline">Create an account</Link></p>
    </>
  );
}
