'use client';
import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { ArrowLeft, Bot, Hand, UserRoundCheck } from 'lucide-react';
import { ChannelIcon } from '@/components/channel-icon';
import { Button } from '@/components/ui/button';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { CHANNEL_LABEL } from '@/lib/labels';
import { getDbUserId } from '@/lib/mock/session-user';
import { useConversation, useReturnToAi, useTakeOver } from '../hooks';
import { useConversationRealtime } from '../realtime';
import { Composer } from './composer';
import { CustomerSidebar } from './customer-sidebar';
import { MessageBubble } from './message-bubble';
import { ResolveDialog } from './resolve-dialog';
import { StatusBadge } from './status-badge';

export function ConversationThread({ id }: { id: string }) {
  useConversationRealtime();
  const { data: c, isLoading, error, refetch } = useConversation(id);
  const takeOver = useTakeOver(id);
  const returnToAi = useReturnToAi(id);
  const endRef = useRef<HTMLDivElement>(null);
  const count = c?.messages.length ?? 0;
  useEffect(() => { endRef.current?.scrollIntoView({ block: 'end' }); }, [count]);

  if (error) return <ErrorState title="Couldn’t load this conversation" error={error} onRetry={() => refetch()} />;
  if (isLoading || !c) {
    return (
      <LoadingRegion label="Loading conversation" className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4"><Skeleton className="h-12" /><Skeleton className="h-16 w-2/3" /><Skeleton className="ml-auto h-20 w-2/3" /><Skeleton className="h-16 w-1/2" /></div>
        <Skeleton className="h-80" />
      </LoadingRegion>
    );
  }
  const mine = c.assignedAgentId === getDbUserId();
  const closed = c.status === 'RESOLVED' || c.status === 'CLOSED';
  const humanActive = c.status === 'HANDED_OFF' && !!c.assignedAgentId;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <section aria-label="Conversation" className="flex h-[calc(100dvh-8rem)] min-h-[32rem] flex-col overflow-hidden rounded-xl border bg-card">
        <div className="flex flex-wrap items-center gap-3 border-b p-3">
          <Button asChild variant="ghost" size="icon" aria-label="Back to conversations"><Link href="/dashboard/conversations"><ArrowLeft className="size-4" /></Link></Button>
          <div className="min-w-0">
            <h1 className="truncate font-semibold">{c.customer.name ?? 'Visitor'}</h1>
            <p className="flex items-center gap-1.5 text-xs text-muted-foreground"><ChannelIcon channel={c.channel} />{CHANNEL_LABEL[c.channel]} · {c.subject}</p>
          </div>
          <span data-testid="thread-status"><StatusBadge status={c.status} /></span>
          <div className="ml-auto flex flex-wrap items-center gap-2">
            {!closed && !mine && (
              <Button size="sm" onClick={() => takeOver.mutate()} loading={takeOver.isPending}><Hand className="size-4" aria-hidden />Take over</Button>
            )}
            {humanActive && mine && (
              <Button size="sm" variant="secondary" onClick={() => returnToAi.mutate()} loading={returnToAi.isPending}><Bot className="size-4" aria-hidden />Return to AI</Button>
            )}
            {!closed && <ResolveDialog id={id} />}
          </div>
        </div>
        {mine && !closed && (
          <p className="flex items-center gap-2 border-b bg-accent px-4 py-2 text-xs text-accent-foreground"><UserRoundCheck className="size-4" aria-hidden />You are handling this conversation — the AI is paused.</p>
        )}
        <ol className="flex-1 space-y-4 overflow-y-auto p-4" aria-label="Messages" data-testid="messages">
          {c.messages.map((m) => <MessageBubble key={m.id} m={m} />)}
          <div ref={endRef} />
        </ol>
        <Composer id={id} canReply={mine} closed={closed} />
      </section>
      <aside aria-label="Customer details"><CustomerSidebar c={c} /></aside>
    </div>
  );
}
