import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotForm } from '@/features/auth/components/forgot-form';

export const metadata: Metadata = { title: 'Forgot password' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Reset your password</h1>
      <p className="mt-1 mb-6 text-sm text-muted-foreground">Enter your email and we’ll send you a reset link.</p>
      <ForgotForm />
      <p className="mt-6 text-center text-sm text-muted-foreground"><Link href="/login" className="font-medium text-brand hover:underline">Back to log in</Link></p>
    </>
  );
}
