// ConfidenceScore = 0.45·factual + 0.35·intent + 0.20·emotional (all 0…1).
import type { TConfidence } from '@convix/shared/contracts';

export const CONFIDENCE_WEIGHTS = { factual: 0.45, intent: 0.35, emotional: 0.2 } as const;
export const DEFAULT_THRESHOLD = 0.65;

const clamp = (x: number) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));

export function confidenceScore(factual: number, intent: number, emotional: number): TConfidence {
  const f = clamp(factual), i = clamp(intent), e = clamp(emotional);
  const composite = CONFIDENCE_WEIGHTS.factual * f + CONFIDENCE_WEIGHTS.intent * i + CONFIDENCE_WEIGHTS.emotional * e;
  return { factual: +f.toFixed(3), intent: +i.toFixed(3), emotional: +e.toFixed(3), composite: +clamp(composite).toFixed(3) };
}

export const isLowConfidence = (c: TConfidence, threshold = DEFAULT_THRESHOLD) => c.composite < threshold;
