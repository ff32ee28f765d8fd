import type { Metadata } from 'next';
import Link from 'next/link';
import { Logo } from '@/components/logo';
import { ThemeToggle } from '@/components/theme-toggle';
import { Stepper } from '@/features/onboarding/components/stepper';

export const metadata: Metadata = { title: 'Set up Convix' };

export default function OnboardingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b bg-card">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4">
          <Logo href="/dashboard" />
          <div className="ml-auto flex items-center gap-2"><Link href="/dashboard" className="text-sm text-muted-foreground hover:text-foreground">Skip to dashboard</Link><ThemeToggle /></div>
        </div>
      </header>
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[16rem_1fr]">
        <aside><Stepper /></aside>
        <main id="main">{children}</main>
      </div>
    </div>
  );
}
