import type { TConfidence } from '@convix/shared/contracts';
import { cn } from '@/lib/utils';

const ROWS: [keyof TConfidence, string][] = [['factual', 'Factual'], ['intent', 'Intent'], ['emotional', 'Emotional'], ['composite', 'Composite']];

/** Bars for each confidence score with the handoff threshold marked on the composite. */
export function ConfidenceBars({ confidence, threshold }: { confidence: TConfidence; threshold: number }) {
  return (
    <div className="space-y-1.5">
      {ROWS.map(([k, label]) => {
        const v = confidence[k];
        const below = k === 'composite' && v < threshold;
        return (
          <div key={k} className="flex items-center gap-2 text-xs">
            <span className={cn('w-20 text-muted-foreground', k === 'composite' && 'font-medium text-foreground')}>{label}</span>
            <div
              className="relative h-2 flex-1 rounded-full bg-muted"
              role="meter" aria-label={`${label} confidence`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v * 100)}
            >
              <div className={cn('h-full rounded-full', below ? 'bg-amber-500' : v >= 0.8 ? 'bg-green-500' : 'bg-primary')} style={{ width: `${v * 100}%` }} />
              {k === 'composite' && <div className="absolute -top-1 h-4 w-0.5 bg-foreground/70" style={{ left: `${threshold * 100}%` }} title={`Threshold ${Math.round(threshold * 100)}%`} />}
            </div>
            <span className="w-9 text-right tabular-nums">{Math.round(v * 100)}%</span>
          </div>
        );
      })}
      <p className="text-xs text-muted-foreground">Handoff threshold: {Math.round(threshold * 100)}% composite (0.45·factual + 0.35·intent + 0.20·emotional).</p>
    </div>
  );
}
