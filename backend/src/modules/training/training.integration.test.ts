// Training API over real HTTP: CRUD, validation, permissions, tenancy, ingestion status and
// progress events on the dashboard socket, re-ingestion, retrain and the test probe.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import { ZTrainingDoc, ZTrainingTestResponse, type TTrainingDoc } from '@convix/shared/contracts';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { dashboardSocket, makeAgent, recorder, type Agent } from '../conversations/test-fixtures.js';
import { waitForDoc } from './test-fixtures.js';

describe('training API', () => {
  let t: TestApp;
  let storeId: string;
  let otherStoreId: string;
  let owner: Agent, agent: Agent, stranger: Agent;
  let site: Server;
  const sockets: Socket[] = [];
  const chunks = (docId: string) => t.c.prisma.trainingChunk.findMany({ where: { docId }, orderBy: { position: 'asc' } });
  const create = (body: unknown, token = owner.token) => t.api(`/stores/${storeId}/training`, { method: 'POST', body, token });

  before(async () => {
    t = await startTestApp();
    storeId = (await t.c.prisma.store.create({ data: { name: 'Acme Outfitters', settings: { create: {} } } })).id;
    otherStoreId = (await t.c.prisma.store.create({ data: { name: 'Other Shop', settings: { create: {} } } })).id;
    owner = await makeAgent(t.c, storeId, 'OWNER');
    agent = await makeAgent(t.c, storeId, 'AGENT');
    stranger = await makeAgent(t.c, otherStoreId, 'OWNER');
    site = createServer((req, res) => {
      res.setHeader('content-type', req.url === '/robots.txt' ? 'text/plain' : 'text/html');
      res.end(req.url === '/robots.txt' ? 'User-agent: *\nAllow: /' : '<html><head><title>Help</title></head><body><main><h1>Warranty</h1><p>Every tent has a two year warranty against defects.</p></main></body></html>');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  });
  after(async () => {
    sockets.forEach((s) => s.close());
    site?.close();
    await t?.close();
  });

  it('creates a doc, reports PENDING → PROCESSING → READY with rising progress on the dashboard socket', async () => {
    const dash = await dashboardSocket(t.baseUrl, agent.token, storeId);
    sockets.push(dash);
    const rec = recorder(dash, ['training:progress']);
    const res = await create({ type: 'POLICY', title: 'Returns policy', content: '# Returns\n\nYou can return unused items within 30 days for a full refund.\n\n# Exchanges\n\nSize exchanges are free.' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ZTrainingDoc.parse(res.body);
    assert.equal(res.body.status, 'PENDING');
    const ready = await rec.wait('training:progress', (p) => p.doc.id === res.body.id && p.doc.status === 'READY');
    assert.equal(ready.doc.progress, 100);
    assert.ok(ready.doc.chunkCount > 0);
    const seen = rec.of('training:progress').filter((p) => p.doc.id === res.body.id).map((p) => p.doc as TTrainingDoc);
    assert.equal(seen[0].status, 'PENDING');
    assert.ok(seen.some((d) => d.status === 'PROCESSING' && d.progress > 0 && d.progress < 100), JSON.stringify(seen.map((d) => `${d.status}:${d.progress}`)));
    const progress = seen.filter((d) => d.status === 'PROCESSING').map((d) => d.progress);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress only rises');
    assert.equal((await chunks(res.body.id)).length, ready.doc.chunkCount);
  });

  it('rejects invalid bodies with field errors', async () => {
    for (const body of [{ type: 'FAQ', title: '', content: 'x' }, { type: 'NOPE', title: 'x' }, { type: 'URL', url: 'ftp://x.example' }, { type: 'FAQ', title: 'x', content: 'y', extra: 1 }]) {
      const res = await create(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
    }
    const doc = (await create({ type: 'FAQ', title: 'Gift cards', content: 'Q: Do gift cards expire? A: Never.' })).body;
    assert.equal((await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'PATCH', body: { status: 'READY' }, token: owner.token })).status, 400);
    assert.equal((await t.api(`/stores/${storeId}/training/retrain`, { method: 'POST', body: { docIds: ['nope'] }, token: owner.token })).status, 400);
    assert.equal((await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: '' }, token: owner.token })).status, 400);
    assert.equal((await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: 'x', topK: 99 }, token: owner.token })).status, 400);
    await waitForDoc(t, storeId, owner.token, doc.id);
  });

  it('lets agents read and test but not manage (403); other merchants get 404', async () => {
    const doc = (await t.api(`/stores/${storeId}/training`, { token: agent.token })).body.items[0] as TTrainingDoc;
    assert.equal((await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: 'returns' }, token: agent.token })).status, 200);
    const manage: [string, string, unknown][] = [
      ['POST', '', { type: 'FAQ', title: 'x', content: 'y' }], ['PATCH', `/${doc.id}`, { title: 'x' }], ['DELETE', `/${doc.id}`, undefined],
      ['POST', '/retrain', {}], ['POST', '/upload', {}],
    ];
    for (const [method, p, body] of manage) {
      const res = await t.api(`/stores/${storeId}/training${p}`, { method, body, token: agent.token });
      assert.equal(res.status, 403, `${method} ${p}`);
    }
    for (const [method, p, body] of [['GET', '', undefined], ['POST', '/test', { query: 'returns' }], ...manage] as [string, string, unknown][]) {
      const res = await t.api(`/stores/${storeId}/training${p}`, { method, body, token: stranger.token });
      assert.equal(res.status, 404, `stranger ${method} ${p}`);
    }
    // A doc of this store addressed through the stranger's own store is not found either.
    assert.equal((await t.api(`/stores/${otherStoreId}/training/${doc.id}`, { method: 'PATCH', body: { title: 'x' }, token: stranger.token })).status, 404);
    assert.equal((await t.api(`/stores/${otherStoreId}/training/${doc.id}`, { method: 'DELETE', token: stranger.token })).status, 404);
    assert.equal((await t.api(`/stores/${otherStoreId}/training/retrain`, { method: 'POST', body: { docIds: [doc.id] }, token: stranger.token })).status, 404);
  });

  it('re-ingests on PATCH and replaces the chunks; retrieval sees only the new text', async () => {
    const doc = (await create({ type: 'FAQ', title: 'Shipping FAQ', content: 'Q: How long is delivery? A: Orders arrive in 3 to 5 business days.' })).body;
    await waitForDoc(t, storeId, owner.token, doc.id);
    const old = await chunks(doc.id);
    const res = await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'PATCH', body: { content: 'Q: How long is delivery? A: Orders arrive in 7 to 9 business days by llama caravan.' }, token: owner.token });
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'PENDING');
    const ready = await waitForDoc(t, storeId, owner.token, doc.id);
    assert.equal(ready.status, 'READY');
    const now = await chunks(doc.id);
    assert.ok(now.every((c) => !old.some((o) => o.id === c.id)), 'old chunk rows are gone');
    assert.match(now.map((c) => c.content).join(' '), /llama caravan/);
    const probe = await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: 'how long does delivery take', topK: 3 }, token: owner.token });
    assert.match(probe.body.chunks[0].content, /llama/);
    // Unchanged PATCH is a no-op (no re-ingestion).
    const same = await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'PATCH', body: { title: 'Shipping FAQ' }, token: owner.token });
    assert.equal(same.body.status, 'READY');
  });

  it('the test probe returns ranked chunks with sources, the answer, confidence and decision', async () => {
    const res = await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: 'how many days do I have to return unused items for a refund?', topK: 2 }, token: owner.token });
    assert.equal(res.status, 200);
    ZTrainingTestResponse.parse(res.body);
    assert.ok(res.body.chunks.length >= 1 && res.body.chunks.length <= 2);
    assert.equal(res.body.chunks[0].title, 'Returns policy');
    const scores = res.body.chunks.map((c: { score: number }) => c.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    assert.equal(res.body.decision.action, 'answer');
    assert.match(res.body.answer, /30 days/);
    assert.deepEqual(res.body.decision.sources.map((x: { title: string }) => x.title), ['Returns policy']);
    assert.ok(res.body.confidence.composite >= res.body.decision.threshold);
  });

  it('crawls URL sources, refuses content edits on them, and marks unreachable ones FAILED', async () => {
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/help`;
    const doc = (await create({ type: 'URL', url, options: { crawl: false } })).body;
    assert.equal(doc.title, `127.0.0.1/help`);
    const ready = await waitForDoc(t, storeId, owner.token, doc.id);
    assert.equal(ready.status, 'READY', ready.error ?? '');
    assert.match(ready.content, /two year warranty/);
    const edit = await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'PATCH', body: { content: 'x' }, token: owner.token });
    assert.equal(edit.status, 400);
    const dead = (await create({ type: 'URL', title: 'Dead', url: 'http://127.0.0.1:9/x' })).body;
    const failed = await waitForDoc(t, storeId, owner.token, dead.id);
    assert.equal(failed.status, 'FAILED');
    assert.match(failed.error ?? '', /127\.0\.0\.1:9/);
    assert.equal((await t.api(`/stores/${storeId}/training/${dead.id}`, { method: 'DELETE', token: owner.token })).status, 204);
  });

  it('builds one product catalog source from the products and refreshes it when products change', async () => {
    await t.c.prisma.product.create({ data: { storeId, sku: 'TENT-1', name: 'Ridge 2 Tent', price: 249, description: 'Two-person tent.' } });
    const doc = (await create({ type: 'PRODUCT_CATALOG' })).body;
    assert.equal(doc.title, 'Product catalog');
    assert.equal((await create({ type: 'PRODUCT_CATALOG' })).status, 409);
    assert.equal((await waitForDoc(t, storeId, owner.token, doc.id)).chunkCount, 1);
    const p = await t.api(`/stores/${storeId}/products`, { method: 'POST', body: { sku: 'MUG-1', name: 'Camp Mug', price: 15 }, token: owner.token });
    assert.equal(p.status, 201);
    const deadline = Date.now() + 15_000;
    while ((await t.c.prisma.trainingDoc.findUniqueOrThrow({ where: { id: doc.id } })).chunkCount !== 2) {
      assert.ok(Date.now() < deadline, 'catalog doc was not refreshed');
      await new Promise((r) => setTimeout(r, 100));
    }
    const mug = await t.c.prisma.$queryRawUnsafe<{ m: string | null }[]>(`SELECT "embeddingModel" AS m FROM "Product" WHERE sku = 'MUG-1'`);
    assert.equal(mug[0].m, t.c.ai.embedding.model);
  });

  it('retrains everything or only the given docs', async () => {
    const all = await t.api(`/stores/${storeId}/training/retrain`, { method: 'POST', body: {}, token: owner.token });
    assert.equal(all.status, 202);
    const count = (await t.api(`/stores/${storeId}/training`, { token: owner.token })).body.items.length;
    assert.equal(all.body.queued, count);
    for (const d of (await t.api(`/stores/${storeId}/training`, { token: owner.token })).body.items as TTrainingDoc[]) {
      assert.equal((await waitForDoc(t, storeId, owner.token, d.id)).status, 'READY', d.title);
    }
    const one = (await t.api(`/stores/${storeId}/training`, { token: owner.token })).body.items[0] as TTrainingDoc;
    const some = await t.api(`/stores/${storeId}/training/retrain`, { method: 'POST', body: { docIds: [one.id, one.id] }, token: owner.token });
    assert.deepEqual(some.body, { queued: 1 });
    assert.equal((await waitForDoc(t, storeId, owner.token, one.id)).status, 'READY');
  });

  it('deletes a doc with its chunks', async () => {
    const doc = (await create({ type: 'MANUAL', title: 'Care guide', content: 'Wash the jacket cold and tumble dry low to restore the water repellency.' })).body;
    await waitForDoc(t, storeId, owner.token, doc.id);
    assert.ok((await chunks(doc.id)).length > 0);
    assert.equal((await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'DELETE', token: owner.token })).status, 204);
    assert.equal((await chunks(doc.id)).length, 0);
    assert.equal((await t.api(`/stores/${storeId}/training/${doc.id}`, { method: 'DELETE', token: owner.token })).status, 404);
    const probe = await t.api(`/stores/${storeId}/training/test`, { method: 'POST', body: { query: 'how do I wash my jacket' }, token: owner.token });
    assert.ok(probe.body.chunks.every((c: { docId: string }) => c.docId !== doc.id));
  });
});
