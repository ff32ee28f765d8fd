// A shopper's message: persist it (idempotent on clientMessageId), reopen a finished
// conversation with a fresh AI context, and queue the debounced ai-reply job.
import type { TConversation, TMessage } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { isUniqueViolation } from '../customers/customer.service.js';
import { loadConversation, publishMessage } from './conversation.repository.js';
import { replyWaiters } from './reply-waiters.js';
import { toMessage } from './serializers.js';

export interface ShopperMessageInput {
  storeId: string;
  conversationId: string;
  customerId: string;
  content: string;
  clientMessageId?: string;
  cartValue?: number;
}

export interface ShopperMessageResult {
  message: TMessage;
  conversation: TConversation;
  duplicate: boolean;
  /** an AI reply is expected (the conversation is with the AI) */
  awaitingAi: boolean;
}

export const aiReplyJobKey = (conversationId: string) => `ai-reply:${conversationId}`;

export async function enqueueAiReply(c: Container, conversationId: string): Promise<void> {
  // Debounced: a burst of messages within DEBOUNCE_MS is answered by one job.
  await c.jobs.enqueue('ai-reply', { conversationId }, { delayMs: c.env.DEBOUNCE_MS, debounceKey: aiReplyJobKey(conversationId) });
}

export async function postShopperMessage(c: Container, input: ShopperMessageInput): Promise<ShopperMessageResult> {
  const conv = await c.prisma.conversation.findFirst({ where: { id: input.conversationId, storeId: input.storeId, customerId: input.customerId } });
  if (!conv) throw AppError.notFound('Conversation');
  const key = input.clientMessageId ? { conversationId_clientMessageId: { conversationId: conv.id, clientMessageId: input.clientMessageId } } : null;
  const findDup = () => (key ? c.prisma.message.findUnique({ where: key }) : Promise.resolve(null));

  const existing = await findDup();
  if (existing) return duplicate(c, existing);

  const now = new Date();
  const reopen = conv.status === 'RESOLVED' || conv.status === 'CLOSED';
  let row;
  try {
    row = await c.prisma.$transaction(async (tx) => {
      const m = await tx.message.create({
        data: { storeId: input.storeId, conversationId: conv.id, role: 'CUSTOMER', content: input.content, clientMessageId: input.clientMessageId ?? null, createdAt: now },
      });
      await tx.conversation.update({
        where: { id: conv.id },
        data: {
          lastMessageAt: now,
          unreadCount: { increment: 1 },
          ...(input.cartValue !== undefined ? { cartValue: input.cartValue } : {}),
          // A finished conversation starts over with the AI: new context, counters reset, no
          // agent, so an old handoff does not immediately re-trigger.
          ...(reopen ? { status: 'OPEN', aiContextFrom: now, unresolvedCount: 0, clarifyCount: 0, aiFailureCount: 0, assignedAgentId: null, resolvedAt: null } : {}),
        },
      });
      return m;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const dup = await findDup();
    if (!dup) throw err;
    return duplicate(c, dup);
  }
  const message = publishMessage(c, input.storeId, row);
  const conversation = await loadConversation(c, conv.id);
  c.events.emit('conversation.updated', { storeId: input.storeId, conversation });
  const awaitingAi = conversation.status === 'OPEN';
  if (awaitingAi) await enqueueAiReply(c, conv.id);
  return { message, conversation, duplicate: false, awaitingAi };
}

async function duplicate(c: Container, row: Parameters<typeof toMessage>[0]): Promise<ShopperMessageResult> {
  const conversation = await loadConversation(c, row.conversationId);
  return { message: toMessage(row), conversation, duplicate: true, awaitingAi: conversation.status === 'OPEN' };
}

/** The pipeline's reply to `message` (AI answer or handoff notice), or null. */
export async function findReply(c: Container, message: TMessage): Promise<TMessage | null> {
  const rows = await c.prisma.message.findMany({
    where: { conversationId: message.conversationId, role: { in: ['AI', 'SYSTEM'] }, isInternal: false, createdAt: { gte: new Date(message.createdAt) } },
    orderBy: { createdAt: 'asc' },
    take: 20,
  });
  const hit = rows.find((r) => ((r.metadata as { replyTo?: string[] })?.replyTo ?? []).includes(message.id));
  return hit ? toMessage(hit) : null;
}

/** Waits up to `timeoutMs` for the reply (see reply-waiters.ts), checking once up front in case
 *  it was written before we started waiting. */
export async function waitForReply(c: Container, message: TMessage, timeoutMs: number): Promise<TMessage | null> {
  const waiters = replyWaiters(c);
  const waiting = waiters.wait(message.id, Math.max(0, timeoutMs));
  const already = await findReply(c, message);
  if (already) waiters.settle(message.id, already);
  return waiting;
}
