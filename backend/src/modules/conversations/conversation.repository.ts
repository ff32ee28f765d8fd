// Reads shared by the pipeline, handoff and dashboard services.
import type { TConversation, TMessage } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import type { Prisma } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { conversationInclude, toConversation, toMessage } from './serializers.js';

export type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

export async function loadConversation(c: Container, conversationId: string, storeId?: string): Promise<TConversation> {
  const row = await c.prisma.conversation.findFirst({ where: { id: conversationId, ...(storeId ? { storeId } : {}) }, include: conversationInclude });
  if (!row) throw AppError.notFound('Conversation');
  return toConversation(row);
}

/** Emits conversation.updated with the fresh row and returns it. Call after the commit. */
export async function publishConversation(c: Container, conversationId: string): Promise<TConversation> {
  const conversation = await loadConversation(c, conversationId);
  c.events.emit('conversation.updated', { storeId: conversation.storeId, conversation });
  return conversation;
}

export function publishMessage(c: Container, storeId: string, row: Parameters<typeof toMessage>[0]): TMessage {
  const message = toMessage(row);
  c.events.emit('message.created', { storeId, conversationId: message.conversationId, message });
  return message;
}

/** Non-internal messages the AI should see: since the fresh-context mark, oldest first. */
export async function aiVisibleHistory(c: Container, conversationId: string, opts: { from: Date | null; before: Date; take?: number }) {
  const rows = await c.prisma.message.findMany({
    where: { conversationId, isInternal: false, createdAt: { lt: opts.before, ...(opts.from ? { gte: opts.from } : {}) } },
    orderBy: { createdAt: 'desc' },
    take: opts.take ?? 20,
    select: { role: true, content: true },
  });
  return rows.reverse();
}
