import { ChannelsStep } from '@/features/onboarding/components/channels-step';

export default function Page() {
  return <ChannelsStep />;
}
