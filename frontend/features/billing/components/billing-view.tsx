'use client';
import Link from 'next/link';
import { PLAN_LIMITS, type TUsageResponse } from '@convix/shared/contracts';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { fmtDate, fmtNumber } from '@/lib/format';
import { useUsage } from '../hooks';

const METER_LABEL: Record<TUsageResponse['meters'][number]['key'], string> = {
  conversations: 'Conversations', aiMessages: 'AI messages', trainingDocs: 'Training documents', seats: 'Team seats', channels: 'Channels',
};

export function BillingView() {
  const { data, error, refetch } = useUsage();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <div className="grid gap-6 lg:grid-cols-3"><Skeleton className="h-48" /><Skeleton className="h-48 lg:col-span-2" /></div>;
  const plan = PLAN_LIMITS[data.plan];
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card>
        <CardHeader><CardDescription>Current plan</CardDescription><CardTitle className="flex items-center gap-2 text-2xl">{data.plan[0] + data.plan.slice(1).toLowerCase()}<Badge tone="success">Active</Badge></CardTitle></CardHeader>
        <CardContent className="space-y-4">
          <p className="text-3xl font-bold">{plan.priceUsd === null ? 'Custom' : `$${plan.priceUsd}`}<span className="text-base font-normal text-muted-foreground"> /month</span></p>
          <p className="text-sm text-muted-foreground">Renews {fmtDate(data.period.end)}</p>
          <div className="flex gap-2"><Button asChild><Link href="/pricing">Change plan</Link></Button><Button variant="secondary">Invoices</Button></div>
        </CardContent>
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader><CardTitle>Usage this period</CardTitle><CardDescription>{fmtDate(data.period.start)} – {fmtDate(data.period.end)}</CardDescription></CardHeader>
        <CardContent className="space-y-5">
          {data.meters.map((m) => {
            const pct = m.limit ? (m.used / m.limit) * 100 : 0;
            return (
              <div key={m.key} data-testid="usage-meter">
                <div className="mb-1.5 flex justify-between text-sm"><span className="font-medium">{METER_LABEL[m.key]}</span><span className="tabular-nums text-muted-foreground">{fmtNumber(m.used)} / {m.limit === null ? 'Unlimited' : fmtNumber(m.limit)}</span></div>
                <Progress value={m.limit === null ? 5 : pct} label={`${METER_LABEL[m.key]} usage`} tone={pct >= 90 ? 'danger' : pct >= 75 ? 'warning' : 'primary'} />
              </div>
            );
          })}
        </CardContent>
      </Card>
    </div>
  );
}
