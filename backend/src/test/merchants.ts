// Test helpers for the management API: sign up merchants, create stores, add members by role.
import { randomBytes } from 'node:crypto';
import type { TUserRole } from '@convix/shared/contracts';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct-horse-9';
let n = 0;
export const uniqueEmail = (prefix = 'user') => `${prefix}-${++n}-${randomBytes(3).toString('hex')}@example.com`;

export interface Merchant {
  userId: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

export async function signUp(t: TestApp, opts: { email?: string; password?: string; name?: string; headers?: Record<string, string> } = {}): Promise<Merchant> {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? PASSWORD;
  const res = await t.api('/auth/register', { body: { email, password, name: opts.name ?? 'Test Merchant' }, headers: opts.headers });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { userId: res.body.user.id, email: res.body.user.email, password, token: res.body.accessToken, refreshToken: res.body.refreshToken };
}

export async function createStore(t: TestApp, token: string, name = 'Test Store'): Promise<{ id: string; name: string }> {
  const res = await t.api('/stores', { body: { name }, token });
  if (res.status !== 201) throw new Error(`create store failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A signed-up user with an accepted membership of `role` in `storeId` (inserted directly). */
export async function addMember(t: TestApp, storeId: string, role: TUserRole): Promise<Merchant & { memberId: string }> {
  const m = await signUp(t, { email: uniqueEmail(role.toLowerCase()) });
  const row = await t.c.prisma.storeMember.create({ data: { storeId, userId: m.userId, email: m.email, role, acceptedAt: new Date() } });
  return { ...m, memberId: row.id };
}

/** An owner with a store plus an ADMIN and an AGENT in it. */
export async function storeWithTeam(t: TestApp) {
  const owner = await signUp(t, { email: uniqueEmail('owner') });
  const store = await createStore(t, owner.token);
  const admin = await addMember(t, store.id, 'ADMIN');
  const agent = await addMember(t, store.id, 'AGENT');
  return { owner, store, admin, agent, byRole: { OWNER: owner, ADMIN: admin, AGENT: agent } as Record<TUserRole, Merchant> };
}

/** The last dev-outbox mail to `to` (embedded mode stores mail in OutboxMessage). */
export async function lastMailTo(t: TestApp, to: string) {
  return t.c.prisma.outboxMessage.findFirst({ where: { kind: 'EMAIL', to }, orderBy: { createdAt: 'desc' } });
}

export function tokenFromMail(body: string, path: string): string {
  const m = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(body);
  if (!m) throw new Error(`no ${path} link in mail`);
  return decodeURIComponent(m[1]);
}
