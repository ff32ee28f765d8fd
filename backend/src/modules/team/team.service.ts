// Team: list, invite, accept, change role, remove. Guards: an ADMIN never touches an OWNER or
// makes one, and a store always keeps at least one accepted OWNER.
import type { TInviteMemberRequest, TMember, TStore, TUserRole } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import type { Prisma as PrismaNS } from '../../generated/prisma/client.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, sha256 } from '../../lib/crypto/tokens.js';
import type { AuthedUser, Membership } from '../../lib/http/route.js';
import { recordAudit } from '../audit/audit.service.js';
import { serializeStore } from '../stores/store.serializer.js';
import { serializeMember } from './member.serializer.js';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const withUser = { user: { select: { name: true } } } as const;

export async function listMembers(c: Container, storeId: string): Promise<TMember[]> {
  const rows = await c.prisma.storeMember.findMany({ where: { storeId }, include: withUser, orderBy: { createdAt: 'asc' } });
  return rows.map((m) => serializeMember(m));
}

export async function inviteMember(
  c: Container, actor: Membership & { userId: string }, input: TInviteMemberRequest, ip: string,
): Promise<{ member: TMember; invitationUrl: string }> {
  const existing = await c.prisma.storeMember.findUnique({ where: { storeId_email: { storeId: actor.storeId, email: input.email } } });
  if (existing?.acceptedAt) throw new AppError('ALREADY_EXISTS', 'This person is already a member of the store');
  const token = randomToken(32);
  const invitation = { role: input.role, invitationTokenHash: sha256(token), invitationExpiresAt: new Date(Date.now() + INVITATION_TTL_MS), invitedById: actor.userId };
  // Re-inviting a pending or expired address issues a fresh link and kills the old one.
  const member = await c.prisma.storeMember.upsert({
    where: { storeId_email: { storeId: actor.storeId, email: input.email } },
    create: { storeId: actor.storeId, email: input.email, ...invitation },
    update: invitation,
    include: { ...withUser, store: { select: { name: true } } },
  });
  const invitationUrl = `${c.env.APP_URL}/invite?token=${encodeURIComponent(token)}`;
  await c.mail.send({
    to: input.email, storeId: actor.storeId,
    subject: `You're invited to ${member.store.name} on Convix`,
    text: `You've been invited to join ${member.store.name} on Convix as ${input.role.toLowerCase()}.\n\nAccept within 7 days:\n\n${invitationUrl}\n`,
  });
  await recordAudit(c, { action: 'member.invited', storeId: actor.storeId, userId: actor.userId, targetType: 'StoreMember', targetId: member.id, metadata: { email: input.email, role: input.role }, ip });
  return { member: serializeMember(member), invitationUrl };
}

export async function acceptInvitation(c: Container, user: AuthedUser, token: string): Promise<{ store: TStore; member: TMember }> {
  const row = await c.prisma.storeMember.findUnique({ where: { invitationTokenHash: sha256(token) } });
  if (!row || row.acceptedAt || !row.invitationExpiresAt || row.invitationExpiresAt <= new Date()) {
    throw new AppError('TOKEN_INVALID', 'This invitation is invalid or has expired');
  }
  const account = await c.prisma.user.findUnique({ where: { id: user.id }, select: { email: true } });
  if (!account || account.email !== row.email) throw AppError.forbidden('This invitation was sent to a different email address');
  const accepted = await c.prisma.storeMember.update({
    where: { id: row.id },
    data: { userId: user.id, acceptedAt: new Date(), invitationTokenHash: null, invitationExpiresAt: null },
    include: { ...withUser, store: true },
  });
  await recordAudit(c, { action: 'member.joined', storeId: row.storeId, userId: user.id, targetType: 'StoreMember', targetId: row.id, metadata: { role: row.role } });
  return { store: serializeStore(accepted.store, accepted.role), member: serializeMember(accepted) };
}

type Tx = PrismaNS.TransactionClient;

async function loadTarget(tx: Tx, actor: Membership, memberId: string) {
  const target = await tx.storeMember.findFirst({ where: { id: memberId, storeId: actor.storeId } });
  if (!target) throw AppError.notFound('Member');
  if (target.role === 'OWNER' && actor.role !== 'OWNER') throw AppError.forbidden('Only an owner can change or remove an owner');
  return target;
}

async function assertOtherOwnerRemains(tx: Tx, storeId: string, memberId: string): Promise<void> {
  // Lock the owner rows so two concurrent demotions cannot both see "another owner remains".
  await tx.$queryRaw`SELECT id FROM "StoreMember" WHERE "storeId" = ${storeId}::uuid AND role = 'OWNER' FOR UPDATE`;
  const others = await tx.storeMember.count({ where: { storeId, role: 'OWNER', acceptedAt: { not: null }, id: { not: memberId } } });
  if (others === 0) throw new AppError('CONFLICT', 'A store needs at least one owner; make someone else owner first');
}

export async function updateMemberRole(
  c: Container, actor: Membership & { userId: string }, memberId: string, role: TUserRole, ip: string,
): Promise<TMember> {
  if (role === 'OWNER' && actor.role !== 'OWNER') throw AppError.forbidden('Only an owner can make someone an owner');
  return c.prisma.$transaction(async (tx) => {
    const target = await loadTarget(tx, actor, memberId);
    if (target.role === 'OWNER' && role !== 'OWNER' && target.acceptedAt) await assertOtherOwnerRemains(tx, actor.storeId, target.id);
    const updated = await tx.storeMember.update({ where: { id: target.id }, data: { role }, include: withUser });
    if (target.role !== role) {
      await recordAudit(c, { action: 'member.role_changed', storeId: actor.storeId, userId: actor.userId, targetType: 'StoreMember', targetId: target.id, metadata: { from: target.role, to: role }, ip }, tx);
    }
    return serializeMember(updated);
  });
}

export async function removeMember(c: Container, actor: Membership & { userId: string }, memberId: string, ip: string): Promise<void> {
  await c.prisma.$transaction(async (tx) => {
    const target = await loadTarget(tx, actor, memberId);
    if (target.role === 'OWNER' && target.acceptedAt) await assertOtherOwnerRemains(tx, actor.storeId, target.id);
    await tx.storeMember.delete({ where: { id: target.id } });
    await recordAudit(c, { action: 'member.removed', storeId: actor.storeId, userId: actor.userId, targetType: 'StoreMember', targetId: target.id, metadata: { email: target.email, role: target.role }, ip }, tx);
  });
}
