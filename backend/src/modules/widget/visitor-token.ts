// Visitor tokens let an anonymous shopper's widget talk to exactly one store as one visitor.
// Signed JWTs (jose, HS256) with a distinct audience so they can never pass as access tokens.
import { jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../lib/app-error.js';

const AUDIENCE = 'convix-widget';
const TTL_SECONDS = 30 * 24 * 3600;

export interface VisitorClaims {
  storeId: string;
  visitorId: string;
  customerId: string;
}

export class VisitorTokens {
  private readonly key: Uint8Array;
  constructor(secret: string, private readonly issuer: string) {
    this.key = new TextEncoder().encode(`${secret}:widget`);
  }

  sign(claims: VisitorClaims): Promise<string> {
    return new SignJWT({ sid: claims.storeId, cid: claims.customerId, typ: 'visitor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.visitorId)
      .setIssuer(this.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${TTL_SECONDS}s`)
      .sign(this.key);
  }

  async verify(token: string, storeId?: string): Promise<VisitorClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: this.issuer, audience: AUDIENCE });
      if (payload.typ !== 'visitor' || typeof payload.sub !== 'string') throw new Error('wrong type');
      const claims = { storeId: String(payload.sid), visitorId: payload.sub, customerId: String(payload.cid) };
      if (storeId && claims.storeId !== storeId) throw new Error('wrong store');
      return claims;
    } catch {
      throw new AppError('UNAUTHENTICATED', 'Invalid or expired visitor token');
    }
  }
}
