// Declarative routes: each module exports RouteDefs; the router mounts them, the OpenAPI
// document is generated from them, and the tenancy test walks them. A route's handler only
// parses (done here), calls a service, and returns what to send.
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Container } from '../../container.js';
import type { Permission } from './permissions.js';
import type { TUserRole } from '@convix/shared/contracts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type RouteAuth =
  | { kind: 'public' }
  | { kind: 'user' }
  /** Store-scoped: path has `:storeId`; non-members get 404, members without the permission 403. */
  | { kind: 'store'; permission: Permission };

export interface AuthedUser {
  id: string;
  email: string;
}

export interface Membership {
  storeId: string;
  role: TUserRole;
  memberId: string;
}

export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  req: Request;
  res: Response;
  c: Container;
  user: AuthedUser | null;
  membership: Membership | null;
  file?: { buffer: Buffer; originalname: string; mimetype: string; size: number };
}

export interface RouteDef<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express path below /v1, e.g. `/stores/:storeId/products/:productId`. */
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  body?: B;
  query?: Q;
  params?: P;
  /** Accepts one multipart file in field `file` (alongside JSON or form fields). */
  upload?: { maxBytes: number };
  status?: number;
  responses?: Record<number, z.ZodType>;
  /** Named limiter from lib/http/rate-limit.ts. */
  rateLimit?: string;
  handler: (ctx: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<unknown>;
}

/** Identity helper that keeps the handler's types tied to its schemas. */
export function defineRoute<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType>(
  def: RouteDef<B, Q, P>,
): RouteDef {
  return def as unknown as RouteDef;
}
