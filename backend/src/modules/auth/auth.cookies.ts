// The refresh token cookie: httpOnly (no script access), SameSite=Strict (no cross-site sends),
// scoped to /v1/auth so it never rides along on ordinary API calls.
import type { Request, Response } from 'express';
import type { Env } from '../../config/env.js';
import { clientIp } from '../../lib/http/rate-limit.js';
import type { ClientInfo, IssuedRefresh } from './refresh-tokens.js';

export const REFRESH_COOKIE = 'convix_rt';
const PATH = '/v1/auth';

const secure = (env: Env) => env.NODE_ENV === 'production' || env.API_URL.startsWith('https:');

export function setRefreshCookie(res: Response, env: Env, refresh: IssuedRefresh): void {
  res.cookie(REFRESH_COOKIE, refresh.token, {
    httpOnly: true, sameSite: 'strict', secure: secure(env), path: PATH, expires: refresh.expiresAt,
  });
}

export function clearRefreshCookie(res: Response, env: Env): void {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: secure(env), path: PATH });
}

/** Body wins over cookie: non-browser clients send it explicitly. */
export function presentedRefreshToken(req: Request, bodyToken?: string): string | undefined {
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return bodyToken ?? (typeof cookie === 'string' && cookie.length <= 200 ? cookie : undefined);
}

export function clientInfo(req: Request): ClientInfo & { ip: string } {
  return { ip: clientIp(req), userAgent: req.header('user-agent') ?? null };
}
