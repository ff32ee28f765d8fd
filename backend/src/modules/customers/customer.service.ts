// Customers and their one-per-channel conversation. Concurrent first messages race on the
// unique constraints; the loser catches P2002 and re-reads the winner's row.
import { randomBytes } from 'node:crypto';
import type { TChannelType } from '@convix/shared/contracts';
import type { Prisma } from '../../db/client.js';

export const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/** create → on unique violation, read what the concurrent writer created. */
export async function createOrRead<T>(create: () => Promise<T>, read: () => Promise<T | null>): Promise<T> {
  const existing = await read();
  if (existing) return existing;
  try {
    return await create();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const row = await read();
    if (!row) throw err;
    return row;
  }
}

export const newVisitorId = () => `v_${randomBytes(12).toString('base64url')}`;

export async function findOrCreateWidgetCustomer(
  prisma: Prisma,
  storeId: string,
  input: { visitorId?: string; name?: string; email?: string },
) {
  const visitorId = input.visitorId ?? newVisitorId();
  const customer = await createOrRead(
    () => prisma.customer.create({ data: { storeId, visitorId, name: input.name ?? null } }),
    () => prisma.customer.findUnique({ where: { storeId_visitorId: { storeId, visitorId } } }),
  );
  // Fill in what the shopper told us; an email already owned by another customer stays unclaimed
  // (no silent account merge from an unauthenticated widget).
  const data: { name?: string; email?: string } = {};
  if (input.name && !customer.name) data.name = input.name;
  if (input.email && !customer.email) {
    const owner = await prisma.customer.findUnique({ where: { storeId_email: { storeId, email: input.email } }, select: { id: true } });
    if (!owner) data.email = input.email;
  }
  if (Object.keys(data).length) {
    try {
      return { visitorId, customer: await prisma.customer.update({ where: { id: customer.id }, data }) };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return { visitorId, customer };
}

export async function findOrCreateConversation(
  prisma: Prisma,
  storeId: string,
  customerId: string,
  channel: TChannelType,
  extra: { cartValue?: number; metadata?: Record<string, unknown> } = {},
) {
  let created = false;
  const conversation = await createOrRead(
    async () => {
      const row = await prisma.conversation.create({
        data: { storeId, customerId, channel, cartValue: extra.cartValue ?? null, metadata: (extra.metadata ?? {}) as object },
      });
      created = true;
      return row;
    },
    () => prisma.conversation.findUnique({ where: { customerId_channel: { customerId, channel } } }),
  );
  return { conversation, created };
}
