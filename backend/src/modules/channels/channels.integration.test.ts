// Channels over real HTTP: per-type validation, encryption at rest, masking, externalId
// uniqueness, partial config updates, audit rows, and connection tests against local fakes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fakeMetaGraph, fakeSmtp, fakeTwilio, type FakeServer } from '../../test/fake-providers.js';
import { storeWithTeam } from '../../test/merchants.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const SID = `AC${'a1'.repeat(16)}`;
const AUTH_TOKEN = 'f'.repeat(24) + '12345678';
const WA_TOKEN = 'EAAG-whatsapp-access-token-9876';
let t: TestApp;
let twilio: FakeServer;
let meta: FakeServer;
let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
let seq = 100000;
const digits = () => String(++seq) + String(Date.now()).slice(-6);

const whatsapp = (phoneNumberId = digits(), accessToken = WA_TOKEN) => ({
  type: 'WHATSAPP', config: { phoneNumberId, accessToken, appSecret: 'app-secret-0000-1111', verifyToken: 'verify-me-please' },
});
const sms = (authToken = AUTH_TOKEN) => ({ type: 'SMS', name: 'Texts', config: { accountSid: SID, authToken, phoneNumber: `+1415${digits().slice(-7)}` } });

before(async () => {
  twilio = await fakeTwilio({ [SID]: AUTH_TOKEN });
  meta = await fakeMetaGraph({});
  smtp = await fakeSmtp('mailer', 'smtp-password-1234');
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true', TWILIO_API_BASE_URL: twilio.url, META_GRAPH_BASE_URL: meta.url, API_URL: 'https://api.convix.test' });
});
after(async () => {
  await t.close();
  await Promise.all([twilio.close(), meta.close(), smtp.close()]);
});

