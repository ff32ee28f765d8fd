// Sign-up, sign-in, token refresh, sign-out and "who am I". Login answers identically (same
// error, same argon2 work) whether or not the email exists.
import type { TAuthResponse, TLoginRequest, TMeResponse, TRegisterRequest } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { logger } from '../../lib/logger.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { rotate, revokeByToken, startFamily, type ClientInfo, type IssuedRefresh } from './refresh-tokens.js';
import { serializeUser } from './user.serializer.js';

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash to verify against when the user does not exist (equal timing). */
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('convix-dummy-password-for-timing-1');
  return dummyHash;
}

export interface AuthResult {
  body: TAuthResponse;
  refresh: IssuedRefresh;
}

async function issue(c: Container, user: { id: string; email: string; name: string; createdAt: Date }, refresh: IssuedRefresh): Promise<AuthResult> {
  const access = await c.auth.tokens.sign({ id: user.id, email: user.email });
  return {
    refresh,
    body: {
      user: serializeUser(user),
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
    },
  };
}

export async function register(c: Container, input: TRegisterRequest, client: ClientInfo): Promise<AuthResult> {
  await c.rateLimits.consume('auth-ip', `register:${client.ip}`);
  const passwordHash = await hashPassword(input.password);
  const existing = await c.prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError('ALREADY_EXISTS', 'An account with this email already exists');
  const user = await c.prisma.user.create({ data: { email: input.email, name: input.name, passwordHash, lastLoginAt: new Date() } });
  await recordAudit(c, { action: 'auth.register', userId: user.id, ip: client.ip });
  return issue(c, user, await startFamily(c, user.id, client));
}

export async function login(c: Container, input: TLoginRequest, client: ClientInfo): Promise<AuthResult> {
  await c.rateLimits.consume('auth-ip', `login:${client.ip}`);
  await c.rateLimits.consume('auth-email', `login:${input.email}`);
  const user = await c.prisma.user.findUnique({ where: { email: input.email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !ok) {
    logger.info('sign-in failed', { ip: client.ip });
    await recordAudit(c, { action: 'auth.login_failed', userId: user?.id ?? null, ip: client.ip });
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is incorrect');
  }
  await c.rateLimits.reset('auth-email', `login:${input.email}`);
  await c.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit(c, { action: 'auth.login', userId: user.id, ip: client.ip });
  return issue(c, user, await startFamily(c, user.id, client));
}

export async function refresh(c: Container, presented: string | undefined, client: ClientInfo): Promise<AuthResult> {
  if (!presented) throw AppError.unauthenticated('No refresh token');
  const next = await rotate(c, presented, client);
  const user = await c.prisma.user.findUnique({ where: { id: next.userId } });
  if (!user) throw new AppError('TOKEN_INVALID', 'Refresh token is invalid or expired');
  return issue(c, user, next);
}

export async function logout(c: Container, presented: string | undefined, userId?: string): Promise<void> {
  if (presented) await revokeByToken(c, presented, 'logout');
  if (userId) await recordAudit(c, { action: 'auth.logout', userId });
}

export async function me(c: Container, userId: string): Promise<TMeResponse> {
  const user = await c.prisma.user.findUnique({
    where: { id: userId },
    include: { memberships: { where: { acceptedAt: { not: null } }, include: { store: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } } },
  });
  // A valid token for a deleted user: treat as signed out.
  if (!user) throw AppError.unauthenticated();
  return { user: serializeUser(user), stores: user.memberships.map((m) => ({ id: m.store.id, name: m.store.name, role: m.role })) };
}
