// Store analytics computed from real rows for [from, to] (UTC days, inclusive) and the
// previous period of equal length for the deltas.
//  - aiResolutionRate: conversations with at least one AI reply and no handoff / conversations
//  - handoffRate: conversations with at least one handoff / conversations
//  - avgResponseTimeMs: shopper message → next AI/agent reply, averaged
//  - revenueAttributed: attributions (attribution.service.ts) dated inside the range
import type { TAnalyticsQuery, TAnalyticsResponse, THandoffTrigger, TChannelType } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const ratio = (a: number, b: number) => (b ? a / b : 0);
const delta = (cur: number, prev: number) => (prev ? (cur - prev) / prev : cur ? 1 : 0);
const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);

async function period(c: Container, storeId: string, from: Date, to: Date) {
  const range = { gte: from, lt: to };
  const [convs, handoffs, messages, revenueConvs] = await Promise.all([
    c.prisma.conversation.findMany({ where: { storeId, createdAt: range }, select: { id: true, channel: true, createdAt: true, _count: { select: { handoffs: true } } } }),
    c.prisma.handoff.findMany({ where: { storeId, createdAt: range }, select: { trigger: true, createdAt: true, conversationId: true } }),
    c.prisma.message.findMany({
      where: { storeId, isInternal: false, createdAt: range }, orderBy: [{ conversationId: 'asc' }, { createdAt: 'asc' }], take: 100_000,
      select: { conversationId: true, role: true, content: true, createdAt: true, metadata: true },
    }),
    c.prisma.conversation.findMany({ where: { storeId, revenueAttributed: { gt: 0 } }, select: { metadata: true } }),
  ]);
  const withAi = new Set(messages.filter((m) => m.role === 'AI').map((m) => m.conversationId));
  const handedOff = new Set(convs.filter((cv) => cv._count.handoffs > 0).map((cv) => cv.id));
  const aiResolved = convs.filter((cv) => withAi.has(cv.id) && !handedOff.has(cv.id)).length;

  let waits = 0, waitTotal = 0;
  const questions = new Map<string, { question: string; count: number; answered: number }>();
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.role !== 'CUSTOMER') continue;
    let j = i + 1; // messages are ordered by conversation, then time
    while (j < messages.length && messages[j]!.conversationId === m.conversationId && messages[j]!.role === 'CUSTOMER') j++;
    const next = messages[j]?.conversationId === m.conversationId ? messages[j] : undefined;
    if (next && (next.role === 'AI' || next.role === 'AGENT')) {
      waits++;
      waitTotal += next.createdAt.getTime() - m.createdAt.getTime();
    }
    const key = normalize(m.content);
    if (key.split(' ').length < 3) continue; // "hi", "thanks" are not questions
    const q = questions.get(key) ?? { question: m.content.slice(0, 200), count: 0, answered: 0 };
    q.count++;
    const action = next?.role === 'AI' ? (next.metadata as { action?: string }).action : undefined;
    if (action === 'answer' || action === 'recommend') q.answered++;
    questions.set(key, q);
  }
  const revenue: { at: string; amount: number }[] = revenueConvs
    .flatMap((r) => ((r.metadata as { attributions?: { at: string; amount: number }[] }).attributions ?? []))
    .filter((a) => { const t = Date.parse(a.at); return t >= from.getTime() && t < to.getTime(); });
  return { convs, handoffs, messages, aiResolved, handedOff, waits, waitTotal, questions, revenue };
}

export async function storeAnalytics(c: Container, storeId: string, q: TAnalyticsQuery): Promise<TAnalyticsResponse> {
  const toDay = q.to ? new Date(`${q.to}T00:00:00Z`) : new Date(`${day(new Date())}T00:00:00Z`);
  const fromDay = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(toDay.getTime() - 29 * DAY);
  if (fromDay > toDay) throw new AppError('VALIDATION_FAILED', '`from` must not be after `to`');
  const end = new Date(toDay.getTime() + DAY);
  const len = end.getTime() - fromDay.getTime();
  const [cur, prev, openHandoffs] = await Promise.all([
    period(c, storeId, fromDay, end),
    period(c, storeId, new Date(fromDay.getTime() - len), fromDay),
    c.prisma.handoff.count({ where: { storeId, status: { in: ['PENDING', 'ACTIVE'] } } }),
  ]);
  const stats = (p: typeof cur) => ({
    conversations: p.convs.length,
    aiResolutionRate: ratio(p.aiResolved, p.convs.length),
    handoffRate: ratio(p.handedOff.size, p.convs.length),
    revenueAttributed: Math.round(p.revenue.reduce((s, r) => s + r.amount, 0) * 100) / 100,
    avgResponseTimeMs: Math.round(ratio(p.waitTotal, p.waits)),
  });
  const now = stats(cur), before = stats(prev);

  const days: string[] = [];
  for (let t = fromDay.getTime(); t < end.getTime(); t += DAY) days.push(day(new Date(t)));
  const count = <T>(rows: T[], at: (r: T) => Date) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(day(at(r)), (m.get(day(at(r))) ?? 0) + 1);
    return m;
  };
  const convByDay = count(cur.convs, (r) => r.createdAt);
  const msgByDay = count(cur.messages, (r) => r.createdAt);
  const hoByDay = count(cur.handoffs, (r) => r.createdAt);
  const revByDay = new Map<string, number>();
  for (const r of cur.revenue) revByDay.set(r.at.slice(0, 10), (revByDay.get(r.at.slice(0, 10)) ?? 0) + r.amount);

  const channels = new Map<TChannelType, { n: number; h: number }>();
  for (const cv of cur.convs) {
    const e = channels.get(cv.channel) ?? { n: 0, h: 0 };
    e.n++;
    if (cur.handedOff.has(cv.id)) e.h++;
    channels.set(cv.channel, e);
  }
  const triggers = new Map<THandoffTrigger, number>();
  for (const h of cur.handoffs) triggers.set(h.trigger, (triggers.get(h.trigger) ?? 0) + 1);

  return {
    range: { from: day(fromDay), to: day(toDay) },
    overview: {
      ...now, openHandoffs,
      deltas: {
        conversations: delta(now.conversations, before.conversations), aiResolutionRate: delta(now.aiResolutionRate, before.aiResolutionRate),
        handoffRate: delta(now.handoffRate, before.handoffRate), revenueAttributed: delta(now.revenueAttributed, before.revenueAttributed),
        avgResponseTimeMs: delta(now.avgResponseTimeMs, before.avgResponseTimeMs),
      },
    },
    volume: days.map((d) => ({ date: d, conversations: convByDay.get(d) ?? 0, messages: msgByDay.get(d) ?? 0, handoffs: hoByDay.get(d) ?? 0 })),
    byChannel: [...channels].map(([channel, e]) => ({ channel, conversations: e.n, handoffRate: ratio(e.h, e.n) })),
    topQuestions: [...cur.questions.values()].sort((a, b) => b.count - a.count).slice(0, 10)
      .map((q) => ({ question: q.question, count: q.count, aiAnswered: ratio(q.answered, q.count) })),
    handoffTrend: days.map((d) => ({ date: d, rate: ratio(hoByDay.get(d) ?? 0, convByDay.get(d) ?? 0) })),
    triggers: [...triggers].map(([trigger, n]) => ({ trigger, count: n })).sort((a, b) => b.count - a.count),
    revenue: days.map((d) => ({ date: d, amount: Math.round((revByDay.get(d) ?? 0) * 100) / 100 })),
  };
}
