// TODO: REPLACE WITH API — GET /v1/stores/:storeId/conversations
// TODO: REPLACE WITH API — GET /v1/stores/:storeId/conversations/:id
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/read
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/takeover
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/messages
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/notes
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/return-to-ai
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/conversations/:id/resolve
import type {
  TAgentReplyRequest, TConversationDetail, TConversationListQuery, TConversationListResponse, THandoff, TMessage, TResolveRequest,
} from '@convix/shared/contracts';
import { ApiError } from '@/lib/api-client';
import type { TConversationRow } from '@/lib/types';
import { getDb, msg } from './db';
import { emit } from './realtime';
import { scheduleCustomerFollowUp } from './live-feed';

const uuid = () => crypto.randomUUID();
const nowIso = () => new Date().toISOString();

function find(id: string): TConversationRow {
  const c = getDb().conversations.find((x) => x.id === id);
  if (!c) throw new ApiError('NOT_FOUND', 'Conversation not found', 404);
  return c;
}

export function listConversations(q: Partial<TConversationListQuery>): TConversationListResponse {
  const needle = q.q?.trim().toLowerCase();
  const from = q.from ? Date.parse(q.from) : null;
  const to = q.to ? Date.parse(q.to) : null;
  const rows = getDb().conversations.filter((c) =>
    (!q.status || c.status === q.status) &&
    (!q.channel || c.channel === q.channel) &&
    (from === null || Date.parse(c.lastMessageAt) >= from) &&
    (to === null || Date.parse(c.lastMessageAt) <= to) &&
    (!needle || [c.customer.name, c.customer.email, c.subject, c.lastMessagePreview].some((s) => s?.toLowerCase().includes(needle))),
  );
  const dir = q.sort === 'lastMessageAt:asc' ? 1 : -1;
  const key = q.sort === 'createdAt:desc' ? 'createdAt' : 'lastMessageAt';
  rows.sort((a, b) => dir * (Date.parse(a[key]) - Date.parse(b[key])));
  // Cursor is an opaque offset in mock mode.
  const start = q.cursor ? Number(q.cursor) : 0;
  const limit = q.limit ?? 25;
  const items = rows.slice(start, start + limit);
  return { items, nextCursor: start + limit < rows.length ? String(start + limit) : null };
}

export function getConversation(id: string): TConversationDetail {
  const c = find(id);
  const db = getDb();
  return { ...c, messages: db.messages.get(id) ?? [], handoffs: db.handoffs.get(id) ?? [] };
}

export function appendMessage(c: TConversationRow, m: TMessage) {
  getDb().messages.get(c.id)!.push(m);
  if (!m.isInternal && m.role !== 'SYSTEM') {
    c.lastMessageAt = m.createdAt;
    c.lastMessagePreview = m.content.slice(0, 140);
  }
  c.updatedAt = m.createdAt;
  emit('message:new', { conversationId: c.id, message: m });
}

const touched = (c: TConversationRow) => emit('conversation:updated', { conversation: c });
const me = () => getDb().user;
const openHandoff = (id: string): THandoff | undefined =>
  getDb().handoffs.get(id)?.find((h) => h.status === 'PENDING' || h.status === 'ACTIVE');

export function markRead(id: string) {
  const c = find(id);
  c.unreadCount = 0;
  return { ok: true as const };
}

export function takeOver(id: string): TConversationDetail {
  const c = find(id);
  if (c.status === 'RESOLVED' || c.status === 'CLOSED') throw new ApiError('INVALID_TRANSITION', 'Reopen the conversation before taking it over', 409);
  const user = me();
  let h = openHandoff(id);
  if (!h) {
    h = { id: uuid(), conversationId: id, trigger: 'MANUAL', status: 'ACTIVE', destination: 'LIVE_AGENT', summary: 'Taken over manually by an agent.', agentId: user.id, ticketProvider: null, ticketExternalId: null, learningNote: null, createdAt: nowIso(), joinedAt: nowIso(), resolvedAt: null };
    getDb().handoffs.get(id)!.push(h);
  }
  h.status = 'ACTIVE';
  h.agentId = user.id;
  h.joinedAt = nowIso();
  c.status = 'HANDED_OFF';
  c.assignedAgentId = user.id;
  c.handoff = { trigger: h.trigger, summary: h.summary, createdAt: h.createdAt };
  appendMessage(c, msg(id, { role: 'SYSTEM', content: `${user.name} joined the conversation. The AI is paused.`, createdAt: nowIso() }, uuid()));
  touched(c);
  return getConversation(id);
}

export function reply(id: string, req: TAgentReplyRequest): TMessage {
  const c = find(id);
  if (c.assignedAgentId !== me().id) takeOver(id);
  const m = msg(id, { role: 'AGENT', content: req.content, authorId: me().id, authorName: me().name, clientMessageId: req.clientMessageId ?? null, createdAt: nowIso() }, uuid());
  appendMessage(c, m);
  scheduleCustomerFollowUp(id);
  return m;
}

export function addNote(id: string, content: string): TMessage {
  const c = find(id);
  const m = msg(id, { role: 'AGENT', content, isInternal: true, authorId: me().id, authorName: me().name, createdAt: nowIso() }, uuid());
  appendMessage(c, m);
  return m;
}

export function returnToAi(id: string): TConversationDetail {
  const c = find(id);
  const h = openHandoff(id);
  if (h) h.status = 'RETURNED_TO_AI';
  c.status = 'OPEN';
  c.assignedAgentId = null;
  c.handoff = null;
  appendMessage(c, msg(id, { role: 'SYSTEM', content: `${me().name} handed the conversation back to the AI.`, createdAt: nowIso() }, uuid()));
  touched(c);
  return getConversation(id);
}

export function resolve(id: string, req: TResolveRequest): TConversationDetail {
  const c = find(id);
  const h = openHandoff(id);
  if (h) Object.assign(h, { status: 'RESOLVED', resolvedAt: nowIso(), learningNote: req.learningNote || null });
  c.status = 'RESOLVED';
  c.unreadCount = 0;
  c.handoff = null;
  appendMessage(c, msg(id, { role: 'SYSTEM', content: `Resolved by ${me().name}.${req.learningNote ? ' Learning note saved for training.' : ''}`, createdAt: nowIso() }, uuid()));
  touched(c);
  return getConversation(id);
}
