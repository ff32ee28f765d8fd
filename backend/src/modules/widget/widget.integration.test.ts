import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { dashboardSocket, makeStore, recorder, sendMessage, startWidget, widgetSocket } from '../conversations/test-fixtures.js';

describe('widget API', () => {
  let t: TestApp;
  let storeId: string;
  let ownerToken: string;

  before(async () => {
    t = await startTestApp();
    const { store, owner } = await makeStore(t.c, { knowledge: true, products: true, widgetDomains: ['shop.example.com', 'localhost:5173'] });
    storeId = store.id;
    ownerToken = owner.token;
  });
  after(() => t.close());

  it('serves a cacheable config and 404s unknown, malformed and inactive stores', async () => {
    const res = await t.api(`/widget/${storeId}/config`);
    assert.equal(res.status, 200);
    assert.equal(res.body.storeName, 'Northwind Outfitters');
    assert.equal(res.body.config.position, 'bottom-right');
    assert.equal(typeof res.body.businessHours.open, 'boolean');
    assert.match(res.headers.get('cache-control') ?? '', /max-age=60/);
    const etag = res.headers.get('etag')!;
    assert.ok(etag);
    const again = await t.api(`/widget/${storeId}/config`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await t.api('/widget/00000000-0000-4000-8000-000000000000/config')).status, 404);
    assert.equal((await t.api('/widget/not-a-uuid/config')).status, 404);
    const { store: inactive } = await makeStore(t.c, { isActive: false });
    assert.equal((await t.api(`/widget/${inactive.id}/config`)).status, 404);
  });

  it('starts one conversation per visitor even when starts race', async () => {
    const visitorId = 'visitor_race_0001';
    const results = await Promise.all(Array.from({ length: 8 }, () => t.api(`/widget/${storeId}/conversation`, { method: 'POST', body: { visitorId } })));
    assert.deepEqual(results.map((r) => r.status), Array(8).fill(201));
    assert.equal(new Set(results.map((r) => r.body.conversation.id)).size, 1);
    assert.equal(await t.c.prisma.customer.count({ where: { storeId, visitorId } }), 1);
    const claims = await t.c.visitorTokens.verify(results[0]!.body.visitorToken, storeId);
    assert.equal(claims.visitorId, visitorId);
    await assert.rejects(t.c.visitorTokens.verify(results[0]!.body.visitorToken, '00000000-0000-4000-8000-000000000000'));
  });

  it('answers a shopper message within the wait, with the decision record, and fans out events', async () => {
    const w = await startWidget(t, storeId, { customer: { name: 'Sam' }, context: { pageUrl: 'https://shop.example.com/p/1' } });
    const dash = await dashboardSocket(t.baseUrl, ownerToken, storeId);
    const ws = await widgetSocket(t.baseUrl, w.visitorToken, w.conversation.id);
    const dRec = recorder(dash, ['message:new', 'conversation:updated']);
    const wRec = recorder(ws, ['message:new', 'typing', 'message:streaming']);
    try {
      const res = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'How long does standard shipping take?', clientMessageId: 'm-1' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.message.role, 'CUSTOMER');
      assert.equal(res.body.reply.role, 'AI');
      assert.match(res.body.reply.content, /3.5 business days/);
      assert.equal(res.body.reply.metadata.action, 'answer');
      assert.ok(res.body.reply.metadata.confidence.composite > 0);
      assert.deepEqual(res.body.reply.metadata.replyTo, [res.body.message.id]);
      assert.equal(res.body.conversation.status, 'OPEN');
      await wRec.wait('message:new', (p) => p.message.id === res.body.reply.id);
      await wRec.wait('message:new', (p) => p.message.id === res.body.message.id);
      await wRec.wait('message:streaming', (p) => p.done === true);
      await wRec.wait('typing', (p) => p.actor === 'ai' && p.isTyping === false);
      await dRec.wait('message:new', (p) => p.message.id === res.body.reply.id);
      await dRec.wait('conversation:updated', (p) => p.conversation.id === w.conversation.id);
      const conv = await t.c.prisma.conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
      assert.ok(conv.aiAnsweredThrough);
    } finally {
      dash.close();
      ws.close();
    }
  });

  it('retrying with the same clientMessageId returns the same result and stores nothing twice', async () => {
    const w = await startWidget(t, storeId);
    const body = { conversationId: w.conversation.id, content: 'What is your returns policy?', clientMessageId: 'retry-1' };
    const first = await sendMessage(t, storeId, w.visitorToken, body);
    const [a, b] = await Promise.all([sendMessage(t, storeId, w.visitorToken, body), sendMessage(t, storeId, w.visitorToken, body)]);
    for (const r of [a, b]) {
      assert.equal(r.status, 200);
      assert.equal(r.body.message.id, first.body.message.id);
      assert.equal(r.body.reply.id, first.body.reply.id);
    }
    await t.c.jobs.drain();
    assert.equal(await t.c.prisma.message.count({ where: { conversationId: w.conversation.id } }), 2);
  });

  it('returns history without internal notes, and honours ?after', async () => {
    const w = await startWidget(t, storeId);
    const r = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Do you ship to Canada?' });
    const note = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/notes`, { method: 'POST', body: { content: 'VIP, be nice' }, token: ownerToken });
    assert.equal(note.status, 201);
    const hist = await t.api(`/widget/${storeId}/conversations/${w.conversation.id}/messages`, { token: w.visitorToken });
    assert.equal(hist.status, 200);
    assert.deepEqual(hist.body.items.map((m: { role: string }) => m.role), ['CUSTOMER', 'AI']);
    assert.ok(hist.body.items.every((m: { isInternal: boolean }) => !m.isInternal));
    const later = await t.api(`/widget/${storeId}/conversations/${w.conversation.id}/messages?after=${r.body.message.id}`, { token: w.visitorToken });
    assert.deepEqual(later.body.items.map((m: { id: string }) => m.id), [r.body.reply.id]);
    // Another visitor cannot read it.
    const other = await startWidget(t, storeId);
    assert.equal((await t.api(`/widget/${storeId}/conversations/${w.conversation.id}/messages`, { token: other.visitorToken })).status, 404);
    assert.equal((await t.api(`/widget/${storeId}/conversations/${w.conversation.id}/messages`)).status, 401);
  });

  it('limits CORS to the store widget domains and the API itself', async () => {
    const ok = await t.api(`/widget/${storeId}/config`, { headers: { origin: 'https://shop.example.com' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://shop.example.com');
    const port = await t.api(`/widget/${storeId}/config`, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(port.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const pre = await fetch(`${t.baseUrl}/v1/widget/${storeId}/message`, {
      method: 'OPTIONS', headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const bad = await t.api(`/widget/${storeId}/conversation`, { method: 'POST', body: {}, headers: { origin: 'https://evil.example.net' } });
    assert.equal(bad.status, 403);
    assert.equal(bad.headers.get('access-control-allow-origin'), null);
    const self = await t.api(`/widget/${storeId}/config`, { headers: { origin: t.baseUrl } });
    assert.equal(self.headers.get('access-control-allow-origin'), t.baseUrl);
  });

  it('rate-limits messages per visitor with a clear 429 and Retry-After', async () => {
    const w = await startWidget(t, storeId);
    // Handed off, so each message returns 202 at once (no AI wait).
    await t.c.prisma.conversation.update({ where: { id: w.conversation.id }, data: { status: 'HANDED_OFF' } });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 11; i++) {
      last = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: `message ${i}` });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(202));
    assert.equal(last!.status, 429);
    assert.equal(last!.body.error.code, 'RATE_LIMITED');
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    // Another visitor is unaffected.
    const other = await startWidget(t, storeId);
    await t.c.prisma.conversation.update({ where: { id: other.conversation.id }, data: { status: 'HANDED_OFF' } });
    assert.equal((await sendMessage(t, storeId, other.visitorToken, { conversationId: other.conversation.id, content: 'hi' })).status, 202);
  });

  it('rejects messages without a valid visitor token or for another store', async () => {
    const w = await startWidget(t, storeId);
    assert.equal((await sendMessage(t, storeId, '', { conversationId: w.conversation.id, content: 'x' })).status, 401);
    const { store: other } = await makeStore(t.c);
    assert.equal((await sendMessage(t, other.id, w.visitorToken, { conversationId: w.conversation.id, content: 'x' })).status, 401);
  });

  it('serves widget.js and a demo page embedding it', async () => {
    const js = await fetch(`${t.baseUrl}/v1/widget.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.match(await js.text(), /data-store-id/);
    const client = await fetch(`${t.baseUrl}/socket.io/socket.io.min.js`); // the widget's live channel
    assert.equal(client.status, 200);
    const demo = await fetch(`${t.baseUrl}/v1/widget/${storeId}/demo`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), new RegExp(`src="/v1/widget.js" data-store-id="${storeId}"`));
  });
});
