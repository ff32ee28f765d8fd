// Access tokens: short-lived JWTs (HS256 via jose) with issuer, audience and a token type claim.
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { AppError } from '../../lib/app-error.js';
import type { AuthedUser } from '../../lib/http/route.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenConfig {
  secret: string;
  issuer: string;
  audience: string;
}

export class AccessTokens {
  private readonly key: Uint8Array;
  constructor(private readonly cfg: AccessTokenConfig) {
    this.key = new TextEncoder().encode(cfg.secret);
  }

  async sign(user: AuthedUser, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT({ email: user.email, typ: 'access' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(this.cfg.issuer)
      .setAudience(this.cfg.audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<AuthedUser> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.cfg.issuer,
        audience: this.cfg.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (payload.typ !== 'access' || typeof payload.sub !== 'string') throw new AppError('TOKEN_INVALID', 'Invalid access token');
      return { id: payload.sub, email: String(payload.email ?? '') };
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw new AppError('TOKEN_EXPIRED', 'Access token expired');
      throw new AppError('TOKEN_INVALID', 'Invalid access token');
    }
  }
}
