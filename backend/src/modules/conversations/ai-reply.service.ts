// The ai-reply job body. Runs at least once per burst of shopper messages and must be safe to
// run twice or concurrently: the reply is persisted only if the conversation is still with the
// AI and the reply advances `aiAnsweredThrough` (one conditional UPDATE in the same commit).
import type { Container } from '../../container.js';
import { logger } from '../../lib/logger.js';
import { afterHandoff, triggerHandoff, writeHandoff } from '../handoff/handoff.service.js';
import { planHandoff } from '../handoff/handoff-routing.js';
import { aiEngine } from './ai-engine.js';
import { aiVisibleHistory, publishConversation, publishMessage } from './conversation.repository.js';

class Superseded extends Error {}

async function pendingMessages(c: Container, conv: { id: string; aiAnsweredThrough: Date | null; aiContextFrom: Date | null }) {
  const gt = conv.aiAnsweredThrough;
  const gte = conv.aiContextFrom;
  return c.prisma.message.findMany({
    where: { conversationId: conv.id, role: 'CUSTOMER', createdAt: { ...(gt ? { gt } : {}), ...(gte ? { gte } : {}) } },
    orderBy: { createdAt: 'asc' },
    take: 20,
  });
}

export async function runAiReply(c: Container, conversationId: string): Promise<'replied' | 'handoff' | 'skipped'> {
  const conv = await c.prisma.conversation.findUnique({ where: { id: conversationId }, include: { customer: { select: { email: true } } } });
  // A human owns it (or it is finished): the AI stays silent. Checked here, not only at enqueue.
  if (!conv || conv.status !== 'OPEN' || conv.assignedAgentId) return 'skipped';
  const pending = await pendingMessages(c, conv);
  if (!pending.length) return 'skipped';
  const last = pending[pending.length - 1]!;
  const replyTo = pending.map((m) => m.id);
  const history = await aiVisibleHistory(c, conv.id, { from: conv.aiContextFrom, before: pending[0]!.createdAt });

  const { storeId } = conv;
  const streamId = `reply:${last.id}`;
  c.events.emit('typing', { storeId, conversationId, isTyping: true, actor: 'ai' });
  let result;
  try {
    result = await aiEngine(c)({
      storeId, conversationId, history, message: pending.map((m) => m.content).join('\n'),
      context: { cartValue: conv.cartValue === null ? undefined : Number(conv.cartValue) },
      state: { unresolvedCount: conv.unresolvedCount, clarifyCount: conv.clarifyCount },
      onDelta: (delta) => c.events.emit('message.streaming', { storeId, conversationId, streamId, delta, done: false }),
    });
  } finally {
    c.events.emit('typing', { storeId, conversationId, isTyping: false, actor: 'ai' });
  }
  c.events.emit('message.streaming', { storeId, conversationId, streamId, delta: '', done: true });

  const plan = result.handoff ? await planHandoff(c, storeId, { lead: result.content, customerEmail: conv.customer.email }) : null;
  const now = new Date();
  const metadata = { ...result.decision, replyTo, streamId };
  try {
    const out = await c.prisma.$transaction(async (tx) => {
      const claimed = await tx.conversation.updateMany({
        where: { id: conv.id, status: 'OPEN', assignedAgentId: null, OR: [{ aiAnsweredThrough: null }, { aiAnsweredThrough: { lt: last.createdAt } }] },
        data: {
          aiAnsweredThrough: last.createdAt, sentiment: result.sentiment, purchaseIntent: result.purchaseIntent,
          unresolvedCount: result.stateUpdates.unresolvedCount, clarifyCount: result.stateUpdates.clarifyCount, aiFailureCount: 0, lastMessageAt: now,
        },
      });
      if (claimed.count === 0) throw new Superseded();
      if (result.handoff && plan) {
        return { handoff: await writeHandoff(tx, {
          storeId, conversationId, trigger: result.handoff.trigger, summary: result.handoff.summary, plan, now,
          message: { role: 'AI', metadata, clientMessageId: `ai:${last.id}` },
        }) };
      }
      return { message: await tx.message.create({
        data: { storeId, conversationId, role: 'AI', content: result.content, metadata: metadata as object, clientMessageId: `ai:${last.id}`, createdAt: now },
      }) };
    });
    if (out.handoff) {
      await afterHandoff(c, out.handoff, plan!);
      return 'handoff';
    }
    publishMessage(c, storeId, out.message);
    await publishConversation(c, conversationId);
    c.events.emit('analytics.changed', { storeId });
    return 'replied';
  } catch (err) {
    // Someone else answered these messages, or a human took over while we were thinking.
    if (err instanceof Superseded || (err as { code?: string }).code === 'P2002') return 'skipped';
    throw err;
  }
}

/** Called after the last retry failed: hand off instead of leaving the shopper in silence. */
export async function handleAiFailure(c: Container, conversationId: string, error: Error): Promise<void> {
  const conv = await c.prisma.conversation.findUnique({ where: { id: conversationId } });
  if (!conv || conv.status !== 'OPEN') return;
  const pending = await pendingMessages(c, conv);
  if (!pending.length) return;
  logger.error('AI reply failed permanently; handing off', { conversationId, err: error.message });
  await triggerHandoff(c, {
    storeId: conv.storeId, conversationId, trigger: 'SYSTEM_ERROR',
    lead: "I'm sorry — I'm having trouble answering right now, so I'm passing this to our team.",
    replyTo: pending.map((m) => m.id),
    internalNote: `AI reply failed after retries: ${error.message.slice(0, 500)}`,
  });
}

export async function recordAiFailure(c: Container, conversationId: string): Promise<void> {
  await c.prisma.conversation.updateMany({ where: { id: conversationId }, data: { aiFailureCount: { increment: 1 } } });
}
