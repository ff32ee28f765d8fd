// Feeds hostile input to every write endpoint in the registry: malformed JSON, oversized
// bodies, wrong types, SQL/HTML injection and Unicode edge cases. No answer may be a 500, and a
// rejected request must not leave rows behind.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { z } from 'zod';
import type { RouteDef } from '../lib/http/route.js';
import { PASSWORD, storeWithTeam, uniqueEmail } from '../test/merchants.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { apiRoutes } from './routes.js';

const STRINGS = [
  "' OR '1'='1' --", '\'); DROP TABLE "User"; --', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '😀👍🏽‍🔥 𝕌𝕟𝕚𝕔𝕠𝕕𝕖 \u202Egnp.exe e\u0301\u0301 ﷽', 'a\u0000b', 'x\uD800y', '', '   ', 'x'.repeat(20_000), '${7*7}\r\nSet-Cookie: a=b',
];
const WRONG_TYPES: unknown[] = [-1, 1e308, true, null, [], { $ne: null }];

let t: TestApp;
let team: Awaited<ReturnType<typeof storeWithTeam>>;
const ids: Record<string, string> = {};
let n = 0;
const digits = () => `${Date.now()}${++n}`.slice(-12);

// Valid bodies for the routes this module owns, so one bad field at a time reaches the service.
const VALID: Record<string, () => unknown> = {
  'POST /auth/register': () => ({ email: uniqueEmail('fuzz'), password: PASSWORD, name: 'Fuzz' }),
  'POST /auth/login': () => ({ email: team.owner.email, password: PASSWORD }),
  'POST /auth/refresh': () => ({ refreshToken: 'r'.repeat(43) }),
  'POST /auth/logout': () => ({ refreshToken: 'r'.repeat(43) }),
  'POST /auth/forgot-password': () => ({ email: 'nobody@example.com' }),
  'POST /auth/reset-password': () => ({ token: 'r'.repeat(43), password: PASSWORD }),
  'POST /stores': () => ({ name: 'Fuzz store' }),
  'PATCH /stores/:storeId': () => ({ name: 'Renamed' }),
  'PATCH /stores/:storeId/settings': () => ({ brandVoice: 'Calm', widgetConfig: { greeting: 'Hi' }, helpdesk: { zendesk: { subdomain: 'acme' } } }),
  'POST /stores/:storeId/members/invite': () => ({ email: uniqueEmail('inv'), role: 'AGENT' }),
  'POST /invitations/accept': () => ({ token: 'r'.repeat(43) }),
  'PATCH /stores/:storeId/members/:memberId': () => ({ role: 'AGENT' }),
  'POST /stores/:storeId/products': () => ({ sku: `F-${digits()}`, name: 'Fuzz', price: 1 }),
  'PATCH /stores/:storeId/products/:productId': () => ({ name: 'Fuzzed' }),
  'POST /stores/:storeId/products/import': () => [{ sku: `I-${digits()}`, name: 'Imported', price: 2 }],
  'POST /stores/:storeId/channels': () => ({ type: 'WHATSAPP', config: { phoneNumberId: digits(), accessToken: 'EAAG-token-123456', appSecret: 'app-secret-123456', verifyToken: 'verify-123456' } }),
  'PATCH /stores/:storeId/channels/:channelId': () => ({ name: 'Renamed channel' }),
};
const EXTRA_KEYS: Record<string, string[]> = {
  'POST /stores/:storeId/products/import': ['0.sku', '0.name', '0.price', '0.tags', '0'],
  'PATCH /stores/:storeId/channels/:channelId': ['config.accessToken', 'config.phoneNumberId', 'config.smtpPort'],
};

type Def = { type?: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
function unwrap(s: z.ZodType): z.ZodType {
  for (let d = def(s); d.innerType || d.in; d = def(s)) s = (d.innerType ?? d.in)!;
  return s;
}
/** Field paths of an object schema, one level into nested objects; unions use the option matching `base`. */
function keysOf(schema: z.ZodType | undefined, base: unknown): string[] {
  if (!schema) return [];
  let s = unwrap(schema);
  const options = def(s).options;
  if (options) {
    const type = (base as { type?: string } | null)?.type;
    s = options.map(unwrap).find((o) => def(o).shape?.type && (def(o).shape!.type as unknown as { value?: string }).value === type)
      ?? options.map(unwrap).find((o) => def(o).shape) ?? s;
  }
  const shape = def(s).shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([k, v]) => {
    const inner = def(unwrap(v)).shape;
    return [k, ...(inner ? Object.keys(inner).map((sub) => `${k}.${sub}`) : [])];
  });
}
function setPath(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  const parts = path.split('.');
  let cur = copy;
  for (const p of parts.slice(0, -1)) {
    if (!cur[p] || typeof cur[p] !== 'object') cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts.at(-1)!] = value;
  return copy;
}

