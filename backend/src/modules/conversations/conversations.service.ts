// Dashboard reads and the status state machine.
//
// Conversation status state machine (PATCH …/conversations/:id {status}):
//   OPEN       → HANDED_OFF (manual handoff), RESOLVED, CLOSED
//   HANDED_OFF → OPEN (return to AI), RESOLVED, CLOSED
//   RESOLVED   → OPEN (reopen with a fresh AI context), CLOSED
//   CLOSED     → OPEN (reopen with a fresh AI context)
// Same status → no-op. Anything else → 409 INVALID_TRANSITION. A shopper's new message
// reopens RESOLVED/CLOSED conversations itself (shopper-message.service.ts).
import type { TConvStatus, TConversationDetail, TConversationListQuery, TConversationListResponse } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import type { Prisma as P } from '../../generated/prisma/client.js';
import { resolveConversation, returnToAi, type Agent } from '../handoff/agent-actions.service.js';
import { triggerHandoff } from '../handoff/handoff.service.js';
import { loadConversation, publishConversation } from './conversation.repository.js';
import { conversationInclude, toConversation, toCustomer, toHandoff, toMessage } from './serializers.js';

export const TRANSITIONS: Record<TConvStatus, TConvStatus[]> = {
  OPEN: ['HANDED_OFF', 'RESOLVED', 'CLOSED'],
  HANDED_OFF: ['OPEN', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['OPEN', 'CLOSED'],
  CLOSED: ['OPEN'],
};

export const canTransition = (from: TConvStatus, to: TConvStatus) => TRANSITIONS[from].includes(to);

type Cursor = { v: string; id: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.v === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.v))) return c;
  } catch { /* fall through */ }
  throw new AppError('VALIDATION_FAILED', 'Invalid cursor', [{ path: 'query.cursor', message: 'Invalid cursor' }]);
}

export async function listConversations(c: Container, storeId: string, q: TConversationListQuery): Promise<TConversationListResponse> {
  const [field, dir] = q.sort.split(':') as ['lastMessageAt' | 'createdAt', 'asc' | 'desc'];
  const where: P.ConversationWhereInput = { storeId };
  const and: P.ConversationWhereInput[] = [];
  if (q.status) where.status = q.status;
  if (q.channel) where.channel = q.channel;
  // Date range: conversations with activity (last message) inside [from, to].
  if (q.from || q.to) where.lastMessageAt = { ...(q.from ? { gte: new Date(q.from) } : {}), ...(q.to ? { lte: new Date(q.to) } : {}) };
  if (q.q) {
    const text = { contains: q.q, mode: 'insensitive' as const };
    and.push({ OR: [{ customer: { OR: [{ name: text }, { email: text }, { phone: text }] } }, { messages: { some: { content: text } } }, { subject: text }] });
  }
  if (q.cursor) {
    const cur = decode(q.cursor);
    const v = new Date(cur.v);
    const cmp = dir === 'desc' ? 'lt' : 'gt';
    and.push({ OR: [{ [field]: { [cmp]: v } }, { [field]: v, id: { [cmp]: cur.id } }] });
  }
  if (and.length) where.AND = and;
  const rows = await c.prisma.conversation.findMany({
    where, include: conversationInclude, orderBy: [{ [field]: dir }, { id: dir }], take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toConversation),
    nextCursor: rows.length > q.limit && last ? encode({ v: (last[field] as Date).toISOString(), id: last.id }) : null,
  };
}

export async function conversationDetail(c: Container, storeId: string, conversationId: string): Promise<TConversationDetail> {
  const row = await c.prisma.conversation.findFirst({
    where: { id: conversationId, storeId },
    include: {
      ...conversationInclude,
      handoffs: { orderBy: { createdAt: 'desc' } },
    },
  });
  if (!row) throw AppError.notFound('Conversation');
  const messages = await c.prisma.message.findMany({
    where: { conversationId }, orderBy: { createdAt: 'desc' }, take: 500, include: { author: { select: { name: true } } },
  });
  const base = toConversation(row);
  return { ...base, customer: toCustomer(row.customer), messages: messages.reverse().map(toMessage), handoffs: row.handoffs.map(toHandoff) };
}

export async function updateStatus(c: Container, storeId: string, conversationId: string, to: TConvStatus, agent: Agent) {
  const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId } });
  if (!conv) throw AppError.notFound('Conversation');
  if (conv.status === to) return loadConversation(c, conversationId);
  if (!canTransition(conv.status, to)) throw new AppError('INVALID_TRANSITION', `Cannot move a conversation from ${conv.status} to ${to}`, { from: conv.status, to, allowed: TRANSITIONS[conv.status] });
  if (to === 'HANDED_OFF') {
    await triggerHandoff(c, { storeId, conversationId, trigger: 'MANUAL' });
    return loadConversation(c, conversationId);
  }
  if (to === 'RESOLVED') return resolveConversation(c, storeId, conversationId, agent);
  if (to === 'OPEN' && conv.status === 'HANDED_OFF') return returnToAi(c, storeId, conversationId, agent);
  const now = new Date();
  const data: P.ConversationUncheckedUpdateManyInput = to === 'OPEN'
    ? { status: 'OPEN', aiContextFrom: now, aiAnsweredThrough: now, unresolvedCount: 0, clarifyCount: 0, aiFailureCount: 0, assignedAgentId: null, resolvedAt: null }
    : { status: 'CLOSED', resolvedAt: conv.resolvedAt ?? now };
  // Conditional on the status we validated, so a concurrent change is not overwritten.
  const moved = await c.prisma.conversation.updateMany({ where: { id: conversationId, status: conv.status }, data });
  if (moved.count === 0) throw new AppError('CONFLICT', 'The conversation changed meanwhile; reload it');
  if (to === 'CLOSED') await c.prisma.handoff.updateMany({ where: { conversationId, status: { in: ['PENDING', 'ACTIVE'] } }, data: { status: 'RESOLVED', resolvedAt: now } });
  c.events.emit('analytics.changed', { storeId });
  return publishConversation(c, conversationId);
}

