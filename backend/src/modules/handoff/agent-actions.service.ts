// What an agent does with a conversation: join (lock), reply, return to AI, resolve, notes.
// The lock is one conditional UPDATE: of two agents joining at once exactly one wins; the
// other gets 409 CONVERSATION_LOCKED.
import type { TMessage } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { publishConversation, publishMessage } from '../conversations/conversation.repository.js';
import { toMessage } from '../conversations/serializers.js';
import { isUniqueViolation } from '../customers/customer.service.js';

export interface Agent { id: string; email: string }

const LIVE = ['PENDING', 'ACTIVE'] as const;

async function lockedError(c: Container, conversationId: string, storeId: string): Promise<AppError> {
  const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId }, include: { assignedAgent: { select: { name: true } } } });
  if (!conv) return AppError.notFound('Conversation');
  if (conv.status === 'CLOSED') return new AppError('INVALID_TRANSITION', 'This conversation is closed; reopen it first');
  return new AppError('CONVERSATION_LOCKED', `${conv.assignedAgent?.name ?? 'Another agent'} is already handling this conversation`, {
    assignedAgentId: conv.assignedAgentId,
  });
}

/** Locks the conversation to `agent`. Idempotent for the agent who already holds it. */
export async function joinConversation(c: Container, storeId: string, conversationId: string, agent: Agent) {
  const now = new Date();
  const won = await c.prisma.conversation.updateMany({
    where: { id: conversationId, storeId, assignedAgentId: null, status: { in: ['OPEN', 'HANDED_OFF', 'RESOLVED'] } },
    data: { assignedAgentId: agent.id, status: 'HANDED_OFF', resolvedAt: null, unreadCount: 0 },
  });
  if (won.count === 0) {
    const mine = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId, assignedAgentId: agent.id, status: { not: 'CLOSED' } } });
    if (mine) return { conversation: await publishConversation(c, conversationId), joined: false };
    throw await lockedError(c, conversationId, storeId);
  }
  // The open handoff becomes ACTIVE; an agent taking over from the AI opens a MANUAL one.
  const open = await c.prisma.handoff.findFirst({ where: { conversationId, status: { in: [...LIVE] } }, orderBy: { createdAt: 'desc' } });
  if (open) await c.prisma.handoff.update({ where: { id: open.id }, data: { status: 'ACTIVE', agentId: agent.id, joinedAt: now } });
  else {
    await c.prisma.handoff.create({
      data: { storeId, conversationId, trigger: 'MANUAL', status: 'ACTIVE', summary: 'An agent took this conversation over from the AI.', agentId: agent.id, joinedAt: now },
    });
  }
  const user = await c.prisma.user.findUnique({ where: { id: agent.id }, select: { name: true } });
  c.events.emit('agent.joined', { storeId, conversationId, agentName: user?.name ?? 'Our team' });
  c.events.emit('analytics.changed', { storeId });
  return { conversation: await publishConversation(c, conversationId), joined: true };
}

/** An agent's reply takes the conversation (joins it) unless someone else holds it. */
export async function agentReply(c: Container, storeId: string, conversationId: string, agent: Agent, input: { content: string; clientMessageId?: string }): Promise<TMessage> {
  await joinConversation(c, storeId, conversationId, agent);
  if (input.clientMessageId) {
    const dup = await c.prisma.message.findUnique({ where: { conversationId_clientMessageId: { conversationId, clientMessageId: input.clientMessageId } }, include: { author: true } });
    if (dup) return toMessage(dup);
  }
  const now = new Date();
  try {
    const row = await c.prisma.$transaction(async (tx) => {
      const m = await tx.message.create({
        data: { storeId, conversationId, role: 'AGENT', content: input.content, authorId: agent.id, clientMessageId: input.clientMessageId ?? null, createdAt: now },
        include: { author: true },
      });
      await tx.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: now, unreadCount: 0 } });
      return m;
    });
    const message = publishMessage(c, storeId, row);
    await publishConversation(c, conversationId);
    return message;
  } catch (err) {
    if (!isUniqueViolation(err) || !input.clientMessageId) throw err;
    const dup = await c.prisma.message.findUnique({ where: { conversationId_clientMessageId: { conversationId, clientMessageId: input.clientMessageId } }, include: { author: true } });
    return toMessage(dup!);
  }
}

