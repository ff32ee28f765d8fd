// /v1/stores and settings over real HTTP against the real database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStore, signUp, storeWithTeam } from '../../test/merchants.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
});
after(() => t.close());

describe('stores', () => {
  it('creates a store with the caller as OWNER and default settings, and lists only own stores', async () => {
    const m = await signUp(t);
    const other = await signUp(t);
    await createStore(t, other.token, 'Not yours');
    const res = await t.api('/stores', { body: { name: '  Shop  ', domain: 'Shop.Example.com', platform: 'SHOPIFY' }, token: m.token });
    assert.equal(res.status, 201);
    assert.equal(res.body.name, 'Shop');
    assert.equal(res.body.domain, 'shop.example.com');
    assert.equal(res.body.role, 'OWNER');
    assert.deepEqual(res.body.widgetDomains, ['shop.example.com']);
    const member = await t.c.prisma.storeMember.findFirstOrThrow({ where: { storeId: res.body.id } });
    assert.equal(member.role, 'OWNER');
    assert.ok(member.acceptedAt);
    const settings = await t.api(`/stores/${res.body.id}/settings`, { token: m.token });
    assert.equal(settings.body.confidenceThreshold, 0.65);
    const list = await t.api('/stores', { token: m.token });
    assert.deepEqual(list.body.items.map((s: { id: string }) => s.id), [res.body.id]);
  });

  it('validates create and update bodies', async () => {
    const m = await signUp(t);
    const bad = await t.api('/stores', { body: { name: '', domain: 'not a domain', platform: 'EBAY', extra: 1 }, token: m.token });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.domain', 'body.extra', 'body.name', 'body.platform']);
    const store = await createStore(t, m.token);
    const badPatch = await t.api(`/stores/${store.id}`, { method: 'PATCH', body: { isActive: 'yes' }, token: m.token });
    assert.equal(badPatch.status, 400);
    assert.equal(badPatch.body.error.details[0].path, 'body.isActive');
  });

  it('reads and updates; plan changes are OWNER-only, agents cannot update', async () => {
    const { owner, admin, agent, store } = await storeWithTeam(t);
    const read = await t.api(`/stores/${store.id}`, { token: agent.token });
    assert.equal(read.status, 200);
    assert.equal(read.body.role, 'AGENT');
    const byAdmin = await t.api(`/stores/${store.id}`, { method: 'PATCH', body: { name: 'Renamed', domain: null, widgetDomains: ['a.example.com'] }, token: admin.token });
    assert.equal(byAdmin.status, 200);
    assert.equal(byAdmin.body.name, 'Renamed');
    assert.equal(byAdmin.body.domain, null);
    assert.equal((await t.api(`/stores/${store.id}`, { method: 'PATCH', body: { plan: 'SCALE' }, token: admin.token })).status, 403);
    assert.equal((await t.api(`/stores/${store.id}`, { method: 'PATCH', body: { name: 'x' }, token: agent.token })).status, 403);
    const plan = await t.api(`/stores/${store.id}`, { method: 'PATCH', body: { plan: 'SCALE' }, token: owner.token });
    assert.equal(plan.body.plan, 'SCALE');
  });

  it('deletes a store (OWNER only) with everything in it, leaving an audit row', async () => {
    const { owner, admin, store } = await storeWithTeam(t);
    await t.api(`/stores/${store.id}/products`, { body: { sku: 'A', name: 'A', price: 1 }, token: owner.token });
    assert.equal((await t.api(`/stores/${store.id}`, { method: 'DELETE', token: admin.token })).status, 403);
    assert.equal((await t.api(`/stores/${store.id}`, { method: 'DELETE', token: owner.token })).status, 204);
    assert.equal((await t.api(`/stores/${store.id}`, { token: owner.token })).status, 404);
    assert.equal(await t.c.prisma.product.count({ where: { storeId: store.id } }), 0);
    assert.equal(await t.c.prisma.storeMember.count({ where: { storeId: store.id } }), 0);
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'store.deleted', targetId: store.id, userId: owner.userId } }));
  });

  it('answers 404 for unknown and malformed store ids', async () => {
    const m = await signUp(t);
    assert.equal((await t.api('/stores/00000000-0000-4000-8000-000000000000', { token: m.token })).status, 404);
    assert.equal((await t.api('/stores/not-a-uuid', { token: m.token })).status, 404);
  });
});