describe('channels CRUD', () => {
  it('creates a channel: validated, encrypted at rest, masked in responses, with webhookUrl and audit', async () => {
    const { admin, store } = await storeWithTeam(t);
    const body = whatsapp();
    const res = await t.api(`/stores/${store.id}/channels`, { token: admin.token, body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.externalId, body.config.phoneNumberId);
    assert.equal(res.body.webhookUrl, 'https://api.convix.test/v1/webhooks/whatsapp');
    assert.equal(res.body.config.accessToken, '••••9876');
    assert.equal(res.body.config.phoneNumberId, body.config.phoneNumberId);
    assert.ok(!JSON.stringify(res.body).includes(WA_TOKEN));
    const row = await t.c.prisma.channel.findUniqueOrThrow({ where: { id: res.body.id } });
    assert.ok(row.configEncrypted && !row.configEncrypted.includes(WA_TOKEN) && !row.configEncrypted.includes('app-secret'));
    assert.equal(row.configKeyId, t.env.ENCRYPTION_ACTIVE_KEY_ID);
    assert.ok(!JSON.stringify(row.configMasked).includes(WA_TOKEN));
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'channel.created', targetId: res.body.id } }));
    const list = await t.api(`/stores/${store.id}/channels`, { token: admin.token });
    assert.equal(list.body.items.length, 1);
    const widget = await t.api(`/stores/${store.id}/channels`, { token: admin.token, body: { type: 'WIDGET' } });
    assert.equal(widget.status, 201);
    assert.equal(widget.body.webhookUrl, null);
    assert.equal(widget.body.name, 'Website chat');
  });

  it('validates config per type with field paths', async () => {
    const { owner, agent, store } = await storeWithTeam(t);
    const url = `/stores/${store.id}/channels`;
    const bad = await t.api(url, { token: owner.token, body: { type: 'SMS', config: { accountSid: 'nope', authToken: 'short', phoneNumber: '555', extra: 1 } } });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.config.accountSid', 'body.config.authToken', 'body.config.extra', 'body.config.phoneNumber']);
    assert.equal((await t.api(url, { token: owner.token, body: { type: 'FAX', config: {} } })).status, 400);
    assert.equal((await t.api(url, { token: owner.token, body: { type: 'WHATSAPP' } })).status, 400);
    assert.equal((await t.api(url, { token: agent.token, body: whatsapp() })).status, 403);
    assert.equal((await t.api(url, { token: agent.token })).status, 200, 'agents may read channels');
  });

  it('externalId is unique per type across stores (409)', async () => {
    const a = await storeWithTeam(t);
    const b = await storeWithTeam(t);
    const body = whatsapp();
    assert.equal((await t.api(`/stores/${a.store.id}/channels`, { token: a.owner.token, body })).status, 201);
    const clash = await t.api(`/stores/${b.store.id}/channels`, { token: b.owner.token, body });
    assert.equal(clash.status, 409);
    assert.equal(clash.body.error.code, 'CONFLICT');
    const email = { type: 'EMAIL', config: { inboundAddress: `Support-${digits()}@in.convix.test`, fromAddress: 'shop@example.com' } };
    assert.equal((await t.api(`/stores/${a.store.id}/channels`, { token: a.owner.token, body: email })).status, 201);
    const lower = { ...email, config: { ...email.config, inboundAddress: email.config.inboundAddress.toLowerCase() } };
    assert.equal((await t.api(`/stores/${b.store.id}/channels`, { token: b.owner.token, body: lower })).status, 409);
  });

  it('updates partially (secrets kept unless sent), re-validates, audits field names only, deletes', async () => {
    const { owner, store } = await storeWithTeam(t);
    const created = await t.api(`/stores/${store.id}/channels`, { token: owner.token, body: whatsapp() });
    const url = `/stores/${store.id}/channels/${created.body.id}`;
    const renamed = await t.api(url, { method: 'PATCH', token: owner.token, body: { name: 'WA main', isActive: false } });
    assert.equal(renamed.body.name, 'WA main');
    assert.equal(renamed.body.isActive, false);
    const newToken = 'EAAG-rotated-access-token-4321';
    const patched = await t.api(url, { method: 'PATCH', token: owner.token, body: { config: { accessToken: newToken } } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.config.accessToken, '••••4321');
    assert.equal(patched.body.config.verifyToken, '••••ease');
    const bad = await t.api(url, { method: 'PATCH', token: owner.token, body: { config: { phoneNumberId: 'abc' } } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.details[0].path, 'body.config.phoneNumberId');
    const audit = await t.c.prisma.auditLog.findFirst({ where: { action: 'channel.config_changed', targetId: created.body.id } });
    assert.deepEqual((audit?.metadata as { fields: string[] }).fields, ['accessToken']);
    assert.ok(!JSON.stringify(audit).includes(newToken));
    assert.equal((await t.api(url, { method: 'DELETE', token: owner.token })).status, 204);
    assert.equal((await t.api(url, { method: 'DELETE', token: owner.token })).status, 404);
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'channel.deleted', targetId: created.body.id } }));
  });
});

