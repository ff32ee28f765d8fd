// Refresh tokens: opaque, hashed at rest, grouped in families (one per sign-in). Every use
// rotates the token; presenting an already-rotated one means it leaked, so the family dies.
import type { Container } from '../../container.js';
import type { Prisma as PrismaNS } from '../../generated/prisma/client.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, sha256 } from '../../lib/crypto/tokens.js';
import { logger } from '../../lib/logger.js';
import { recordAudit } from '../audit/audit.service.js';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_ACTIVE_FAMILIES = 5;

type Tx = PrismaNS.TransactionClient;

export interface IssuedRefresh {
  token: string;
  expiresAt: Date;
  familyId: string;
}

export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
}

async function insert(tx: Tx, userId: string, familyId: string, expiresAt: Date, client: ClientInfo): Promise<IssuedRefresh> {
  const token = randomToken(32);
  await tx.refreshToken.create({
    data: { userId, familyId, tokenHash: sha256(token), expiresAt, ip: client.ip ?? null, userAgent: client.userAgent?.slice(0, 300) ?? null },
  });
  return { token, expiresAt, familyId };
}

/** A new family (sign-in). Keeps at most MAX_ACTIVE_FAMILIES live ones, evicting the oldest. */
export async function startFamily(c: Container, userId: string, client: ClientInfo): Promise<IssuedRefresh> {
  return c.prisma.$transaction(async (tx) => {
    const now = new Date();
    const live = await tx.refreshToken.findMany({
      where: { userId, revokedAt: null, rotatedAt: null, expiresAt: { gt: now } },
      select: { familyId: true },
      // Every token of a family carries the family's absolute expiry, so this is sign-in order.
      orderBy: { expiresAt: 'asc' },
    });
    const evict = live.slice(0, Math.max(0, live.length - (MAX_ACTIVE_FAMILIES - 1))).map((t) => t.familyId);
    if (evict.length) {
      await tx.refreshToken.updateMany({ where: { familyId: { in: evict }, revokedAt: null }, data: { revokedAt: now, revokedReason: 'evicted' } });
    }
    const familyId = crypto.randomUUID();
    return insert(tx, userId, familyId, new Date(now.getTime() + REFRESH_TOKEN_TTL_MS), client);
  });
}

/** Exchanges a token for the next one in its family; reuse of a rotated token revokes the family. */
export async function rotate(c: Container, presented: string, client: ClientInfo): Promise<{ userId: string } & IssuedRefresh> {
  const row = await c.prisma.refreshToken.findUnique({ where: { tokenHash: sha256(presented) } });
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now) throw new AppError('TOKEN_INVALID', 'Refresh token is invalid or expired');
  if (row.rotatedAt) return reuseDetected(c, row.userId, row.familyId, client);

  const next = await c.prisma.$transaction(async (tx) => {
    // Compare-and-set: of two concurrent uses of one token only one may win.
    const won = await tx.refreshToken.updateMany({ where: { id: row.id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: now } });
    if (won.count !== 1) return null;
    // Absolute expiry: the family keeps the expiry of its first token, rotation never extends it.
    return insert(tx, row.userId, row.familyId, row.expiresAt, client);
  });
  if (!next) return reuseDetected(c, row.userId, row.familyId, client);
  return { userId: row.userId, ...next };
}

async function reuseDetected(c: Container, userId: string, familyId: string, client: ClientInfo): Promise<never> {
  await revokeFamily(c, familyId, 'reuse');
  logger.warn('refresh token reuse detected; family revoked', { userId, familyId, ip: client.ip });
  await recordAudit(c, { action: 'auth.refresh_reuse', userId, targetType: 'RefreshTokenFamily', targetId: familyId, ip: client.ip });
  throw new AppError('TOKEN_INVALID', 'Refresh token is invalid or expired');
}

export async function revokeFamily(c: Container, familyId: string, reason: string): Promise<void> {
  await c.prisma.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

/** Logout: revokes the family of the presented token (unknown tokens are silently ignored). */
export async function revokeByToken(c: Container, presented: string, reason: string): Promise<void> {
  const row = await c.prisma.refreshToken.findUnique({ where: { tokenHash: sha256(presented) }, select: { familyId: true } });
  if (row) await revokeFamily(c, row.familyId, reason);
}

export async function revokeAllForUser(tx: Tx, userId: string, reason: string): Promise<void> {
  await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}