describe('settings', () => {
  it('updates fields, merges widget config and keeps the rest', async () => {
    const { owner, store } = await storeWithTeam(t);
    const res = await t.api(`/stores/${store.id}/settings`, {
      method: 'PATCH', token: owner.token,
      body: {
        brandVoice: 'Playful', forbiddenTopics: ['politics'], confidenceThreshold: 0.8, handoffDestination: 'EMAIL', handoffEmail: 'Help@Shop.example',
        businessHoursStart: '08:30', businessHoursEnd: '20:00', businessHoursTimezone: 'America/Denver', highValueCartThreshold: 250.5,
        widgetConfig: { primaryColor: '#112233', greeting: 'Hello!' },
      },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.handoffEmail, 'help@shop.example');
    assert.equal(res.body.highValueCartThreshold, 250.5);
    assert.equal(res.body.widgetConfig.primaryColor, '#112233');
    assert.equal(res.body.widgetConfig.position, 'bottom-right');
    const second = await t.api(`/stores/${store.id}/settings`, { method: 'PATCH', token: owner.token, body: { widgetConfig: { position: 'bottom-left' } } });
    assert.equal(second.body.widgetConfig.primaryColor, '#112233', 'a partial widget update keeps earlier fields');
    assert.equal(second.body.widgetConfig.greeting, 'Hello!');
    assert.equal(second.body.brandVoice, 'Playful');
  });

  it('rejects out-of-range and malformed values with field paths', async () => {
    const { owner, store } = await storeWithTeam(t);
    const res = await t.api(`/stores/${store.id}/settings`, {
      method: 'PATCH', token: owner.token,
      body: { confidenceThreshold: 1.5, handoffDestination: 'PIGEON', businessHoursStart: '25:00', businessHoursTimezone: 'Mars/Olympus', widgetConfig: { primaryColor: 'red' } },
    });
    assert.equal(res.status, 400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.businessHoursStart', 'body.businessHoursTimezone', 'body.confidenceThreshold', 'body.handoffDestination', 'body.widgetConfig.primaryColor']);
  });

  it('encrypts helpdesk keys, returns them masked, merges per provider and removes with null', async () => {
    const { owner, admin, agent, store } = await storeWithTeam(t);
    const apiToken = 'zd-secret-token-0123456789abcd';
    const res = await t.api(`/stores/${store.id}/settings`, {
      method: 'PATCH', token: admin.token, body: { helpdesk: { zendesk: { subdomain: 'acme', email: 'ops@acme.test', apiToken }, freshdesk: { domain: 'acme.freshdesk.com', apiKey: 'fd-key-abcdefghijkl' } } },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.helpdesk.zendesk, { subdomain: 'acme', email: 'ops@acme.test', apiToken: '••••abcd' });
    assert.ok(!JSON.stringify(res.body).includes(apiToken));
    const row = await t.c.prisma.storeSettings.findUniqueOrThrow({ where: { storeId: store.id } });
    assert.ok(row.helpdeskConfigEncrypted && !row.helpdeskConfigEncrypted.includes(apiToken));
    assert.equal(row.helpdeskConfigKeyId, t.env.ENCRYPTION_ACTIVE_KEY_ID);
    const merged = await t.api(`/stores/${store.id}/settings`, { method: 'PATCH', token: owner.token, body: { helpdesk: { zendesk: { subdomain: 'acme2' }, freshdesk: null } } });
    assert.deepEqual(merged.body.helpdesk, { zendesk: { subdomain: 'acme2', email: 'ops@acme.test', apiToken: '••••abcd' } });
    const asAgent = await t.api(`/stores/${store.id}/settings`, { token: agent.token });
    assert.equal(asAgent.status, 200);
    assert.deepEqual(asAgent.body.helpdesk, merged.body.helpdesk);
    assert.equal((await t.api(`/stores/${store.id}/settings`, { method: 'PATCH', token: agent.token, body: { brandVoice: 'x' } })).status, 403);
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'settings.helpdesk_changed', storeId: store.id } }));
  });
});
