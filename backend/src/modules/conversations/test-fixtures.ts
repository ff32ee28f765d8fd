// Shared fixtures for this module's integration tests: stores with knowledge, agents with
// tokens, widget starts and real socket.io-client connections.
import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import type { Container } from '../../container.js';
import { DEMO_KNOWLEDGE, DEMO_PRODUCTS } from '../../db/seed-data.js';
import type { TestApp } from '../../test/test-app.js';
import { ingestTrainingDoc } from '../ai/ingestion.service.js';
import { aiDeps } from './ai-engine.js';

export interface Agent { id: string; email: string; name: string; token: string }

export async function makeAgent(c: Container, storeId: string, role: 'OWNER' | 'ADMIN' | 'AGENT' = 'AGENT', name = `Agent ${randomBytes(2).toString('hex')}`): Promise<Agent> {
  const email = `${randomBytes(5).toString('hex')}@agents.test`;
  const user = await c.prisma.user.create({ data: { email, name, passwordHash: 'x' } });
  await c.prisma.storeMember.create({ data: { storeId, userId: user.id, email, role, acceptedAt: new Date() } });
  const { token } = await c.auth.tokens.sign({ id: user.id, email });
  return { id: user.id, email, name, token };
}

export interface StoreOpts {
  knowledge?: boolean;
  products?: boolean;
  widgetDomains?: string[];
  settings?: Record<string, unknown>;
  isActive?: boolean;
}

/** A store that is always "in hours" (00:00–00:00) unless settings say otherwise. */
export async function makeStore(c: Container, opts: StoreOpts = {}) {
  const store = await c.prisma.store.create({
    data: { name: 'Northwind Outfitters', widgetDomains: opts.widgetDomains ?? ['shop.example.com'], isActive: opts.isActive ?? true },
  });
  await c.prisma.storeSettings.create({ data: { storeId: store.id, businessHoursStart: '00:00', businessHoursEnd: '00:00', ...opts.settings } });
  const owner = await makeAgent(c, store.id, 'OWNER', 'Olivia Owner');
  if (opts.products) await c.prisma.product.createMany({ data: DEMO_PRODUCTS.map((p) => ({ ...p, storeId: store.id })) });
  if (opts.knowledge) {
    for (const d of DEMO_KNOWLEDGE) {
      const doc = await c.prisma.trainingDoc.create({ data: { storeId: store.id, type: d.type, title: d.title, content: d.content } });
      await ingestTrainingDoc(aiDeps(c), doc.id);
    }
  }
  return { store, owner };
}

export async function startWidget(t: TestApp, storeId: string, body: Record<string, unknown> = {}) {
  const res = await t.api(`/widget/${storeId}/conversation`, { method: 'POST', body });
  if (res.status !== 201) throw new Error(`widget start failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { conversation: { id: string; status: string }; visitorId: string; visitorToken: string };
}

export function sendMessage(t: TestApp, storeId: string, token: string, body: Record<string, unknown>) {
  return t.api(`/widget/${storeId}/message`, { method: 'POST', body, token });
}

async function connected(s: Socket): Promise<Socket> {
  await new Promise<void>((resolve, reject) => {
    s.once('connect', () => resolve());
    s.once('connect_error', (e) => reject(e));
  });
  return s;
}

export const dashboardSocket = (baseUrl: string, token: string, storeId: string) =>
  connected(connect(`${baseUrl}/dashboard`, { auth: { token, storeId }, transports: ['websocket'], forceNew: true }));
export const widgetSocket = (baseUrl: string, visitorToken: string, conversationId: string) =>
  connected(connect(`${baseUrl}/widget`, { auth: { visitorToken, conversationId }, transports: ['websocket'], forceNew: true }));

/** Records every payload of the named events, for later assertions and waits. */
export function recorder(s: Socket, events: string[]) {
  const seen: { event: string; payload: any }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  const waiters: (() => void)[] = [];
  for (const e of events) s.on(e, (payload) => { seen.push({ event: e, payload }); waiters.splice(0).forEach((w) => w()); });
  return {
    seen,
    of: (event: string) => seen.filter((x) => x.event === event).map((x) => x.payload),
    /** resolves with the first payload of `event` matching `pred` (already seen or future) */
    async wait(event: string, pred: (p: any) => boolean = () => true, timeoutMs = 8000): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = seen.find((x) => x.event === event && pred(x.payload));
        if (hit) return hit.payload;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting for ${event}; saw ${seen.map((x) => x.event).join(', ')}`);
        await new Promise<void>((resolve) => { const t = setTimeout(resolve, left); waiters.push(() => { clearTimeout(t); resolve(); }); });
      }
    },
  };
}

export function emitAck(s: Socket, event: string, payload: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return s.timeout(8000).emitWithAck(event, payload);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 8000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
