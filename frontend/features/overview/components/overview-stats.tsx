'use client';
import { CircleDollarSign, Hand, MessageSquare, Sparkles, Timer } from 'lucide-react';
import type { TOverviewStats } from '@convix/shared/contracts';
import { LoadingRegion } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { fmtMoney, fmtMs, fmtNumber, fmtPct } from '@/lib/format';
import { StatCard, StatCardSkeleton } from './stat-card';

export function OverviewStatGrid({ stats }: { stats: TOverviewStats }) {
  const d = stats.deltas;
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
      <StatCard label="Conversations" value={fmtNumber(stats.conversations)} delta={d.conversations} icon={MessageSquare} />
      <StatCard label="AI resolution rate" value={fmtPct(stats.aiResolutionRate)} delta={d.aiResolutionRate} icon={Sparkles} />
      <StatCard label="Handoff rate" value={fmtPct(stats.handoffRate)} delta={d.handoffRate} icon={Hand} lowerIsBetter />
      <StatCard label="Revenue attributed" value={fmtMoney(stats.revenueAttributed)} delta={d.revenueAttributed} icon={CircleDollarSign} />
      <StatCard label="Avg response time" value={fmtMs(stats.avgResponseTimeMs)} delta={d.avgResponseTimeMs} icon={Timer} lowerIsBetter />
    </div>
  );
}

export function OverviewStats({ stats, isLoading, error, onRetry }: { stats?: TOverviewStats; isLoading: boolean; error: unknown; onRetry: () => void }) {
  if (error) return <ErrorState title="Couldn’t load stats" error={error} onRetry={onRetry} />;
  if (isLoading || !stats) {
    return (
      <LoadingRegion label="Loading stats" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => <StatCardSkeleton key={i} />)}
      </LoadingRegion>
    );
  }
  return <OverviewStatGrid stats={stats} />;
}
