// DB rows → shared contract shapes (Dates → ISO strings, Decimals → numbers).
import type { TConversation, TCustomer, THandoff, TMessage } from '@convix/shared/contracts';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const num = (d: unknown) => (d === null || d === undefined ? null : Number(d));

export function toMessage(m: Row): TMessage {
  return {
    id: m.id,
    conversationId: m.conversationId,
    role: m.role,
    content: m.content,
    isInternal: m.isInternal,
    authorId: m.authorId ?? null,
    authorName: m.author?.name ?? null,
    clientMessageId: m.clientMessageId ?? null,
    metadata: (m.metadata ?? {}) as Record<string, unknown>,
    createdAt: m.createdAt.toISOString(),
  };
}

export function toCustomer(c: Row): TCustomer {
  return {
    id: c.id, name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null, whatsappId: c.whatsappId ?? null,
    instagramId: c.instagramId ?? null, messengerId: c.messengerId ?? null, visitorId: c.visitorId ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toHandoff(h: Row): THandoff {
  return {
    id: h.id, conversationId: h.conversationId, trigger: h.trigger, status: h.status, destination: h.destination,
    summary: h.summary, agentId: h.agentId ?? null, ticketProvider: h.ticketProvider ?? null,
    ticketExternalId: h.ticketExternalId ?? null, learningNote: h.learningNote ?? null,
    createdAt: h.createdAt.toISOString(), joinedAt: iso(h.joinedAt), resolvedAt: iso(h.resolvedAt),
  };
}

/** `row.handoffs` (newest first) and `row.messages` (newest first, 1) are used when loaded. */
export function toConversation(c: Row): TConversation {
  const open = c.handoffs?.find((h: Row) => h.status === 'PENDING' || h.status === 'ACTIVE');
  const last = c.messages?.[0];
  return {
    id: c.id, storeId: c.storeId, customerId: c.customerId, channel: c.channel, status: c.status,
    assignedAgentId: c.assignedAgentId ?? null, subject: c.subject ?? null,
    sentiment: c.sentiment, purchaseIntent: c.purchaseIntent, cartValue: num(c.cartValue),
    revenueAttributed: Number(c.revenueAttributed ?? 0), unreadCount: c.unreadCount,
    lastMessageAt: c.lastMessageAt.toISOString(),
    ...(last !== undefined ? { lastMessagePreview: last ? String(last.content).slice(0, 140) : null } : {}),
    ...(c.customer ? { customer: toCustomer(c.customer) } : {}),
    ...(c.handoffs ? { handoff: open && c.status === 'HANDED_OFF' ? { trigger: open.trigger, summary: open.summary, createdAt: open.createdAt.toISOString() } : null } : {}),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** What to `include` so toConversation can fill handoff, preview and customer. */
export const conversationInclude = {
  customer: true,
  handoffs: { orderBy: { createdAt: 'desc' as const }, take: 1 },
  messages: { where: { isInternal: false }, orderBy: { createdAt: 'desc' as const }, take: 1 },
};
