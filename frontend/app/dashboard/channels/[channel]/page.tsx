import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ZChannelType } from '@convix/shared/contracts';
import { ChannelSetup } from '@/features/channels/components/channel-setup';
import { CHANNEL_LABEL } from '@/lib/labels';

type Props = { params: Promise<{ channel: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = ZChannelType.safeParse((await params).channel.toUpperCase());
  return { title: parsed.success ? CHANNEL_LABEL[parsed.data] : 'Channel' };
}

export default async function ChannelPage({ params }: Props) {
  const parsed = ZChannelType.safeParse((await params).channel.toUpperCase());
  if (!parsed.success) notFound();
  return <ChannelSetup type={parsed.data} />;
}
