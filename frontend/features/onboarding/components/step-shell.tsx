'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useOnboarding } from '@/lib/stores/onboarding';
import type { TOnboardingStep } from '@/lib/types';
import { nextStep, prevStep, STEP_META, stepHref } from '../steps';

/** Title + content + Back/Continue. `onContinue` may do work first; returning false stays on the step. */
export function StepShell({ step, children, onContinue, continueLabel, continueDisabled, pending }: {
  step: TOnboardingStep; children: React.ReactNode; onContinue?: () => Promise<boolean | void> | boolean | void;
  continueLabel?: string; continueDisabled?: boolean; pending?: boolean;
}) {
  const router = useRouter();
  const complete = useOnboarding((s) => s.complete);
  const prev = prevStep(step);
  const next = nextStep(step);
  async function go() {
    if ((await onContinue?.()) === false) return;
    complete(step);
    router.push(next ? stepHref(next) : '/dashboard');
  }
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{STEP_META[step].title}</h1>
      <p className="mt-1 mb-6 text-muted-foreground">{STEP_META[step].description}</p>
      {children}
      <div className="mt-8 flex items-center justify-between border-t pt-6">
        {prev ? <Button asChild variant="ghost"><Link href={stepHref(prev)}><ArrowLeft className="size-4" aria-hidden />Back</Link></Button> : <span />}
        <Button onClick={go} disabled={continueDisabled} loading={pending} data-testid="onboarding-continue">
          {continueLabel ?? 'Continue'}<ArrowRight className="size-4" aria-hidden />
        </Button>
      </div>
    </div>
  );
}
