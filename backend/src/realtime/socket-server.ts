// Socket.io: /dashboard (agents, authenticated with an access token + store membership) and
// /widget (one shopper's conversation, authenticated with a visitor token). Domain events are
// fanned out through event-map.ts; with REDIS_URL the Redis adapter spans instances.
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server, type Namespace, type Socket } from 'socket.io';
import { DashboardToServer, ZDashboardAuth, ZWidgetAuth, type AckFn } from '@convix/shared/realtime';
import type { Container } from '../container.js';
import { AppError } from '../lib/app-error.js';
import { logger } from '../lib/logger.js';
import { mapEvent, rooms } from './event-map.js';

export const SOCKET_IO_KEY = 'socket.io';

export interface DashboardSocketData { userId: string; storeId: string; role: string }
export interface WidgetSocketData { storeId: string; conversationId: string; customerId: string }

/** Client → server handlers that domain modules contribute (e.g. agent:message). */
export type DashboardHandler = (c: Container, socket: Socket, payload: unknown) => Promise<Record<string, unknown> | void>;
export const dashboardHandlers = new Map<string, DashboardHandler>();

function toAckError(err: unknown) {
  if (err instanceof AppError) return { ok: false as const, error: { code: err.code, message: err.message, details: err.details } };
  logger.error('socket handler failed', { err });
  return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'Something went wrong' } };
}

function handle(c: Container, socket: Socket, event: string, fn: (payload: unknown) => Promise<Record<string, unknown> | void>) {
  socket.on(event, async (payload: unknown, ack?: AckFn) => {
    try {
      const result = await fn(payload);
      if (typeof ack === 'function') ack({ ok: true, ...(result ?? {}) });
    } catch (err) {
      if (typeof ack === 'function') ack(toAckError(err));
    }
  });
}

function parsePayload<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) {
    throw new AppError('VALIDATION_FAILED', 'Invalid event payload', r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
  return r.data;
}

/** Handshake middleware: `resolve` returns the socket's data or throws; errors reach the client
 *  as connect_error with `data.code`. */
function authenticateWith(resolve: (handshake: unknown) => Promise<Record<string, unknown>>) {
  return async (socket: Socket, next: (err?: Error) => void) => {
    try {
      socket.data = await resolve(socket.handshake.auth);
      next();
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('UNAUTHENTICATED', 'Authentication failed');
      next(Object.assign(new Error(e.message), { data: { code: e.code } }));
    }
  };
}

function setupDashboard(c: Container, nsp: Namespace): void {
  nsp.use(authenticateWith(async (handshake) => {
    const auth = parsePayload(ZDashboardAuth, handshake);
    const user = await c.auth.verifyAccessToken(auth.token);
    const member = await c.prisma.storeMember.findFirst({ where: { storeId: auth.storeId, userId: user.id, acceptedAt: { not: null } } });
    if (!member) throw AppError.notFound('Store');
    return { userId: user.id, storeId: auth.storeId, role: member.role } satisfies DashboardSocketData;
  }));
  nsp.on('connection', (socket) => {
    const data = socket.data as DashboardSocketData;
    void socket.join(rooms.store(data.storeId));
    handle(c, socket, 'agent:join-conversation', async (payload) => {
      const { conversationId } = parsePayload(DashboardToServer['agent:join-conversation'], payload);
      const conv = await c.prisma.conversation.findFirst({ where: { id: conversationId, storeId: data.storeId }, select: { id: true } });
      if (!conv) throw AppError.notFound('Conversation');
      await socket.join(rooms.conversation(conversationId));
      const joiner = dashboardHandlers.get('agent:join-conversation');
      return joiner ? await joiner(c, socket, payload) : undefined;
    });
    handle(c, socket, 'typing', async (payload) => {
      const t = parsePayload(DashboardToServer.typing, payload);
      const conv = await c.prisma.conversation.findFirst({ where: { id: t.conversationId, storeId: data.storeId }, select: { id: true } });
      if (!conv) throw AppError.notFound('Conversation');
      c.events.emit('typing', { storeId: data.storeId, conversationId: t.conversationId, isTyping: t.isTyping, actor: 'agent', name: t.name });
    });
    for (const [event, fn] of dashboardHandlers) {
      if (event === 'agent:join-conversation') continue;
      handle(c, socket, event, (payload) => fn(c, socket, payload));
    }
  });
}

function setupWidget(c: Container, nsp: Namespace): void {
  nsp.use(authenticateWith(async (handshake) => {
    const auth = parsePayload(ZWidgetAuth, handshake);
    const claims = await c.visitorTokens.verify(auth.visitorToken);
    const conv = await c.prisma.conversation.findFirst({
      where: { id: auth.conversationId, storeId: claims.storeId, customerId: claims.customerId }, select: { id: true },
    });
    if (!conv) throw AppError.notFound('Conversation');
    return { storeId: claims.storeId, conversationId: auth.conversationId, customerId: claims.customerId } satisfies WidgetSocketData;
  }));
  nsp.on('connection', (socket) => {
    const data = socket.data as WidgetSocketData;
    void socket.join(rooms.conversation(data.conversationId));
    handle(c, socket, 'typing', async (payload) => {
      const t = parsePayload(DashboardToServer.typing, payload);
      if (t.conversationId !== data.conversationId) throw AppError.forbidden();
      c.events.emit('typing', { storeId: data.storeId, conversationId: data.conversationId, isTyping: t.isTyping, actor: 'customer' });
    });
  });
}

/** What closeRealtime must undo, kept beside the server it belongs to. */
const teardown = new WeakMap<Server, { detach: () => void; redis: { quit(): Promise<unknown> }[] }>();

export async function attachRealtime(c: Container, httpServer: HttpServer): Promise<Server> {
  const io = new Server(httpServer, {
    cors: { origin: true, credentials: true },
    serveClient: true, // /socket.io/socket.io.min.js for the plain-JS widget
    pingInterval: 25_000,
    pingTimeout: 20_000,
  });
  const redis: { quit(): Promise<unknown> }[] = [];
  if (c.redis) {
    const pub = c.redis.duplicate();
    const sub = c.redis.duplicate();
    for (const r of [pub, sub]) r.on('error', (err) => logger.warn('socket.io redis adapter connection error', { err: err.message }));
    io.adapter(createAdapter(pub, sub, { key: SOCKET_IO_KEY }));
    redis.push(pub, sub);
  }
  setupDashboard(c, io.of('/dashboard'));
  setupWidget(c, io.of('/widget'));
  const detach = c.events.onAny((name, payload) => {
    for (const e of mapEvent(name, payload)) io.of(e.nsp).to(e.room).emit(e.event, e.payload);
  });
  teardown.set(io, { detach, redis });
  return io;
}

/** Stops fan-out first (jobs still finishing must not publish into a closed adapter), then
 *  closes sockets and the adapter's Redis connections. */
export async function closeRealtime(io: Server): Promise<void> {
  const t = teardown.get(io);
  t?.detach();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  await Promise.all((t?.redis ?? []).map((r) => r.quit().catch(() => undefined)));
}
