import { FileText, ShoppingBag } from 'lucide-react';
import type { TDecisionRecord } from '@convix/shared/contracts';
import { Badge } from '@/components/ui/badge';
import { fmtMoney, fmtMs, titleCase } from '@/lib/format';
import { TRIGGER_LABEL } from '@/lib/labels';
import { ConfidenceBars } from './confidence-bars';

export function DecisionRecord({ d }: { d: TDecisionRecord }) {
  return (
    <div className="space-y-3 rounded-lg border bg-card p-3 text-left text-foreground" data-testid="decision-record">
      <div className="flex flex-wrap gap-1.5">
        <Badge tone={d.action === 'handoff' ? 'warning' : 'brand'}>Action: {d.action}</Badge>
        <Badge>Intent: {titleCase(d.intent)}</Badge>
        {d.trigger && <Badge tone="warning">Trigger: {TRIGGER_LABEL[d.trigger]}</Badge>}
      </div>
      <ConfidenceBars confidence={d.confidence} threshold={d.threshold} />
      {d.sources.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-medium">Sources</p>
          <ul className="space-y-1">
            {d.sources.map((s) => (
              <li key={s.docId + s.title} className="flex items-center gap-2 text-xs"><FileText className="size-3.5 text-muted-foreground" aria-hidden />{s.title}<span className="ml-auto tabular-nums text-muted-foreground">{Math.round(s.score * 100)}% match</span></li>
            ))}
          </ul>
        </div>
      )}
      {d.recommendations.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-medium">Recommended products</p>
          <ul className="space-y-1">
            {d.recommendations.map((r) => (
              <li key={r.sku} className="flex items-center gap-2 text-xs"><ShoppingBag className="size-3.5 text-muted-foreground" aria-hidden />{r.name}<span className="ml-auto">{fmtMoney(r.price)}</span></li>
            ))}
          </ul>
        </div>
      )}
      {d.signals.length > 0 && <p className="text-xs text-muted-foreground">Signals: {d.signals.join(' · ')}</p>}
      <p className="text-xs text-muted-foreground">{d.provider} / {d.model} · {fmtMs(d.latencyMs)} · sentiment {d.sentiment.toFixed(2)}</p>
    </div>
  );
}
