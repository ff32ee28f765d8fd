// TODO: REPLACE WITH API — GET /v1/stores/:storeId/analytics?from=YYYY-MM-DD&to=YYYY-MM-DD
import type { TAnalyticsQuery, TAnalyticsResponse, THandoffTrigger } from '@convix/shared/contracts';
import { getDb } from './db';
import { CHANNEL_WEIGHTS, TOP_QUESTIONS } from './fixtures';
import { Rng, round2 } from './prng';

interface Day { date: string; conversations: number; messages: number; handoffs: number; revenue: number; responseMs: number }
const DAY = 86_400_000;
const HISTORY = 180; // 90 days shown + 90 more so deltas for a 90-day window have a previous period.
let series: Day[] | null = null;

function dailySeries(): Day[] {
  if (series) return series;
  const r = new Rng(777);
  const today = new Date(new Date(getDb().now).toISOString().slice(0, 10)).getTime();
  series = Array.from({ length: HISTORY }, (_, i) => {
    const t = today - (HISTORY - 1 - i) * DAY;
    const dow = new Date(t).getUTCDay();
    const weekly = dow === 0 || dow === 6 ? 0.78 : dow === 1 ? 1.12 : 1;
    const campaign = i > 150 && i < 158 ? 1.45 : 1; // a sale two to four weeks ago
    const conversations = Math.round((62 + i * 0.22) * weekly * campaign * r.float(0.85, 1.15));
    const rate = Math.max(0.05, 0.16 - i * 0.00035 + r.float(-0.02, 0.02));
    return {
      date: new Date(t).toISOString().slice(0, 10), conversations,
      messages: Math.round(conversations * r.float(4.1, 5.3)),
      handoffs: Math.round(conversations * rate),
      revenue: round2(conversations * r.float(0.11, 0.19) * r.float(85, 130)),
      responseMs: Math.round(r.float(1200, 2100) - i * 2),
    };
  });
  return series;
}

function summarize(days: Day[]) {
  const conv = days.reduce((a, d) => a + d.conversations, 0) || 1;
  const handoffs = days.reduce((a, d) => a + d.handoffs, 0);
  const handoffRate = handoffs / conv;
  return {
    conversations: conv, handoffs, handoffRate, aiResolutionRate: Math.max(0, 1 - handoffRate - 0.035),
    revenueAttributed: round2(days.reduce((a, d) => a + d.revenue, 0)),
    avgResponseTimeMs: Math.round(days.reduce((a, d) => a + d.responseMs * d.conversations, 0) / conv),
  };
}

const delta = (cur: number, prev: number) => (prev ? round2((cur - prev) / prev) : 0);

export function getAnalytics(q: TAnalyticsQuery): TAnalyticsResponse {
  const all = dailySeries();
  const to = q.to ?? all[all.length - 1]!.date;
  const from = q.from ?? all[Math.max(0, all.length - 30)]!.date;
  const days = all.filter((d) => d.date >= from && d.date <= to);
  const len = Math.max(1, days.length);
  const firstIdx = all.findIndex((d) => d.date >= from);
  const prev = all.slice(Math.max(0, firstIdx - len), Math.max(0, firstIdx));
  const cur = summarize(days);
  const p = summarize(prev.length ? prev : days);
  const scale = len / 90;
  const handoffTotal = cur.handoffs;
  const triggerShare: [THandoffTrigger, number][] = [
    ['LOW_CONFIDENCE', 0.31], ['EXPLICIT_REQUEST', 0.24], ['ANGER_DETECTED', 0.16], ['HIGH_VALUE_AT_RISK', 0.11],
    ['UNRESOLVED_AFTER_3', 0.08], ['AMBIGUOUS_INTENT', 0.06], ['MANUAL', 0.03], ['SYSTEM_ERROR', 0.01],
  ];
  const totalW = CHANNEL_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  return {
    range: { from, to },
    overview: {
      conversations: cur.conversations, aiResolutionRate: round2(cur.aiResolutionRate * 1000) / 1000, handoffRate: Math.round(cur.handoffRate * 1000) / 1000,
      revenueAttributed: cur.revenueAttributed, avgResponseTimeMs: cur.avgResponseTimeMs,
      openHandoffs: getDb().conversations.filter((c) => c.status === 'HANDED_OFF').length,
      deltas: {
        conversations: delta(cur.conversations, p.conversations), aiResolutionRate: delta(cur.aiResolutionRate, p.aiResolutionRate),
        handoffRate: delta(cur.handoffRate, p.handoffRate), revenueAttributed: delta(cur.revenueAttributed, p.revenueAttributed),
        avgResponseTimeMs: delta(cur.avgResponseTimeMs, p.avgResponseTimeMs),
      },
    },
    volume: days.map((d) => ({ date: d.date, conversations: d.conversations, messages: d.messages, handoffs: d.handoffs })),
    byChannel: CHANNEL_WEIGHTS.map(([channel, w], i) => ({
      channel, conversations: Math.round((cur.conversations * w) / totalW), handoffRate: round2(cur.handoffRate * (0.7 + i * 0.12)),
    })),
    topQuestions: TOP_QUESTIONS.map(([question, count, aiAnswered]) => ({ question, count: Math.max(1, Math.round(count * scale)), aiAnswered })),
    handoffTrend: days.map((d) => ({ date: d.date, rate: d.conversations ? Math.round((d.handoffs / d.conversations) * 1000) / 1000 : 0 })),
    triggers: triggerShare.map(([trigger, s]) => ({ trigger, count: Math.round(handoffTotal * s) })),
    revenue: days.map((d) => ({ date: d.date, amount: d.revenue })),
  };
}

/** The newest date with data, for date pickers. */
export const latestDate = () => dailySeries().at(-1)!.date;
