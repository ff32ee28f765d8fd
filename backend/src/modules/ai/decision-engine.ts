// The decision engine: a pure function from the turn's signals to an action and trigger. The
// order of rules is the policy: a person asked for → anger → money at risk → small talk →
// forbidden topic → repeated "that didn't help" → ambiguity → recommend → low confidence → answer.
import type { TConfidence, TDecisionAction, THandoffTrigger } from '@convix/shared/contracts';
import { confidenceScore, isLowConfidence } from './confidence.js';
import type { IntentResult } from './intent-classifier.js';
import type { EmotionReading } from './sentiment.js';
import type { SupportResult } from './support.js';
import type { ForbiddenMatch } from './triggers.js';

export interface ConversationState { unresolvedCount: number; clarifyCount: number }

export interface DecisionInput {
  intent: IntentResult;
  emotion: EmotionReading;
  explicitRequest: boolean;
  highValue: { atRisk: boolean; signals: string[] };
  forbidden: ForbiddenMatch | null;
  unresolvedSignal: boolean;
  greeting: boolean;
  thanks: boolean;
  ambiguous: boolean;
  /** asks for the live status of a specific order, which no knowledge can state */
  orderLookup: boolean;
  knowledge: SupportResult;
  /** support of the best product matches, null when no product fits */
  products: SupportResult | null;
  state: ConversationState;
  threshold: number;
}

export interface Decision {
  action: TDecisionAction;
  trigger: THandoffTrigger | null;
  confidence: TConfidence;
  signals: string[];
  stateUpdates: ConversationState;
  /** the reply should present product recommendations */
  recommend: boolean;
}

/** Knowledge must clearly answer a question before an implied forbidden topic is answered. */
const FORBIDDEN_OVERRIDE = 0.75;

export function decide(input: DecisionInput): Decision {
  const { intent, emotion, state, threshold } = input;
  const signals: string[] = [`intent:${intent.intent}`];
  const next: ConversationState = { ...state };
  const conf = (factual: number) => confidenceScore(factual, intent.confidence, emotion.emotional);
  const out = (action: TDecisionAction, trigger: THandoffTrigger | null, c: TConfidence, recommend = false): Decision =>
    ({ action, trigger, confidence: c, signals, stateUpdates: next, recommend });
  let factual = input.knowledge.factual;
  if (input.orderLookup) {
    signals.push('order_lookup_unavailable');
    factual = Math.min(factual, 0.2);
  }
  if (input.knowledge.missing.length) signals.push(`not_in_knowledge:${input.knowledge.missing.join(',')}`);
  if (emotion.angerCues.length) signals.push(`anger_cues:${emotion.angerCues.join(',')}`);
  if (emotion.shouting) signals.push('shouting');
  if (emotion.exclamations >= 2) signals.push('exclamations');

  if (input.explicitRequest) return (signals.push('explicit_request'), out('handoff', 'EXPLICIT_REQUEST', conf(factual)));
  if (emotion.anger) return (signals.push('anger'), out('handoff', 'ANGER_DETECTED', conf(factual)));
  if (input.highValue.atRisk) {
    signals.push(...input.highValue.signals.map((s) => `high_value:${s}`));
    return out('handoff', 'HIGH_VALUE_AT_RISK', conf(factual));
  }
  if (input.greeting || input.thanks) {
    signals.push(input.greeting ? 'greeting' : 'thanks');
    if (input.thanks) next.unresolvedCount = 0;
    next.clarifyCount = 0;
    return out('answer', null, conf(1));
  }
  if (input.forbidden && (input.forbidden.explicit || factual < FORBIDDEN_OVERRIDE)) {
    signals.push(`forbidden_topic:${input.forbidden.topic}`);
    return out('decline', null, conf(1));
  }
  if (input.unresolvedSignal) {
    next.unresolvedCount = state.unresolvedCount + 1;
    signals.push(`unresolved:${next.unresolvedCount}`);
    if (next.unresolvedCount >= 3) return out('handoff', 'UNRESOLVED_AFTER_3', conf(factual));
    // Below the limit we try again (or ask what was missing) rather than hand off early.
    const c = conf(factual);
    return out(isLowConfidence(c, threshold) ? 'clarify' : 'answer', null, c);
  }
  if (input.ambiguous) {
    signals.push('ambiguous');
    if (state.clarifyCount >= 1) return out('handoff', 'AMBIGUOUS_INTENT', conf(factual));
    next.clarifyCount = state.clarifyCount + 1;
    return out('clarify', null, conf(factual));
  }
  next.clarifyCount = 0;
  if (input.products && intent.purchaseIntent >= 0.5 && !input.orderLookup) {
    const c = conf(input.products.factual);
    if (!isLowConfidence(c, threshold)) return (signals.push('purchase_intent'), out('recommend', null, c, true));
  }
  const c = conf(factual);
  if (isLowConfidence(c, threshold)) return (signals.push('low_confidence'), out('handoff', 'LOW_CONFIDENCE', c));
  return out('answer', null, c);
}
