import { Hand } from 'lucide-react';
import type { TConversationDetail } from '@convix/shared/contracts';
import { ChannelIcon } from '@/components/channel-icon';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { fmtDate, fmtDateTime, fmtMoney } from '@/lib/format';
import { CHANNEL_LABEL, TRIGGER_LABEL } from '@/lib/labels';

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return <div className="flex justify-between gap-3 py-1.5 text-sm"><dt className="text-muted-foreground">{label}</dt><dd className="truncate text-right">{value}</dd></div>;
}

export function HandoffPanel({ c }: { c: TConversationDetail }) {
  const h = [...c.handoffs].reverse().find((x) => x.status === 'PENDING' || x.status === 'ACTIVE') ?? c.handoffs.at(-1);
  if (!h) return null;
  const open = h.status === 'PENDING' || h.status === 'ACTIVE';
  return (
    <Card className={open ? 'border-amber-500/50' : undefined} data-testid="handoff-panel">
      <CardHeader className="flex-row items-center justify-between">
        <CardTitle className="flex items-center gap-2"><Hand className="size-4 text-warning" aria-hidden />Handoff</CardTitle>
        <Badge tone={open ? 'warning' : 'neutral'}>{h.status.replace(/_/g, ' ').toLowerCase()}</Badge>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <p className="font-medium">{TRIGGER_LABEL[h.trigger]}</p>
        <div>
          <p className="mb-1 text-xs font-medium text-muted-foreground">AI summary</p>
          <p className="leading-relaxed">{h.summary}</p>
        </div>
        <dl className="divide-y">
          <Row label="Triggered" value={fmtDateTime(h.createdAt)} />
          <Row label="Destination" value={h.destination.replace('_', ' ').toLowerCase()} />
          {h.learningNote && <Row label="Learning note" value={h.learningNote} />}
        </dl>
      </CardContent>
    </Card>
  );
}

export function CustomerSidebar({ c }: { c: TConversationDetail }) {
  const cu = c.customer;
  return (
    <div className="space-y-4">
      <HandoffPanel c={c} />
      <Card>
        <CardHeader className="flex-row items-center gap-3">
          <Avatar name={cu.name} className="size-11" />
          <div className="min-w-0"><CardTitle className="truncate">{cu.name ?? 'Anonymous visitor'}</CardTitle><p className="truncate text-sm text-muted-foreground">{cu.email ?? cu.phone ?? cu.instagramId ?? 'No contact details'}</p></div>
        </CardHeader>
        <CardContent>
          <dl className="divide-y">
            <Row label="Channel" value={<span className="inline-flex items-center gap-1.5"><ChannelIcon channel={c.channel} />{CHANNEL_LABEL[c.channel]}</span>} />
            {cu.phone && <Row label="Phone" value={cu.phone} />}
            {cu.instagramId && <Row label="Instagram" value={cu.instagramId} />}
            <Row label="Customer since" value={fmtDate(cu.createdAt)} />
            <Row label="Cart value" value={c.cartValue ? fmtMoney(c.cartValue) : '—'} />
            <Row label="Revenue attributed" value={fmtMoney(c.revenueAttributed)} />
          </dl>
          <div className="mt-3 space-y-2">
            <div className="flex justify-between text-xs"><span className="text-muted-foreground">Purchase intent</span><span>{Math.round(c.purchaseIntent * 100)}%</span></div>
            <Progress value={c.purchaseIntent * 100} label="Purchase intent" tone="success" />
            <div className="flex justify-between text-xs"><span className="text-muted-foreground">Sentiment</span><span>{c.sentiment >= 0.3 ? 'Positive' : c.sentiment <= -0.3 ? 'Negative' : 'Neutral'}</span></div>
            <Progress value={((c.sentiment + 1) / 2) * 100} label="Sentiment" tone={c.sentiment <= -0.3 ? 'danger' : 'primary'} />
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
