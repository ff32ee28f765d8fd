// The HTTP foundation as a client sees it: health, error format, limits, request ids, CORS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { defineRoute } from './lib/http/route.js';
import { startTestApp, type TestApp } from './test/test-app.js';

const probeRoutes = [
  defineRoute({
    method: 'post', path: '/test/echo', summary: 'echo', tags: ['test'], auth: { kind: 'public' },
    body: z.strictObject({ name: z.string().min(2), age: z.number().int() }),
    handler: async ({ body }) => body,
  }),
  defineRoute({
    method: 'get', path: '/test/boom', summary: 'fails', tags: ['test'], auth: { kind: 'public' },
    handler: async () => {
      throw new Error('password=hunter2 at /srv/secret/db.ts:42');
    },
  }),
];

describe('HTTP foundation', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({}, { extraRoutes: probeRoutes });
  });
  after(() => t.close());

  it('answers /healthz and /readyz with the database (and Redis) checked', async () => {
    const health = await fetch(`${t.baseUrl}/healthz`);
    assert.equal(health.status, 200);
    const ready = await t.api('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.ok, true);
    assert.equal(ready.body.checks.database.ok, true);
    assert.equal(Boolean(ready.body.checks.redis), Boolean(process.env.REDIS_URL));
  });

  it('renders unknown routes, bad JSON and validation errors in the one error shape', async () => {
    const missing = await t.api('/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'NOT_FOUND');

    const badJson = await t.api('/test/echo', { method: 'POST', rawBody: '{"name": ', headers: { 'content-type': 'application/json' } });
    assert.equal(badJson.status, 400);
    assert.equal(badJson.body.error.code, 'INVALID_JSON');

    const invalid = await t.api('/test/echo', { body: { name: 'x', age: 'old', extra: 1 } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'VALIDATION_FAILED');
    const paths = invalid.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.age', 'body.extra', 'body.name']);

    const ok = await t.api('/test/echo', { body: { name: 'Ada', age: 36 } });
    assert.deepEqual(ok.body, { name: 'Ada', age: 36 });
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1_100_000), age: 1 });
    const res = await t.api('/test/echo', { method: 'POST', rawBody: big, headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'PAYLOAD_TOO_LARGE');
  });

  it('never leaks internals in a 500, but gives the request id', async () => {
    const res = await t.api('/test/boom', { headers: { 'x-request-id': 'req-12345678' } });
    assert.equal(res.status, 500);
    assert.equal(res.body.error.code, 'INTERNAL');
    assert.doesNotMatch(JSON.stringify(res.body), /hunter2|\/srv\/secret/);
    assert.equal(res.body.error.details.requestId, 'req-12345678');
    assert.equal(res.headers.get('x-request-id'), 'req-12345678');
  });

  it('allows CORS only for the dashboard origin and sets security headers', async () => {
    const allowed = await fetch(`${t.baseUrl}/v1/healthz`, { headers: { origin: 'http://localhost:3000' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    const denied = await fetch(`${t.baseUrl}/v1/healthz`, { headers: { origin: 'https://evil.example' } });
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    assert.ok(allowed.headers.get('content-security-policy'));
    assert.ok(allowed.headers.get('strict-transport-security'));
    assert.equal(allowed.headers.get('x-powered-by'), null);
  });
});
