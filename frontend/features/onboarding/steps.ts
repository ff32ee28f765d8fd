import { ONBOARDING_STEPS, type TOnboardingStep } from '@/lib/types';

export const STEP_META: Record<TOnboardingStep, { title: string; description: string }> = {
  'connect-store': { title: 'Connect store', description: 'Tell us where you sell.' },
  'train-ai': { title: 'Train AI', description: 'Add FAQs, policies and pages.' },
  customize: { title: 'Customize', description: 'Make the widget yours.' },
  channels: { title: 'Channels', description: 'Pick where to answer.' },
  'go-live': { title: 'Go live', description: 'Install and launch.' },
};

export const stepHref = (s: TOnboardingStep) => `/onboarding/${s}`;
export const nextStep = (s: TOnboardingStep) => ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(s) + 1];
export const prevStep = (s: TOnboardingStep) => ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(s) - 1];
