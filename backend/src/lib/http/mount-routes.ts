// Turns RouteDefs into Express handlers: rate limit → authenticate → tenancy → upload → parse → handle.
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Container } from '../../container.js';
import { AppError } from '../app-error.js';
import { requestContext } from '../request-context.js';
import { can } from './permissions.js';
import type { AuthedUser, Membership, RouteDef } from './route.js';
import { unstorableText } from './unstorable-text.js';

const ZUuid = z.uuid();

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

async function authenticate(c: Container, req: Request): Promise<AuthedUser> {
  const token = bearerToken(req);
  if (!token) throw AppError.unauthenticated();
  const user = await c.auth.verifyAccessToken(token);
  const ctx = requestContext.getStore();
  if (ctx) ctx.userId = user.id;
  return user;
}

async function loadMembership(c: Container, userId: string, storeId: unknown): Promise<Membership> {
  // Malformed ids and stores the caller is not a member of look the same: 404, no existence leak.
  if (typeof storeId !== 'string' || !ZUuid.safeParse(storeId).success) throw AppError.notFound('Store');
  const member = await c.prisma.storeMember.findFirst({
    where: { storeId, userId, acceptedAt: { not: null } },
    select: { id: true, role: true, store: { select: { id: true } } },
  });
  if (!member) throw AppError.notFound('Store');
  return { storeId, role: member.role, memberId: member.id };
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: 'body' | 'query' | 'params'): z.infer<T> {
  if (!schema) return value as z.infer<T>;
  const unstorable = unstorableText(value, where);
  if (unstorable) throw new AppError('VALIDATION_FAILED', `Invalid request ${where}`, [unstorable]);
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw AppError.validation(result.error, where);
  return result.data;
}

function uploadMiddleware(maxBytes: number) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 50 } }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next();
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        return next(new AppError('PAYLOAD_TOO_LARGE', `File is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`));
      }
      next(new AppError('BAD_REQUEST', err instanceof Error ? err.message : 'Invalid upload'));
    });
  };
}

export function mountRoutes(c: Container, routes: RouteDef[]): Router {
  const router = express.Router();
  for (const route of routes) {
    const chain: express.RequestHandler[] = [];
    if (route.rateLimit) chain.push(c.rateLimits.middleware(route.rateLimit));
    // Who is calling is settled before any upload is buffered: anonymous or foreign callers
    // must not be able to make the server read megabytes into memory.
    chain.push(async (req, res, next) => {
      const user = route.auth.kind === 'public' ? null : await authenticate(c, req);
      let membership: Membership | null = null;
      if (route.auth.kind === 'store') {
        membership = await loadMembership(c, user!.id, req.params.storeId);
        if (!can(membership.role, route.auth.permission)) throw AppError.forbidden();
      }
      res.locals.caller = { user, membership };
      next();
    });
    if (route.upload) chain.push(uploadMiddleware(route.upload.maxBytes));
    chain.push(async (req, res) => {
      const { user, membership } = res.locals.caller as { user: AuthedUser | null; membership: Membership | null };
      const params = parse(route.params, req.params, 'params');
      const query = parse(route.query, req.query, 'query');
      // Multipart form fields arrive as strings; a JSON `payload` field carries structured ones.
      let rawBody = req.body;
      if (route.upload && req.is('multipart/form-data') && typeof rawBody?.payload === 'string') {
        try {
          rawBody = JSON.parse(rawBody.payload);
        } catch {
          throw new AppError('INVALID_JSON', 'Field "payload" is not valid JSON');
        }
      }
      const body = route.body ? parse(route.body, rawBody, 'body') : undefined;
      const file = (req as Request & { file?: RouteContextFile }).file;
      const result = await route.handler({ body, query, params, req, res, c, user, membership, file });
      if (res.headersSent) return;
      if (result === undefined) res.status(204).end();
      else res.status(route.status ?? 200).json(result);
    });
    router[route.method](route.path, ...chain);
  }
  return router;
}

type RouteContextFile = { buffer: Buffer; originalname: string; mimetype: string; size: number };
