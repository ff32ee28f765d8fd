import { GoLiveStep } from '@/features/onboarding/components/go-live-step';

export default function Page() {
  return <GoLiveStep />;
}
