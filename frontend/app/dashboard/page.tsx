'use client';
import Link from 'next/link';
import { ArrowRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { useAnalytics } from '@/features/analytics/hooks';
import { ChartCard } from '@/features/analytics/components/chart-card';
import { VolumeChart } from '@/features/analytics/components/volume-chart';
import { ConversationMiniList } from '@/features/conversations/components/conversation-mini-list';
import { useConversationSample } from '@/features/conversations/hooks';
import { OverviewStats } from '@/features/overview/components/overview-stats';

export default function OverviewPage() {
  const analytics = useAnalytics({});
  const recent = useConversationSample({ limit: 6 });
  const handoffs = useConversationSample({ status: 'HANDED_OFF', limit: 5 });
  return (
    <>
      <PageHeader title="Overview" description="Last 30 days across all channels." actions={<Button asChild variant="secondary" size="sm"><Link href="/dashboard/analytics">Full analytics</Link></Button>} />
      <OverviewStats stats={analytics.data?.overview} isLoading={analytics.isLoading} error={analytics.error} onRetry={() => analytics.refetch()} />
      <div className="mt-6 grid gap-6 xl:grid-cols-3">
        <ChartCard title="Conversation volume" description="Daily conversations and handoffs" loading={analytics.isLoading} className="xl:col-span-2">
          {analytics.data && <VolumeChart data={analytics.data.volume} height={260} />}
        </ChartCard>
        <Card>
          <CardHeader className="flex-row items-center justify-between">
            <CardTitle>Handoffs waiting</CardTitle>
            <span className="rounded-full bg-amber-500/15 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:text-amber-300" data-testid="handoff-count">{handoffs.data?.length ?? 0}</span>
          </CardHeader>
          <CardContent><ConversationMiniList rows={handoffs.data} isLoading={handoffs.isLoading} error={handoffs.error} empty="No one is waiting — nice!" showSummary /></CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle>Recent conversations</CardTitle>
          <Link href="/dashboard/conversations" className="inline-flex items-center gap-1 text-sm font-medium text-brand hover:underline">View all <ArrowRight className="size-4" aria-hidden /></Link>
        </CardHeader>
        <CardContent><ConversationMiniList rows={recent.data} isLoading={recent.isLoading} error={recent.error} empty="No conversations yet" /></CardContent>
      </Card>
    </>
  );
}
