import type { Metadata } from 'next';
import Link from 'next/link';
import { SignupForm } from '@/features/auth/components/signup-form';

export const metadata: Metadata = { title: 'Sign up' };

export default function SignupPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Start your free trial</h1>
      <p className="mt-1 mb-6 text-sm text-muted-foreground">14 days free. No credit card required.</p>
      <SignupForm />
      <p className="mt-6 text-center text-sm text-muted-foreground">Already have an account? <Link href="/login" className="font-medium text-brand hover:underline">Log in</Link></p>
    </>
  );
}
