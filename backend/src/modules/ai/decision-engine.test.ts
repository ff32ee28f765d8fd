import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confidenceScore } from './confidence.js';
import { decide, type DecisionInput } from './decision-engine.js';
import type { IntentResult } from './intent-classifier.js';
import type { EmotionReading } from './sentiment.js';

const calm: EmotionReading = { compound: 0, emotional: 1, angerCues: [], shouting: false, exclamations: 0, anger: false };
const intent = (i: Partial<IntentResult> = {}): IntentResult => ({ intent: 'OTHER', confidence: 0.75, purchaseIntent: 0, runnerUp: null, scores: {}, ...i });
const support = (factual: number, missing: string[] = []) => ({ factual, best: factual, union: factual, missing, keyTerms: 2 });
const base = (o: Partial<DecisionInput> = {}): DecisionInput => ({
  intent: intent(), emotion: calm, explicitRequest: false, highValue: { atRisk: false, signals: [] }, forbidden: null,
  unresolvedSignal: false, greeting: false, thanks: false, ambiguous: false, orderLookup: false,
  knowledge: support(0.9), products: null, state: { unresolvedCount: 0, clarifyCount: 0 }, threshold: 0.65, ...o,
});

describe('confidence score', () => {
  it('weights factual 0.45, intent 0.35, emotional 0.20', () => {
    assert.deepEqual(confidenceScore(1, 0, 0).composite, 0.45);
    assert.deepEqual(confidenceScore(0, 1, 0).composite, 0.35);
    assert.deepEqual(confidenceScore(0, 0, 1).composite, 0.2);
    assert.equal(confidenceScore(2, -1, 0.5).factual, 1);
  });
});

describe('decision engine', () => {
  it('answers when knowledge supports the question', () => {
    const d = decide(base());
    assert.equal(d.action, 'answer');
    assert.equal(d.trigger, null);
  });
  it('LOW_CONFIDENCE when the composite is below the threshold', () => {
    const d = decide(base({ knowledge: support(0.1, ['kayaks']) }));
    assert.equal(d.trigger, 'LOW_CONFIDENCE');
    assert.ok(d.confidence.composite < 0.65);
    assert.ok(d.signals.includes('not_in_knowledge:kayaks'));
    assert.equal(decide(base({ knowledge: support(0.1), threshold: 0.4 })).action, 'answer', 'threshold comes from settings');
  });
  it('a specific order lookup is never answered from general knowledge', () => {
    assert.equal(decide(base({ orderLookup: true, intent: intent({ intent: 'ORDER_STATUS', confidence: 0.97 }) })).trigger, 'LOW_CONFIDENCE');
  });
  it('EXPLICIT_REQUEST outranks everything', () => {
    const d = decide(base({ explicitRequest: true, emotion: { ...calm, anger: true }, greeting: true }));
    assert.equal(d.trigger, 'EXPLICIT_REQUEST');
  });
  it('ANGER_DETECTED before HIGH_VALUE_AT_RISK', () => {
    assert.equal(decide(base({ emotion: { ...calm, anger: true, emotional: 0.1 }, highValue: { atRisk: true, signals: ['cancellation'] } })).trigger, 'ANGER_DETECTED');
    assert.equal(decide(base({ highValue: { atRisk: true, signals: ['cancellation'] } })).trigger, 'HIGH_VALUE_AT_RISK');
  });
  it('greetings and thanks are answered, never handed off', () => {
    assert.equal(decide(base({ greeting: true, knowledge: support(0) })).action, 'answer');
    const t = decide(base({ thanks: true, knowledge: support(0), state: { unresolvedCount: 2, clarifyCount: 0 } }));
    assert.equal(t.action, 'answer');
    assert.equal(t.stateUpdates.unresolvedCount, 0);
  });
  it('declines forbidden topics without a handoff, unless the store answers an implied one', () => {
    assert.equal(decide(base({ forbidden: { topic: 'medical advice', explicit: false }, knowledge: support(0.1) })).action, 'decline');
    assert.equal(decide(base({ forbidden: { topic: 'competitor pricing', explicit: true }, knowledge: support(1) })).action, 'decline');
    assert.equal(decide(base({ forbidden: { topic: 'competitor pricing', explicit: false }, knowledge: support(0.9) })).action, 'answer');
  });
  it('UNRESOLVED_AFTER_3 on the third "that did not help"', () => {
    let state = { unresolvedCount: 0, clarifyCount: 0 };
    const actions: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = decide(base({ unresolvedSignal: true, knowledge: support(0.2), state }));
      actions.push(d.trigger ?? d.action);
      state = d.stateUpdates;
    }
    assert.deepEqual(actions, ['clarify', 'clarify', 'UNRESOLVED_AFTER_3']);
  });
  it('AMBIGUOUS_INTENT only after one clarifying question', () => {
    const first = decide(base({ ambiguous: true }));
    assert.equal(first.action, 'clarify');
    assert.equal(first.stateUpdates.clarifyCount, 1);
    assert.equal(decide(base({ ambiguous: true, state: first.stateUpdates })).trigger, 'AMBIGUOUS_INTENT');
    assert.equal(decide(base({ state: first.stateUpdates })).stateUpdates.clarifyCount, 0, 'a clear turn resets the count');
  });
  it('recommends products on purchase intent when products fit', () => {
    const d = decide(base({ intent: intent({ intent: 'PURCHASE_INTENT', purchaseIntent: 0.8, confidence: 0.9 }), products: support(0.9) }));
    assert.equal(d.action, 'recommend');
    assert.equal(d.recommend, true);
    assert.equal(decide(base({ intent: intent({ purchaseIntent: 0.8 }), products: null })).action, 'answer');
  });
});
