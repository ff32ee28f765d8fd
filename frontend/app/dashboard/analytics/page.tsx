'use client';
import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { ChannelChart, HandoffTrendChart, RevenueChart, TopQuestions, TriggerChart } from '@/features/analytics/components/breakdown-charts';
import { ChartCard } from '@/features/analytics/components/chart-card';
import { DateRangePicker, presetRange } from '@/features/analytics/components/date-range-picker';
import { VolumeChart } from '@/features/analytics/components/volume-chart';
import { useAnalytics } from '@/features/analytics/hooks';
import { OverviewStats } from '@/features/overview/components/overview-stats';
import type { TDateRange } from '@/lib/types';
import { useNow } from '@/lib/use-now';

function AnalyticsView({ now }: { now: number }) {
  const [range, setRange] = useState<TDateRange>(() => presetRange('30d', now));
  const a = useAnalytics({ from: range.from, to: range.to });
  const d = a.data;
  const loading = a.isLoading;
  return (
    <>
      <PageHeader title="Analytics" description="How your AI agent performs, where conversations come from and what they earn." actions={<DateRangePicker value={range} onChange={setRange} now={now} />} />
      {a.error ? <ErrorState error={a.error} onRetry={() => a.refetch()} /> : (
        <div className="space-y-6">
          <OverviewStats stats={d?.overview} isLoading={loading} error={null} onRetry={() => a.refetch()} />
          <ChartCard title="Volume over time" description="Conversations and handoffs per day" loading={loading}>{d && <VolumeChart data={d.volume} />}</ChartCard>
          <div className="grid gap-6 lg:grid-cols-2">
            <ChartCard title="By channel" description="Conversations per channel" loading={loading}>{d && <ChannelChart data={d.byChannel} />}</ChartCard>
            <ChartCard title="Top questions" description="What shoppers ask most" loading={loading}>{d && <TopQuestions data={d.topQuestions} />}</ChartCard>
            <ChartCard title="Handoff rate trend" description="Share of conversations handed to a human" loading={loading}>{d && <HandoffTrendChart data={d.handoffTrend} />}</ChartCard>
            <ChartCard title="Handoff triggers" description="Why the AI asked for help" loading={loading}>{d && <TriggerChart data={d.triggers} />}</ChartCard>
          </div>
          <ChartCard title="Revenue attributed" description="Orders placed after an AI recommendation" loading={loading}>{d && <RevenueChart data={d.revenue} />}</ChartCard>
        </div>
      )}
    </>
  );
}

export default function AnalyticsPage() {
  // The range depends on "today", which only the browser should decide.
  const now = useNow();
  return now ? <AnalyticsView now={now} /> : <div className="space-y-6"><Skeleton className="h-10 w-64" /><Skeleton className="h-80" /></div>;
}
