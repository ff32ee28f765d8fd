'use client';
import Link from 'next/link';
import { ChannelIcon } from '@/components/channel-icon';
import { Avatar } from '@/components/ui/avatar';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { fmtRelative } from '@/lib/format';
import { TRIGGER_LABEL } from '@/lib/labels';
import type { TConversationRow } from '@/lib/types';
import { useNow } from '@/lib/use-now';
import { StatusBadge } from './status-badge';

/** Compact list for the overview: recent conversations or handoffs waiting. */
export function ConversationMiniList({ rows, isLoading, error, empty, showSummary }: {
  rows?: TConversationRow[]; isLoading: boolean; error: unknown; empty: string; showSummary?: boolean;
}) {
  const now = useNow();
  if (error) return <ErrorState error={error} />;
  if (isLoading || !rows) {
    return <LoadingRegion label="Loading conversations" className="space-y-3">{Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-14" />)}</LoadingRegion>;
  }
  if (!rows.length) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y">
      {rows.map((c) => (
        <li key={c.id}>
          <Link href={`/dashboard/conversations/${c.id}`} className="flex gap-3 rounded-lg px-2 py-3 hover:bg-muted">
            <Avatar name={c.customer.name} />
            <div className="min-w-0 flex-1">
              <div className="flex items-center gap-2">
                <span className="truncate text-sm font-medium">{c.customer.name}</span>
                <ChannelIcon channel={c.channel} />
                <span className="ml-auto shrink-0 text-xs text-muted-foreground">{now ? fmtRelative(c.lastMessageAt, now) : ''}</span>
              </div>
              {showSummary && c.handoff ? (
                <>
                  <p className="text-xs font-medium text-warning">{TRIGGER_LABEL[c.handoff.trigger]}</p>
                  <p className="line-clamp-2 text-sm text-muted-foreground">{c.handoff.summary}</p>
                </>
              ) : (
                <div className="flex items-center gap-2">
                  <p className="truncate text-sm text-muted-foreground">{c.lastMessagePreview}</p>
                  <span className="ml-auto"><StatusBadge status={c.status} /></span>
                </div>
              )}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
