'use client';
import Link from 'next/link';
import { ArrowRight } from 'lucide-react';
import { ChannelIcon } from '@/components/channel-icon';
import { Card } from '@/components/ui/card';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { fmtRelative } from '@/lib/format';
import { CHANNEL_LABEL, CHANNEL_ORDER } from '@/lib/labels';
import { useNow } from '@/lib/use-now';
import { useChannels } from '../hooks';
import { ChannelStatus } from './channel-status';

export function ChannelCards() {
  const { data, isLoading, error, refetch } = useChannels();
  const now = useNow();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isLoading || !data) return <LoadingRegion label="Loading channels" className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">{CHANNEL_ORDER.map((c) => <Skeleton key={c} className="h-40" />)}</LoadingRegion>;
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {CHANNEL_ORDER.map((type) => {
        const ch = data.find((c) => c.type === type);
        return (
          <Card key={type} className="flex flex-col p-5" data-testid={`channel-card-${type}`}>
            <div className="flex items-start justify-between">
              <div className="rounded-lg bg-muted p-2.5"><ChannelIcon channel={type} className="size-5" /></div>
              <ChannelStatus ch={ch} />
            </div>
            <h2 className="mt-4 font-semibold">{CHANNEL_LABEL[type]}</h2>
            <p className="mt-1 flex-1 text-sm text-muted-foreground">
              {ch ? (ch.lastTestOk === false ? ch.lastTestError : `${ch.name}${ch.lastTestedAt && now ? ` · tested ${fmtRelative(ch.lastTestedAt, now)}` : ''}`) : 'Not set up yet.'}
            </p>
            <Link href={`/dashboard/channels/${type.toLowerCase()}`} className="mt-4 inline-flex items-center gap-1 text-sm font-medium text-brand hover:underline">
              {ch ? 'Manage' : 'Set up'} {CHANNEL_LABEL[type]} <ArrowRight className="size-4" aria-hidden />
            </Link>
          </Card>
        );
      })}
    </div>
  );
}
