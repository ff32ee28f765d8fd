import type { Metadata } from 'next';
import { ConversationThread } from '@/features/conversations/components/conversation-thread';

export const metadata: Metadata = { title: 'Conversation' };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ConversationThread id={id} />;
}
