// Evaluation core: loads a store fixture and conversation cases, plays each case through a
// CasePlayer (in-process now, HTTP later) and scores the README's metrics.
import { readFileSync } from 'node:fs';

export interface StoreFixture {
  store: { name: string; platform?: string; domain?: string; settings: Record<string, unknown> };
  knowledge: { type: string; title: string; content: string }[];
  products: { sku: string; name: string; price: number; category?: string; description?: string; tags?: string[]; inStock?: boolean }[];
}

export type Expect =
  | { action: 'answer'; sources: string[] }
  | { action: 'recommend'; skus: string[] }
  | { action: 'handoff'; trigger: string }
  | { action: 'decline' };

export interface EvalCase { id: string; turns: string[]; context?: { cartValue?: number }; expect: Expect }

export interface TurnOutcome {
  action: string;
  trigger: string | null;
  /** cited knowledge titles */
  sources: string[];
  skus: string[];
  /** implementation detail for verbose output (e.g. the decision record) */
  debug?: { confidence?: unknown; signals?: string[] };
}

export interface ConversationPlayer { playTurn(text: string, context?: { cartValue?: number }): Promise<TurnOutcome> }
export interface CasePlayer { startConversation(caseId: string): Promise<ConversationPlayer> }

export function loadFixture(path: string): StoreFixture {
  return JSON.parse(readFileSync(path, 'utf8')) as StoreFixture;
}

export function loadCases(path: string): EvalCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);
}

export interface CaseResult { id: string; expect: Expect; outcome: TurnOutcome; turnsPlayed: number; pass: boolean }

/** Plays turns in order; a handoff ends the conversation (the AI stops replying). */
export async function playCase(player: CasePlayer, c: EvalCase): Promise<CaseResult> {
  const conv = await player.startConversation(c.id);
  let outcome: TurnOutcome = { action: 'none', trigger: null, sources: [], skus: [] };
  let n = 0;
  for (const turn of c.turns) {
    outcome = await conv.playTurn(turn, c.context);
    n++;
    if (outcome.action === 'handoff') break;
  }
  return { id: c.id, expect: c.expect, outcome, turnsPlayed: n, pass: judge(c.expect, outcome) };
}

export function judge(e: Expect, o: TurnOutcome): boolean {
  const answered = o.action === 'answer' || o.action === 'recommend';
  switch (e.action) {
    case 'answer': return answered && (e.sources.length === 0 || e.sources.some((s) => o.sources.includes(s)));
    case 'recommend': return answered && e.skus.some((s) => o.skus.includes(s));
    case 'handoff': return o.action === 'handoff' && o.trigger === e.trigger;
    case 'decline': return o.action === 'decline' && o.sources.length === 0;
  }
}

export interface Metrics {
  cases: number;
  answerAccuracy: number;
  handoffPrecision: number;
  handoffRecall: number;
  triggerAccuracy: number;
  falseHandoffRate: number;
  declineAccuracy: number;
  groups: Record<string, { total: number; passed: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(results: CaseResult[]): Metrics {
  const answerish = results.filter((r) => r.expect.action === 'answer' || r.expect.action === 'recommend');
  const expectedHandoff = results.filter((r) => r.expect.action === 'handoff');
  const predictedHandoff = results.filter((r) => r.outcome.action === 'handoff');
  const truePos = expectedHandoff.filter((r) => r.outcome.action === 'handoff');
  const declines = results.filter((r) => r.expect.action === 'decline');
  const groups: Metrics['groups'] = {};
  for (const r of results) {
    const key = r.expect.action === 'handoff' ? `handoff:${r.expect.trigger}` : r.expect.action;
    groups[key] ??= { total: 0, passed: 0 };
    groups[key].total++;
    if (r.pass) groups[key].passed++;
  }
  return {
    cases: results.length,
    answerAccuracy: ratio(answerish.filter((r) => r.pass).length, answerish.length),
    handoffPrecision: ratio(truePos.length, predictedHandoff.length),
    handoffRecall: ratio(truePos.length, expectedHandoff.length),
    triggerAccuracy: ratio(truePos.filter((r) => r.pass).length, truePos.length),
    falseHandoffRate: ratio(answerish.filter((r) => r.outcome.action === 'handoff').length, answerish.length) * (answerish.length ? 1 : 0),
    declineAccuracy: ratio(declines.filter((r) => r.pass).length, declines.length),
    groups,
  };
}

export const TARGETS = { answerAccuracy: 0.9, handoffPrecision: 0.95, handoffRecall: 0.95, triggerAccuracy: 0.9, falseHandoffRate: 0.05, declineAccuracy: 1 };

export function formatMetrics(m: Metrics): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows: [string, string, string][] = [
    ['answer accuracy', pct(m.answerAccuracy), `≥ ${pct(TARGETS.answerAccuracy)}`],
    ['handoff precision', pct(m.handoffPrecision), `≥ ${pct(TARGETS.handoffPrecision)}`],
    ['handoff recall', pct(m.handoffRecall), `≥ ${pct(TARGETS.handoffRecall)}`],
    ['trigger accuracy', pct(m.triggerAccuracy), `≥ ${pct(TARGETS.triggerAccuracy)}`],
    ['false handoffs', pct(m.falseHandoffRate), `≤ ${pct(TARGETS.falseHandoffRate)}`],
    ['decline accuracy', pct(m.declineAccuracy), `= ${pct(TARGETS.declineAccuracy)}`],
  ];
  const lines = [`cases: ${m.cases}`, 'metric              value    target', ...rows.map(([a, b, c]) => `${a.padEnd(20)}${b.padEnd(9)}${c}`), '', 'per expected action/trigger:'];
  for (const [k, g] of Object.entries(m.groups).sort()) lines.push(`  ${k.padEnd(30)}${g.passed}/${g.total}`);
  return lines.join('\n');
}

export function meetsTargets(m: Metrics): boolean {
  return m.answerAccuracy >= TARGETS.answerAccuracy && m.handoffPrecision >= TARGETS.handoffPrecision && m.handoffRecall >= TARGETS.handoffRecall &&
    m.triggerAccuracy >= TARGETS.triggerAccuracy && m.falseHandoffRate <= TARGETS.falseHandoffRate && m.declineAccuracy >= TARGETS.declineAccuracy;
}
