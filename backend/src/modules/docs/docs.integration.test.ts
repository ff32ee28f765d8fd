// /v1/openapi.json and /v1/docs come from the route registry: every route is documented.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { apiRoutes } from '../routes.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
});
after(() => t.close());

const oaPath = (p: string) => `/v1${p.replace(/:(\w+)/g, '{$1}')}`;

describe('API docs', () => {
  it('serves an OpenAPI 3.1 document with every registry route, its schemas and security', async () => {
    const res = await t.api('/openapi.json');
    assert.equal(res.status, 200);
    const doc = res.body;
    assert.equal(doc.openapi, '3.1.0');
    for (const r of apiRoutes) {
      const op = doc.paths[oaPath(r.path)]?.[r.method];
      assert.ok(op, `${r.method} ${r.path} documented`);
      assert.equal(Boolean(op.security), r.auth.kind !== 'public', `${r.method} ${r.path} security`);
      if (r.body) assert.ok(op.requestBody?.content, `${r.method} ${r.path} body`);
    }
    const register = doc.paths['/v1/auth/register'].post;
    assert.ok(register.requestBody.content['application/json'].schema.properties.password);
    assert.ok(register.responses['201'].content['application/json']);
    const importOp = doc.paths['/v1/stores/{storeId}/products/import'].post;
    assert.ok(importOp.requestBody.content['multipart/form-data']);
    assert.ok(doc.paths['/v1/stores/{storeId}'].get.parameters.some((p: { name: string; in: string }) => p.name === 'storeId' && p.in === 'path'));
    assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer');
  });

  it('serves a self-contained HTML reference listing every operation', async () => {
    const res = await fetch(`${t.baseUrl}/v1/docs`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await res.text();
    assert.ok(!/<script[^>]+src=|<link[^>]+href="http/i.test(html), 'no external assets');
    for (const r of apiRoutes) assert.ok(html.includes(`<code>${oaPath(r.path)}</code>`), `${r.method} ${r.path} listed`);
  });
});
