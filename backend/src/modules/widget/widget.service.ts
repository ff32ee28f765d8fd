// Public widget API logic: config, starting a conversation (visitor token), shopper messages
// with a short wait for the reply, and the shopper's history (no internal notes).
import { createHash } from 'node:crypto';
import {
  ZWidgetConfig, type TStartConversationRequest, type TWidgetConfigResponse, type TWidgetMessageRequest, type TWidgetMessageResponse,
} from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { loadConversation } from '../conversations/conversation.repository.js';
import { toMessage } from '../conversations/serializers.js';
import { findReply, postShopperMessage, waitForReply } from '../conversations/shopper-message.service.js';
import { findOrCreateConversation, findOrCreateWidgetCustomer } from '../customers/customer.service.js';
import { isOpen } from '../handoff/business-hours.js';
import type { VisitorClaims } from './visitor-token.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Active store or 404 (unknown, malformed and inactive look the same). */
export async function activeStore(c: Container, storeId: string) {
  if (!UUID.test(storeId)) throw AppError.notFound('Store');
  const store = await c.prisma.store.findUnique({ where: { id: storeId }, include: { settings: true } });
  if (!store || !store.isActive) throw AppError.notFound('Store');
  return store;
}

export async function widgetConfig(c: Container, storeId: string): Promise<{ body: TWidgetConfigResponse; etag: string }> {
  const store = await activeStore(c, storeId);
  const s = store.settings;
  const parsed = ZWidgetConfig.safeParse(s?.widgetConfig ?? {});
  const config = parsed.success ? parsed.data : ZWidgetConfig.parse({});
  const hours = { start: s?.businessHoursStart ?? '09:00', end: s?.businessHoursEnd ?? '17:00', timezone: s?.businessHoursTimezone ?? 'UTC' };
  const body: TWidgetConfigResponse = { storeId, storeName: store.name, config, businessHours: { open: isOpen(hours), ...hours } };
  const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url').slice(0, 20)}"`;
  return { body, etag };
}

export async function startConversation(c: Container, storeId: string, input: TStartConversationRequest) {
  await activeStore(c, storeId);
  const { visitorId, customer } = await findOrCreateWidgetCustomer(c.prisma, storeId, {
    visitorId: input.visitorId, name: input.customer?.name, email: input.customer?.email,
  });
  const ctx = input.context;
  const { conversation, created } = await findOrCreateConversation(c.prisma, storeId, customer.id, 'WIDGET', {
    cartValue: ctx?.cartValue, metadata: ctx ? { pageUrl: ctx.pageUrl, referrer: ctx.referrer, locale: ctx.locale } : {},
  });
  if (!created && ctx) {
    const meta = { ...(conversation.metadata as object), pageUrl: ctx.pageUrl, referrer: ctx.referrer, locale: ctx.locale };
    await c.prisma.conversation.update({ where: { id: conversation.id }, data: { metadata: meta, ...(ctx.cartValue !== undefined ? { cartValue: ctx.cartValue } : {}) } });
  }
  const view = await loadConversation(c, conversation.id);
  if (created) c.events.emit('conversation.created', { storeId, conversation: view });
  const visitorToken = await c.visitorTokens.sign({ storeId, visitorId, customerId: customer.id });
  return { conversation: view, visitorId, visitorToken };
}

export async function sendWidgetMessage(
  c: Container, storeId: string, claims: VisitorClaims, input: TWidgetMessageRequest,
): Promise<{ status: 200 | 202; body: TWidgetMessageResponse }> {
  await activeStore(c, storeId);
  const key = `${storeId}:${claims.visitorId}`;
  await c.rateLimits.consume('widget-message-minute', key);
  await c.rateLimits.consume('widget-message-hour', key);
  const res = await postShopperMessage(c, {
    storeId, conversationId: input.conversationId, customerId: claims.customerId, content: input.content,
    clientMessageId: input.clientMessageId, cartValue: input.context?.cartValue,
  });
  const reply = res.awaitingAi ? await waitForReply(c, res.message, c.env.REPLY_WAIT_MS) : await findReply(c, res.message);
  const conversation = await loadConversation(c, input.conversationId);
  return reply ? { status: 200, body: { message: res.message, reply, conversation } } : { status: 202, body: { message: res.message, conversation } };
}

export async function widgetHistory(c: Container, storeId: string, claims: VisitorClaims, conversationId: string, after?: string) {
  const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId, customerId: claims.customerId }, select: { id: true } });
  if (!conv) throw AppError.notFound('Conversation');
  let since: Date | undefined;
  if (after) {
    if (UUID.test(after)) since = (await c.prisma.message.findFirst({ where: { id: after, conversationId }, select: { createdAt: true } }))?.createdAt;
    else if (!Number.isNaN(Date.parse(after))) since = new Date(after);
    else throw new AppError('VALIDATION_FAILED', '`after` must be a message id or an ISO timestamp');
  }
  const rows = await c.prisma.message.findMany({
    where: { conversationId, isInternal: false, ...(since ? { createdAt: { gt: since } } : {}) },
    orderBy: { createdAt: 'asc' },
    take: 200,
    include: { author: { select: { name: true } } },
  });
  return { items: rows.map(toMessage) };
}
