// Named rate limits backed by Redis when configured (shared across instances), memory otherwise.
import type { Request, RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../app-error.js';

export const LIMITS = {
  default: { points: 300, duration: 60 },
  'auth-ip': { points: 20, duration: 15 * 60 },
  'auth-email': { points: 5, duration: 15 * 60 },
  'widget-start': { points: 20, duration: 60 },
  'widget-message-minute': { points: 10, duration: 60 },
  'widget-message-hour': { points: 100, duration: 60 * 60 },
  webhook: { points: 600, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;

export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly opts: { redis?: Redis; disabled?: boolean; prefix?: string }) {}

  private limiter(name: LimitName): RateLimiterAbstract {
    let l = this.limiters.get(name);
    if (!l) {
      const { points, duration } = LIMITS[name];
      const keyPrefix = `${this.opts.prefix ?? 'rl'}:${name}`;
      l = this.opts.redis
        ? new RateLimiterRedis({ storeClient: this.opts.redis, points, duration, keyPrefix, useRedisPackage: false })
        : new RateLimiterMemory({ points, duration, keyPrefix });
      this.limiters.set(name, l);
    }
    return l;
  }

  /** Spends one point for `key`; throws RATE_LIMITED (429 + Retry-After) when exhausted. */
  async consume(name: LimitName, key: string): Promise<void> {
    if (this.opts.disabled) return;
    try {
      await this.limiter(name).consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        throw new AppError('RATE_LIMITED', `Too many requests; try again in ${retryAfter} s`, { retryAfterSeconds: retryAfter }, {
          'Retry-After': String(retryAfter),
        });
      }
      throw err;
    }
  }

  /** Forgets `key` (e.g. after a successful login). */
  async reset(name: LimitName, key: string): Promise<void> {
    if (!this.opts.disabled) await this.limiter(name).delete(key);
  }

  middleware(name: string): RequestHandler {
    return async (req: Request, _res, next) => {
      await this.consume(name as LimitName, clientIp(req));
      next();
    };
  }
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
