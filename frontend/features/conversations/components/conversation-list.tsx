'use client';
import { useEffect, useRef } from 'react';
import Link from 'next/link';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Hand, SearchX } from 'lucide-react';
import { ChannelIcon } from '@/components/channel-icon';
import { Avatar } from '@/components/ui/avatar';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { fmtRelative } from '@/lib/format';
import { CHANNEL_LABEL, TRIGGER_LABEL } from '@/lib/labels';
import { useConversationFilters } from '@/lib/stores/conversation-filters';
import type { TConversationRow } from '@/lib/types';
import { useNow } from '@/lib/use-now';
import { cn } from '@/lib/utils';
import { useConversationList } from '../hooks';
import { StatusBadge } from './status-badge';

const ROW = 84;

function Row({ c, now }: { c: TConversationRow; now: number | null }) {
  const unread = c.unreadCount > 0;
  const handoff = c.status === 'HANDED_OFF';
  return (
    <Link
      href={`/dashboard/conversations/${c.id}`}
      data-testid="conversation-row"
      data-status={c.status}
      data-channel={c.channel}
      className={cn(
        'flex h-full items-center gap-3 border-b border-l-4 px-4 transition-colors hover:bg-muted/70',
        handoff ? 'border-l-amber-500 bg-amber-500/5' : unread ? 'border-l-primary' : 'border-l-transparent',
      )}
    >
      <Avatar name={c.customer.name} />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <span className={cn('truncate text-sm', unread ? 'font-semibold' : 'font-medium')}>{c.customer.name}</span>
          <ChannelIcon channel={c.channel} labelled />
          <span className="sr-only">via {CHANNEL_LABEL[c.channel]}</span>
          <span className="hidden truncate text-xs text-muted-foreground sm:inline">· {c.subject}</span>
          <span className="ml-auto shrink-0 text-xs text-muted-foreground">{now ? fmtRelative(c.lastMessageAt, now) : ''}</span>
        </div>
        <div className="mt-1 flex items-center gap-2">
          {handoff && c.handoff ? (
            <span className="flex min-w-0 items-center gap-1 text-sm text-amber-800 dark:text-amber-300"><Hand className="size-3.5 shrink-0" aria-hidden /><span className="truncate">{TRIGGER_LABEL[c.handoff.trigger]} — {c.handoff.summary}</span></span>
          ) : (
            <p className={cn('truncate text-sm', unread ? 'text-foreground' : 'text-muted-foreground')}>{c.lastMessagePreview}</p>
          )}
          <span className="ml-auto flex shrink-0 items-center gap-2">
            {unread && <span className="rounded-full bg-primary px-1.5 text-xs font-semibold text-primary-foreground" aria-label={`${c.unreadCount} unread`}>{c.unreadCount}</span>}
            <StatusBadge status={c.status} />
          </span>
        </div>
      </div>
    </Link>
  );
}

export function ConversationList() {
  const list = useConversationList();
  const reset = useConversationFilters((s) => s.reset);
  const now = useNow();
  const parentRef = useRef<HTMLDivElement>(null);
  const rows = list.data ?? [];
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW, overscan: 8 });
  const items = v.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  // Pull the next page when the user scrolls near the end.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 15) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (list.error) return <ErrorState title="Couldn’t load conversations" error={list.error} onRetry={() => list.refetch()} />;
  if (list.isLoading) {
    return <LoadingRegion label="Loading conversations" className="space-y-px rounded-xl border bg-card">{Array.from({ length: 8 }, (_, i) => <Skeleton key={i} className="h-20 rounded-none" />)}</LoadingRegion>;
  }
  if (!rows.length) return <EmptyState icon={SearchX} title="No conversations match" description="Try another status, channel or search term." action={<button className="text-sm font-medium text-brand hover:underline" onClick={reset}>Clear filters</button>} />;

  return (
    <div className="overflow-hidden rounded-xl border bg-card">
      <div ref={parentRef} className="h-[calc(100dvh-15rem)] min-h-96 overflow-y-auto" data-testid="conversation-scroller" tabIndex={-1}>
        <ul aria-label="Conversations" style={{ height: v.getTotalSize(), position: 'relative' }}>
          {items.map((it) => (
            <li key={rows[it.index]!.id} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: it.size, transform: `translateY(${it.start}px)` }}>
              <Row c={rows[it.index]!} now={now} />
            </li>
          ))}
        </ul>
      </div>
      {isFetchingNextPage && <p className="border-t px-4 py-2 text-xs text-muted-foreground" role="status">Loading more…</p>}
    </div>
  );
}
