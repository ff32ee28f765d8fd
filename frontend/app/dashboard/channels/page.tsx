import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { ChannelCards } from '@/features/channels/components/channel-cards';

export const metadata: Metadata = { title: 'Channels' };

export default function ChannelsPage() {
  return (
    <>
      <PageHeader title="Channels" description="Where your AI agent talks to customers. Each channel shares the same training and handoff rules." />
      <ChannelCards />
    </>
  );
}
