import { ConnectStoreStep } from '@/features/onboarding/components/connect-store-step';

export default function Page() {
  return <ConnectStoreStep />;
}
