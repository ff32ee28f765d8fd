'use client';
import { useState } from 'react';
import { Pause, Play } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ConversationFilters } from '@/features/conversations/components/conversation-filters';
import { ConversationList } from '@/features/conversations/components/conversation-list';
import { useConversationRealtime } from '@/features/conversations/realtime';

export default function ConversationsPage() {
  const [live, setLive] = useState(true);
  useConversationRealtime(live);
  return (
    <>
      <PageHeader
        title="Conversations"
        description="Every conversation across your channels. Handoffs waiting for a human are highlighted."
        actions={
          <Button variant="secondary" size="sm" onClick={() => setLive((l) => !l)} aria-pressed={live} data-testid="live-toggle">
            {live ? <><span className="size-2 animate-pulse rounded-full bg-green-500" aria-hidden /> Live <Pause className="size-3.5" aria-hidden /></> : <><Play className="size-3.5" aria-hidden /> Paused</>}
          </Button>
        }
      />
      <div className="mb-4"><ConversationFilters /></div>
      <ConversationList />
    </>
  );
}
