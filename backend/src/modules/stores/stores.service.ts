// Stores: list the caller's, create (caller becomes OWNER, default settings), read, update, delete.
import type { TCreateStoreRequest, TStore, TUpdateStoreRequest } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { can } from '../../lib/http/permissions.js';
import type { AuthedUser, Membership } from '../../lib/http/route.js';
import { recordAudit } from '../audit/audit.service.js';
import { serializeStore } from './store.serializer.js';

export async function listStores(c: Container, userId: string): Promise<TStore[]> {
  const members = await c.prisma.storeMember.findMany({
    where: { userId, acceptedAt: { not: null } }, include: { store: true }, orderBy: { createdAt: 'asc' },
  });
  return members.map((m) => serializeStore(m.store, m.role));
}

export async function createStore(c: Container, user: AuthedUser, input: TCreateStoreRequest, ip: string): Promise<TStore> {
  const store = await c.prisma.$transaction(async (tx) => {
    const s = await tx.store.create({
      data: { name: input.name, domain: input.domain ?? null, platform: input.platform, widgetDomains: input.widgetDomains ?? (input.domain ? [input.domain] : []) },
    });
    await tx.storeSettings.create({ data: { storeId: s.id } });
    await tx.storeMember.create({ data: { storeId: s.id, userId: user.id, email: user.email, role: 'OWNER', acceptedAt: new Date() } });
    await recordAudit(c, { action: 'store.created', storeId: s.id, userId: user.id, targetType: 'Store', targetId: s.id, ip }, tx);
    return s;
  });
  return serializeStore(store, 'OWNER');
}

export async function getStore(c: Container, m: Membership): Promise<TStore> {
  const store = await c.prisma.store.findUnique({ where: { id: m.storeId } });
  if (!store) throw AppError.notFound('Store');
  return serializeStore(store, m.role);
}

export async function updateStore(c: Container, m: Membership, input: TUpdateStoreRequest): Promise<TStore> {
  // The plan is billing: OWNER only, even though ADMINs may edit the rest.
  if (input.plan !== undefined && !can(m.role, 'billing:manage')) throw AppError.forbidden('Only an owner can change the plan');
  const store = await c.prisma.store.update({ where: { id: m.storeId }, data: input });
  return serializeStore(store, m.role);
}

export async function deleteStore(c: Container, m: Membership, userId: string, ip: string): Promise<void> {
  await c.prisma.$transaction(async (tx) => {
    const store = await tx.store.delete({ where: { id: m.storeId } });
    // storeId stays null: the row must outlive the store's cascade.
    await recordAudit(c, { action: 'store.deleted', userId, targetType: 'Store', targetId: store.id, metadata: { name: store.name }, ip }, tx);
  });
}