/** Internal note: agents only, never sent to the shopper (event-map filters isInternal). */
export async function addNote(c: Container, storeId: string, conversationId: string, agent: Agent, content: string): Promise<TMessage> {
  const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId }, select: { id: true } });
  if (!conv) throw AppError.notFound('Conversation');
  const row = await c.prisma.message.create({ data: { storeId, conversationId, role: 'AGENT', isInternal: true, content, authorId: agent.id }, include: { author: true } });
  return publishMessage(c, storeId, row);
}

/** Only the agent holding the lock (or anyone, when nobody holds it) may act on it. */
async function assertMayAct(c: Container, storeId: string, conversationId: string, agent: Agent) {
  const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId } });
  if (!conv) throw AppError.notFound('Conversation');
  if (conv.assignedAgentId && conv.assignedAgentId !== agent.id) throw await lockedError(c, conversationId, storeId);
  return conv;
}

export async function returnToAi(c: Container, storeId: string, conversationId: string, agent: Agent) {
  const conv = await assertMayAct(c, storeId, conversationId, agent);
  if (conv.status !== 'HANDED_OFF') throw new AppError('INVALID_TRANSITION', `Cannot return a ${conv.status.toLowerCase()} conversation to the AI`);
  const now = new Date();
  const note = await c.prisma.$transaction(async (tx) => {
    // Counters reset so the AI does not bounce straight back; earlier messages were the agent's.
    const moved = await tx.conversation.updateMany({
      where: { id: conversationId, status: 'HANDED_OFF', OR: [{ assignedAgentId: null }, { assignedAgentId: agent.id }] },
      data: { status: 'OPEN', assignedAgentId: null, unresolvedCount: 0, clarifyCount: 0, aiAnsweredThrough: now, lastMessageAt: now },
    });
    if (moved.count === 0) throw new AppError('CONFLICT', 'The conversation changed meanwhile; reload it');
    await tx.handoff.updateMany({ where: { conversationId, status: { in: [...LIVE] } }, data: { status: 'RETURNED_TO_AI', resolvedAt: now } });
    return tx.message.create({ data: { storeId, conversationId, role: 'SYSTEM', content: "You're back with our AI assistant. Ask away — the team can step in again any time.", createdAt: now } });
  });
  publishMessage(c, storeId, note);
  c.events.emit('analytics.changed', { storeId });
  return publishConversation(c, conversationId);
}

export async function resolveConversation(c: Container, storeId: string, conversationId: string, agent: Agent, learningNote?: string) {
  const conv = await assertMayAct(c, storeId, conversationId, agent);
  if (conv.status === 'RESOLVED' || conv.status === 'CLOSED') throw new AppError('INVALID_TRANSITION', `The conversation is already ${conv.status.toLowerCase()}`);
  const now = new Date();
  await c.prisma.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: conversationId }, data: { status: 'RESOLVED', resolvedAt: now } });
    const open = await tx.handoff.findFirst({ where: { conversationId, status: { in: [...LIVE] } }, orderBy: { createdAt: 'desc' } });
    const target = open ?? (learningNote ? await tx.handoff.findFirst({ where: { conversationId }, orderBy: { createdAt: 'desc' } }) : null);
    if (target) {
      await tx.handoff.update({
        where: { id: target.id },
        data: { status: 'RESOLVED', resolvedAt: now, agentId: target.agentId ?? agent.id, ...(learningNote ? { learningNote, learnedAt: null } : {}) },
      });
    }
  });
  c.events.emit('analytics.changed', { storeId });
  return publishConversation(c, conversationId);
}
