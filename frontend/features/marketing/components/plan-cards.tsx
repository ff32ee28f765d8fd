import Link from 'next/link';
import { Check } from 'lucide-react';
import { PLAN_LIMITS, type TPlanTier } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { fmtNumber } from '@/lib/format';
import { cn } from '@/lib/utils';

const BLURB: Record<TPlanTier, string> = {
  STARTER: 'For new shops testing AI support.',
  GROWTH: 'For growing brands on several channels.',
  SCALE: 'For high-volume stores and bigger teams.',
  ENTERPRISE: 'Custom volume, SSO and a dedicated CSM.',
};
const EXTRAS: Record<TPlanTier, string[]> = {
  STARTER: ['Website widget + 1 channel', 'Email handoff'],
  GROWTH: ['All channels', 'Live-agent handoff', 'Revenue attribution'],
  SCALE: ['Helpdesk integrations', 'Custom confidence rules', 'Priority support'],
  ENTERPRISE: ['SSO & audit log', 'Data residency', 'Custom SLAs'],
};
const limit = (n: number | null, unit: string) => (n === null ? `Unlimited ${unit}` : `${fmtNumber(n)} ${unit}`);

export function PlanCards() {
  const tiers = Object.keys(PLAN_LIMITS) as TPlanTier[];
  return (
    <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
      {tiers.map((tier) => {
        const p = PLAN_LIMITS[tier];
        const popular = tier === 'GROWTH';
        return (
          <section key={tier} aria-labelledby={`plan-${tier}`} className={cn('relative flex flex-col rounded-2xl border bg-card p-6', popular && 'border-primary shadow-lg ring-1 ring-primary')}>
            {popular && <span className="absolute -top-3 left-6 rounded-full bg-primary px-3 py-0.5 text-xs font-semibold text-primary-foreground">Most popular</span>}
            <h3 id={`plan-${tier}`} className="text-lg font-semibold">{tier[0] + tier.slice(1).toLowerCase()}</h3>
            <p className="mt-1 text-sm text-muted-foreground">{BLURB[tier]}</p>
            <p className="mt-5">
              {p.priceUsd === null ? <span className="text-3xl font-bold">Custom</span> : (
                <><span className="text-4xl font-bold tracking-tight">${p.priceUsd}</span><span className="text-muted-foreground"> /month</span></>
              )}
            </p>
            <ul className="mt-6 flex-1 space-y-2 text-sm">
              {[limit(p.conversations, 'conversations / mo'), limit(p.aiMessages, 'AI messages / mo'), limit(p.trainingDocs, 'training docs'),
                limit(p.seats, 'seats'), `${p.channels} channels`, ...EXTRAS[tier]].map((f) => (
                <li key={f} className="flex gap-2"><Check className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />{f}</li>
              ))}
            </ul>
            <Button asChild variant={popular ? 'primary' : 'secondary'} className="mt-6">
              <Link href={tier === 'ENTERPRISE' ? 'mailto:sales@convix.app' : '/signup'}>{tier === 'ENTERPRISE' ? 'Talk to sales' : 'Start 14-day trial'}</Link>
            </Button>
          </section>
        );
      })}
    </div>
  );
}
