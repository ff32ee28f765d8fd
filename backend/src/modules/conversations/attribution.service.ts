// Revenue attribution hook for order integrations: items of an order that the AI recommended to
// this customer (decision records of AI messages, last 30 days) add their value to the
// conversation that recommended them. Passing an orderId makes a repeated call a no-op.
import type { Container } from '../../container.js';

export interface OrderInput {
  customerId?: string;
  customerEmail?: string;
  orderId?: string;
  items: { sku: string; price: number; qty: number }[];
  at?: Date;
}

export interface Attribution { amount: number; byConversation: Record<string, number> }

const WINDOW_MS = 30 * 24 * 3600 * 1000;
const round = (n: number) => Math.round(n * 100) / 100;

export async function attributeOrder(c: Container, storeId: string, order: OrderInput): Promise<Attribution> {
  const none = { amount: 0, byConversation: {} };
  const customer = order.customerId
    ? await c.prisma.customer.findFirst({ where: { id: order.customerId, storeId } })
    : order.customerEmail ? await c.prisma.customer.findFirst({ where: { storeId, email: { equals: order.customerEmail, mode: 'insensitive' } } }) : null;
  if (!customer) return none;
  const at = order.at ?? new Date();
  const aiMessages = await c.prisma.message.findMany({
    where: { storeId, role: 'AI', conversation: { customerId: customer.id }, createdAt: { gte: new Date(at.getTime() - WINDOW_MS), lte: at } },
    orderBy: { createdAt: 'desc' },
    select: { conversationId: true, metadata: true },
  });
  // sku → the conversation that recommended it most recently
  const recommendedIn = new Map<string, string>();
  for (const m of aiMessages) {
    const recs = (m.metadata as { recommendations?: { sku: string }[] }).recommendations ?? [];
    for (const r of recs) if (!recommendedIn.has(r.sku)) recommendedIn.set(r.sku, m.conversationId);
  }
  const byConversation: Record<string, number> = {};
  for (const item of order.items) {
    const conv = recommendedIn.get(item.sku);
    if (conv) byConversation[conv] = round((byConversation[conv] ?? 0) + item.price * item.qty);
  }
  let amount = 0;
  for (const [conversationId, value] of Object.entries(byConversation)) {
    const conv = await c.prisma.conversation.findUnique({ where: { id: conversationId }, select: { metadata: true } });
    const meta = (conv?.metadata ?? {}) as { attributions?: { orderId?: string; amount: number; at: string }[] };
    const list = meta.attributions ?? [];
    if (order.orderId && list.some((a) => a.orderId === order.orderId)) {
      delete byConversation[conversationId];
      continue;
    }
    await c.prisma.conversation.update({
      where: { id: conversationId },
      data: { revenueAttributed: { increment: value }, metadata: { ...meta, attributions: [...list, { orderId: order.orderId, amount: value, at: at.toISOString() }] } },
    });
    amount = round(amount + value);
  }
  if (amount > 0) c.events.emit('analytics.changed', { storeId });
  return { amount, byConversation };
}
