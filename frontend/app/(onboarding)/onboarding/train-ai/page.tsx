import { TrainAiStep } from '@/features/onboarding/components/train-ai-step';

export default function Page() {
  return <TrainAiStep />;
}
