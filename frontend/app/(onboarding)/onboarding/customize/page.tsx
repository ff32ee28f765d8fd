import { CustomizeStep } from '@/features/onboarding/components/customize-step';

export default function Page() {
  return <CustomizeStep />;
}