const TABLES = ['User', 'RefreshToken', 'PasswordResetToken', 'Store', 'StoreMember', 'StoreSettings', 'Channel', 'Product', 'OutboxMessage', 'Customer', 'Conversation', 'Message', 'Handoff', 'TrainingDoc', 'TrainingChunk', 'InboundEvent'];
async function snapshot(): Promise<string> {
  const sql = `SELECT ${TABLES.map((tb) => `(SELECT count(*) FROM "${tb}")::int AS "${tb}"`).join(', ')},
    (SELECT count(*) FROM "AuditLog" WHERE action <> 'auth.login_failed')::int AS "AuditLog"`;
  const rows = await t.c.prisma.$queryRawUnsafe<Record<string, number>[]>(sql);
  return JSON.stringify(rows[0]);
}

const label = (r: RouteDef) => `${r.method.toUpperCase()} ${r.path}`;
const pathFor = (r: RouteDef) => r.path.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? randomUUID());

before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
  team = await storeWithTeam(t);
  ids.storeId = team.store.id;
  ids.memberId = team.agent.memberId;
  ids.productId = (await t.api(`/stores/${team.store.id}/products`, { token: team.owner.token, body: { sku: 'BASE', name: 'Base', price: 1 } })).body.id;
  ids.channelId = (await t.api(`/stores/${team.store.id}/channels`, { token: team.owner.token, body: { type: 'WIDGET' } })).body.id;
});
after(() => t.close());

const writeRoutes = () => apiRoutes.filter((r) => r.method !== 'get');

let lastSnapshot = '';
async function send(r: RouteDef, init: { body?: unknown; rawBody?: string; headers?: Record<string, string> }, what: string) {
  // One count query per request: the state after the previous request is this one's "before".
  const before = lastSnapshot || (await snapshot());
  const res = await t.api(pathFor(r), { method: r.method.toUpperCase(), token: team.owner.token, ...init });
  assert.ok(res.status < 500, `${label(r)} ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  lastSnapshot = await snapshot();
  if (res.status >= 400) {
    assert.equal(lastSnapshot, before, `${label(r)} ${what}: rejected (${res.status}) but rows changed`);
    assert.ok(res.body?.error?.code, `${label(r)} ${what}: error body`);
  }
  const type = res.headers.get('content-type');
  if (type) assert.match(type, /^application\/json/, `${label(r)} ${what}: JSON, never HTML`);
  return res;
}

describe('bad input on every write endpoint', () => {
  it('malformed JSON → 400 INVALID_JSON; bodies over 1 MB → 413; nothing written', async () => {
    for (const r of writeRoutes()) {
      for (const raw of ['{"a":', '{\'single\': 1}', '[1,2', 'undefined', '\u0000']) {
        const res = await send(r, { rawBody: raw, headers: { 'content-type': 'application/json' } }, `raw ${JSON.stringify(raw)}`);
        assert.equal(res.status, 400, label(r));
        assert.equal(res.body.error.code, 'INVALID_JSON', label(r));
      }
      const big = await send(r, { rawBody: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }), headers: { 'content-type': 'application/json' } }, 'oversized');
      assert.equal(big.status, 413, label(r));
    }
  });

  it('wrong top-level types are refused by every route with a body schema', async () => {
    for (const r of writeRoutes().filter((x) => x.body)) {
      for (const value of [null, 42, 'text', true, [], [null], { __proto__: { admin: true } }]) {
        await send(r, { body: value }, `top-level ${JSON.stringify(value)}`);
      }
    }
  });

  it('wrong types, injection strings and Unicode edge cases in every field: no 500, no partial rows', async () => {
    let requests = 0;
    for (const r of writeRoutes().filter((x) => x.body)) {
      const key = label(r);
      const base = VALID[key];
      const fields = [...new Set([...keysOf(r.body, base?.()), ...(EXTRA_KEYS[key] ?? [])])];
      for (const field of fields) {
        for (const value of [...WRONG_TYPES, ...STRINGS]) {
          const res = await send(r, { body: setPath(base ? base() : {}, field, value) }, `${field}=${JSON.stringify(value).slice(0, 40)}`);
          requests++;
          // Stored strings come back exactly as sent (JSON-encoded, never interpreted).
          if (res.status < 300 && typeof value === 'string' && res.body?.[field] !== undefined && typeof res.body[field] === 'string' && value.trim() === value) {
            assert.equal(res.body[field], value, `${key} ${field} round-trip`);
          }
        }
      }
    }
    assert.ok(requests > 500, `sent ${requests}`);
    console.log(`fuzz requests: ${requests}`);
  });

  it('the store and its data are still intact', async () => {
    assert.equal((await t.api(`/stores/${team.store.id}/products/${ids.productId}`, { method: 'PATCH', token: team.owner.token, body: { inStock: true } })).status, 200);
    assert.equal((await t.api('/auth/login', { body: { email: team.owner.email, password: PASSWORD } })).status, 200);
  });
});
