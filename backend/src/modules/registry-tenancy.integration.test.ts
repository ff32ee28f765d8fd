// Walks the whole route registry so a new route cannot forget its checks: every non-public
// route needs a token (401), every store-scoped route hides other merchants' stores (404) and
// refuses roles without its permission (403).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { roleWithout } from '../lib/http/permissions.js';
import { createStore, signUp, storeWithTeam } from '../test/merchants.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { apiRoutes } from './routes.js';

let t: TestApp;
let team: Awaited<ReturnType<typeof storeWithTeam>>;
let outsiderToken: string;

before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
  team = await storeWithTeam(t);
  const outsider = await signUp(t);
  await createStore(t, outsider.token, 'Outsider store'); // a merchant in good standing, just not of this store
  outsiderToken = outsider.token;
});
after(() => t.close());

const fill = (path: string, storeId: string) => path.replace(/:(\w+)/g, (_, name: string) => (name === 'storeId' ? storeId : randomUUID()));
const call = (route: (typeof apiRoutes)[number], token?: string) =>
  t.api(fill(route.path, team.store.id), { method: route.method.toUpperCase(), token, ...(route.method === 'get' ? {} : { body: {} }) });
const label = (r: (typeof apiRoutes)[number]) => `${r.method.toUpperCase()} ${r.path}`;

describe('route registry: authentication and tenancy', () => {
  it('scopes every /stores/:storeId route as a store route and vice versa', () => {
    // (Public routes such as the widget's may carry a storeId; they authenticate differently.)
    for (const r of apiRoutes) {
      assert.equal(r.path.startsWith('/stores/:storeId'), r.auth.kind === 'store', label(r));
    }
    assert.ok(apiRoutes.filter((r) => r.auth.kind === 'store').length >= 17);
  });

  it('every non-public route answers 401 without a token', async () => {
    for (const r of apiRoutes.filter((x) => x.auth.kind !== 'public')) {
      const res = await call(r);
      assert.equal(res.status, 401, label(r));
      assert.equal(res.body.error.code, 'UNAUTHENTICATED', label(r));
    }
  });

  it("every store route answers 404 to another merchant's token", async () => {
    for (const r of apiRoutes.filter((x) => x.auth.kind === 'store')) {
      const res = await call(r, outsiderToken);
      assert.equal(res.status, 404, label(r));
      assert.equal(res.body.error.message, 'Store not found', label(r));
    }
  });

  it('every store route answers 403 to a member whose role lacks the permission', async () => {
    let checked = 0;
    for (const r of apiRoutes) {
      if (r.auth.kind !== 'store') continue;
      const role = roleWithout(r.auth.permission);
      if (!role) continue; // every role has it
      const res = await call(r, team.byRole[role].token);
      assert.equal(res.status, 403, `${label(r)} as ${role}`);
      checked++;
    }
    assert.ok(checked >= 10, `checked ${checked}`);
    // Nothing was changed by all of the above.
    assert.equal((await t.api(`/stores/${team.store.id}`, { token: team.owner.token })).status, 200);
  });
});
