'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Check } from 'lucide-react';
import { useOnboardingHydrated } from '@/lib/stores/hydrate';
import { useOnboarding } from '@/lib/stores/onboarding';
import { ONBOARDING_STEPS } from '@/lib/types';
import { cn } from '@/lib/utils';
import { STEP_META, stepHref } from '../steps';

export function Stepper() {
  const pathname = usePathname();
  const hydrated = useOnboardingHydrated();
  const completed = useOnboarding((s) => s.completed);
  const done = hydrated ? completed : [];
  const current = ONBOARDING_STEPS.find((s) => pathname.endsWith(s));
  return (
    <nav aria-label="Setup progress">
      <p className="mb-3 text-sm text-muted-foreground" data-testid="onboarding-progress">{done.length} of {ONBOARDING_STEPS.length} steps complete</p>
      <ol className="flex gap-2 overflow-x-auto lg:flex-col lg:gap-1">
        {ONBOARDING_STEPS.map((s, i) => {
          const isDone = done.includes(s);
          const isCurrent = s === current;
          return (
            <li key={s} className="shrink-0">
              <Link
                href={stepHref(s)}
                aria-current={isCurrent ? 'step' : undefined}
                data-testid={`step-${s}`}
                data-done={isDone}
                className={cn('flex items-center gap-3 rounded-lg px-3 py-2 text-sm', isCurrent ? 'bg-accent text-accent-foreground' : 'hover:bg-muted')}
              >
                <span className={cn('flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold', isDone ? 'border-transparent bg-green-600 text-white' : isCurrent ? 'border-primary text-brand' : 'text-muted-foreground')}>
                  {isDone ? <Check className="size-4" aria-label="done" /> : i + 1}
                </span>
                <span className="hidden sm:block">
                  <span className="block font-medium">{STEP_META[s].title}</span>
                  <span className="hidden text-xs text-muted-foreground lg:block">{STEP_META[s].description}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
