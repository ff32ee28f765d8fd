import { ArrowDownRight, ArrowUpRight, type LucideIcon } from 'lucide-react';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { fmtDelta } from '@/lib/format';
import { cn } from '@/lib/utils';

export function StatCard({ label, value, delta, icon: Icon, lowerIsBetter, hint }: {
  label: string; value: string; delta?: number; icon: LucideIcon; lowerIsBetter?: boolean; hint?: string;
}) {
  const good = delta === undefined ? null : lowerIsBetter ? delta <= 0 : delta >= 0;
  return (
    <Card className="p-5" data-testid="stat-card">
      <div className="flex items-center justify-between">
        <p className="text-sm text-muted-foreground">{label}</p>
        <Icon className="size-4 text-muted-foreground" aria-hidden />
      </div>
      <p className="mt-2 text-2xl font-semibold tracking-tight tabular-nums">{value}</p>
      {delta !== undefined ? (
        <p className={cn('mt-1 flex items-center gap-1 text-xs font-medium', good ? 'text-success' : 'text-danger')}>
          {delta >= 0 ? <ArrowUpRight className="size-3.5" aria-hidden /> : <ArrowDownRight className="size-3.5" aria-hidden />}
          {fmtDelta(delta)} <span className="font-normal text-muted-foreground">vs previous period</span>
        </p>
      ) : hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
    </Card>
  );
}

export function StatCardSkeleton() {
  return <Card className="space-y-3 p-5"><Skeleton className="h-4 w-24" /><Skeleton className="h-7 w-20" /><Skeleton className="h-3 w-32" /></Card>;
}