describe('channel connection test', () => {
  it('SMS: calls Twilio with basic auth; records success and failure', async () => {
    const { owner, store } = await storeWithTeam(t);
    const good = await t.api(`/stores/${store.id}/channels`, { token: owner.token, body: sms() });
    const res = await t.api(`/stores/${store.id}/channels/${good.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(res.status, 200);
    assert.equal(res.body.ok, true, res.body.message);
    assert.match(res.body.message, /Fake Shop/);
    const req = twilio.requests.at(-1)!;
    assert.equal(req.path, `/2010-04-01/Accounts/${SID}.json`);
    assert.equal(req.authorization, `Basic ${Buffer.from(`${SID}:${AUTH_TOKEN}`).toString('base64')}`);
    const row = await t.c.prisma.channel.findUniqueOrThrow({ where: { id: good.body.id } });
    assert.equal(row.lastTestOk, true);
    assert.ok(row.lastTestedAt);

    const wrong = await t.api(`/stores/${store.id}/channels`, { token: owner.token, body: sms('0'.repeat(32)) });
    const failed = await t.api(`/stores/${store.id}/channels/${wrong.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(failed.body.ok, false);
    const listed = await t.api(`/stores/${store.id}/channels`, { token: owner.token });
    const item = listed.body.items.find((c: { id: string }) => c.id === wrong.body.id);
    assert.equal(item.lastTestOk, false);
    assert.match(item.lastTestError, /rejected/);
  });

  it('WhatsApp/Messenger: calls the Graph API with the bearer token; provider errors never echo secrets', async () => {
    const { owner, store } = await storeWithTeam(t);
    const id = digits();
    const ch = await t.api(`/stores/${store.id}/channels`, { token: owner.token, body: whatsapp(id) });
    const failed = await t.api(`/stores/${store.id}/channels/${ch.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(failed.body.ok, false);
    assert.ok(!failed.body.message.includes(WA_TOKEN), failed.body.message);
    const row = await t.c.prisma.channel.findUniqueOrThrow({ where: { id: ch.body.id } });
    assert.ok(!row.lastTestError?.includes(WA_TOKEN));
    // Teach the fake this token and test again.
    const fakeTokens = await fakeMetaGraph({ [id]: WA_TOKEN });
    const t2 = await startTestApp({ RATE_LIMIT_DISABLED: 'true', META_GRAPH_BASE_URL: fakeTokens.url });
    try {
      const team2 = await storeWithTeam(t2);
      const ch2 = await t2.api(`/stores/${team2.store.id}/channels`, { token: team2.owner.token, body: whatsapp(id) });
      const ok = await t2.api(`/stores/${team2.store.id}/channels/${ch2.body.id}/test`, { method: 'POST', token: team2.owner.token });
      assert.equal(ok.body.ok, true, ok.body.message);
      assert.equal(fakeTokens.requests.at(-1)!.path, `/${id}?fields=id`);
      assert.equal(fakeTokens.requests.at(-1)!.authorization, `Bearer ${WA_TOKEN}`);
    } finally {
      await t2.close();
      await fakeTokens.close();
    }
  });

  it('EMAIL: dev outbox without SMTP; SMTP verify() against a real SMTP conversation; WIDGET ok', async () => {
    const { owner, store } = await storeWithTeam(t);
    const url = `/stores/${store.id}/channels`;
    const plain = await t.api(url, { token: owner.token, body: { type: 'EMAIL', config: { inboundAddress: `in-${digits()}@in.convix.test`, fromAddress: 'shop@example.com' } } });
    const outbox = await t.api(`${url}/${plain.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(outbox.body.ok, true);
    assert.match(outbox.body.message, /using the built-in dev outbox/);
    const smtpConfig = { inboundAddress: `in-${digits()}@in.convix.test`, fromAddress: 'shop@example.com', smtpHost: '127.0.0.1', smtpPort: smtp.port, smtpUser: 'mailer', smtpPassword: 'smtp-password-1234' };
    const withSmtp = await t.api(url, { token: owner.token, body: { type: 'EMAIL', config: smtpConfig } });
    assert.equal(withSmtp.body.config.smtpPassword, '••••1234');
    const verified = await t.api(`${url}/${withSmtp.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(verified.body.ok, true, verified.body.message);
    assert.equal(smtp.logins, 1);
    await t.api(`${url}/${withSmtp.body.id}`, { method: 'PATCH', token: owner.token, body: { config: { smtpPassword: 'wrong-password-0000' } } });
    const refused = await t.api(`${url}/${withSmtp.body.id}/test`, { method: 'POST', token: owner.token });
    assert.equal(refused.body.ok, false);
    assert.ok(!refused.body.message.includes('wrong-password-0000'));
    const widget = await t.api(url, { token: owner.token, body: { type: 'WIDGET', config: {} } });
    assert.equal((await t.api(`${url}/${widget.body.id}/test`, { method: 'POST', token: owner.token })).body.ok, true);
  });

  it('unreachable providers fail cleanly', async () => {
    const dead = await fakeTwilio({});
    await dead.close();
    const t3 = await startTestApp({ RATE_LIMIT_DISABLED: 'true', TWILIO_API_BASE_URL: dead.url });
    try {
      const team = await storeWithTeam(t3);
      const ch = await t3.api(`/stores/${team.store.id}/channels`, { token: team.owner.token, body: sms() });
      const res = await t3.api(`/stores/${team.store.id}/channels/${ch.body.id}/test`, { method: 'POST', token: team.owner.token });
      assert.equal(res.status, 200);
      assert.equal(res.body.ok, false);
      assert.match(res.body.message, /Could not connect/);
    } finally {
      await t3.close();
    }
  });
});
