// TODO: REPLACE WITH API — POST /v1/auth/login
// TODO: REPLACE WITH API — POST /v1/auth/register
// TODO: REPLACE WITH API — POST /v1/auth/forgot-password
// TODO: REPLACE WITH API — GET /v1/auth/me
import type { TAuthResponse, TForgotPasswordRequest, TLoginRequest, TMeResponse, TRegisterRequest } from '@convix/shared/contracts';
import { ApiError } from '@/lib/api-client';
import { getDb } from './db';

function session(user: TAuthResponse['user']): TAuthResponse {
  const in15m = new Date(Date.now() + 15 * 60_000).toISOString();
  const in30d = new Date(Date.now() + 30 * 86_400_000).toISOString();
  return { user, accessToken: `mock.${crypto.randomUUID()}`, accessTokenExpiresAt: in15m, refreshToken: `mock.${crypto.randomUUID()}`, refreshTokenExpiresAt: in30d };
}

export function login(req: TLoginRequest): TAuthResponse {
  // Demo rule so the error state can be seen: any password containing "wrong" fails.
  if (req.password.includes('wrong')) throw new ApiError('INVALID_CREDENTIALS', 'That email and password do not match.', 401);
  const u = getDb().user;
  return session({ ...u, email: req.email });
}

export function register(req: TRegisterRequest): TAuthResponse {
  if (req.email === 'taken@example.com') throw new ApiError('ALREADY_EXISTS', 'An account with this email already exists.', 409);
  return session({ id: crypto.randomUUID(), email: req.email, name: req.name, createdAt: new Date().toISOString() });
}

export const forgotPassword = (req: TForgotPasswordRequest) => (void req, { ok: true as const });

export function me(): TMeResponse {
  const db = getDb();
  return { user: db.user, stores: [{ id: db.store.id, name: db.store.name, role: 'OWNER' }] };
}
