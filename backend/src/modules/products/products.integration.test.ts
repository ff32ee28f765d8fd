// Product catalog over real HTTP: CRUD, search and cursor pages, JSON and CSV import with
// per-row errors and SKU upserts, and the embed job hand-off.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { defineJob } from '../../jobs/job.js';
import { storeWithTeam } from '../../test/merchants.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
const embedCalls: string[] = [];
before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
  // Stand-in for the AI module's job: registered the same way, so the hand-off is real.
  t.c.jobDefs.set('products.embed', defineJob({ name: 'products.embed', schema: z.object({ storeId: z.string() }), handler: async ({ storeId }) => void embedCalls.push(storeId) }));
});
after(() => t.close());

const csv = (text: string) => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'products.csv');
  return form;
};

describe('products CRUD', () => {
  it('creates, lists, updates (keeping omitted fields) and deletes', async () => {
    const { owner, agent, store } = await storeWithTeam(t);
    const base = `/stores/${store.id}/products`;
    const created = await t.api(base, { token: owner.token, body: { sku: 'TEE-1', name: 'Tee', description: 'Soft', price: 19.99, currency: 'eur', tags: ['cotton'], inStock: false } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.price, 19.99);
    assert.equal(created.body.currency, 'EUR');
    const patched = await t.api(`${base}/${created.body.id}`, { method: 'PATCH', token: owner.token, body: { name: 'Tee v2' } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.name, 'Tee v2');
    assert.equal(patched.body.description, 'Soft');
    assert.equal(patched.body.currency, 'EUR');
    assert.deepEqual(patched.body.tags, ['cotton']);
    assert.equal(patched.body.inStock, false);
    const list = await t.api(base, { token: agent.token });
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 1);
    assert.equal((await t.api(base, { token: agent.token, body: { sku: 'X', name: 'X', price: 1 } })).status, 403);
    assert.equal((await t.api(`${base}/${created.body.id}`, { method: 'DELETE', token: owner.token })).status, 204);
    assert.equal((await t.api(`${base}/${created.body.id}`, { method: 'DELETE', token: owner.token })).status, 404);
    await t.c.jobs.drain();
    assert.ok(embedCalls.includes(store.id), 'products.embed enqueued for the store');
  });

  it('validates bodies and refuses duplicate SKUs', async () => {
    const { owner, store } = await storeWithTeam(t);
    const base = `/stores/${store.id}/products`;
    const bad = await t.api(base, { token: owner.token, body: { sku: '', name: 'x', price: -1, currency: 'EURO', url: 'notaurl', color: 'red' } });
    assert.equal(bad.status, 400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.color', 'body.currency', 'body.price', 'body.sku', 'body.url']);
    assert.equal((await t.api(base, { token: owner.token, body: { sku: 'A', name: 'A', price: 1.005 } })).status, 400);
    assert.equal((await t.api(base, { token: owner.token, body: { sku: 'A', name: 'A', price: 1 } })).status, 201);
    const dup = await t.api(base, { token: owner.token, body: { sku: 'A', name: 'A again', price: 2 } });
    assert.equal(dup.status, 409);
    const b = await t.api(base, { token: owner.token, body: { sku: 'B', name: 'B', price: 2 } });
    assert.equal((await t.api(`${base}/${b.body.id}`, { method: 'PATCH', token: owner.token, body: { sku: 'A' } })).status, 409);
  });

  it('searches by name or SKU and pages with an opaque cursor', async () => {
    const { owner, store } = await storeWithTeam(t);
    const base = `/stores/${store.id}/products`;
    await t.api(`${base}/import`, { token: owner.token, body: Array.from({ length: 7 }, (_, i) => ({ sku: `S-${i}`, name: i % 2 ? `Red shoe ${i}` : `Blue hat ${i}`, price: i + 1 })) });
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.api(`${base}?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: owner.token });
      page.body.items.forEach((p) => seen.add(p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(seen.size, 7);
    const red = await t.api(`${base}?q=RED`, { token: owner.token });
    assert.equal(red.body.items.length, 3);
    const bySku = await t.api(`${base}?q=s-4`, { token: owner.token });
    assert.equal(bySku.body.items.length, 1);
    assert.equal((await t.api(`${base}?limit=500`, { token: owner.token })).status, 400);
    assert.equal((await t.api(`${base}?cursor=bogus`, { token: owner.token })).status, 400);
  });
});

describe('products import', () => {
  it('imports a JSON array: keeps valid rows, reports bad ones, re-import updates by SKU', async () => {
    const { owner, store } = await storeWithTeam(t);
    const url = `/stores/${store.id}/products/import`;
    const res = await t.api(url, { token: owner.token, body: [
      { sku: 'A', name: 'Alpha', price: 10, description: 'first' },
      { sku: 'B', name: '', price: 'x' },
      'not an object',
      { sku: 'C', name: 'Gamma', price: '5.50' },
    ] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual({ created: res.body.created, updated: res.body.updated, failed: res.body.failed }, { created: 2, updated: 0, failed: 2 });
    assert.deepEqual(res.body.errors.map((e: { row: number; sku: string | null }) => [e.row, e.sku]), [[2, 'B'], [3, null]]);
    assert.deepEqual(res.body.errors[0].errors.map((e: { path: string }) => e.path).sort(), ['name', 'price']);
    const again = await t.api(url, { token: owner.token, body: [{ sku: 'A', name: 'Alpha 2', price: 11 }, { sku: 'D', name: 'Delta', price: 1 }] });
    assert.deepEqual({ created: again.body.created, updated: again.body.updated, failed: again.body.failed }, { created: 1, updated: 1, failed: 0 });
    const a = await t.c.prisma.product.findFirstOrThrow({ where: { storeId: store.id, sku: 'A' } });
    assert.equal(a.name, 'Alpha 2');
    assert.equal(a.description, 'first', 'fields absent from the re-import are kept');
    assert.equal(await t.c.prisma.product.count({ where: { storeId: store.id } }), 3);
  });

  it('imports a CSV upload with friendly columns and reports row errors', async () => {
    const { owner, store } = await storeWithTeam(t);
    const url = `/stores/${store.id}/products/import`;
    const file = 'SKU,Name,Price,Tags,In Stock,Image URL,Handle\n' +
      'CSV-1,"Mug, large",12.5,kitchen;gift,yes,https://cdn.example.com/m.png,mug\n' +
      'CSV-2,Plate,abc,,no,,plate\n' +
      'CSV-3,"Bowl ""deluxe""",7,,maybe,,bowl\n';
    const res = await t.api(url, { token: owner.token, rawBody: csv(file) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.created, 1);
    assert.equal(res.body.failed, 2);
    assert.deepEqual(res.body.errors.map((e: { sku: string }) => e.sku), ['CSV-2', 'CSV-3']);
    const mug = await t.c.prisma.product.findFirstOrThrow({ where: { storeId: store.id, sku: 'CSV-1' } });
    assert.equal(mug.name, 'Mug, large');
    assert.deepEqual(mug.tags, ['kitchen', 'gift']);
    assert.equal(mug.price.toNumber(), 12.5);
    const fixed = await t.api(url, { token: owner.token, rawBody: csv('sku,name,price,instock\nCSV-1,Mug XL,13,false\nCSV-2,Plate,4,true\n') });
    assert.deepEqual([fixed.body.created, fixed.body.updated], [1, 1]);
  });

  it('refuses malformed CSV, an empty request and oversized files without writing anything', async () => {
    const { owner, store } = await storeWithTeam(t);
    const url = `/stores/${store.id}/products/import`;
    const broken = await t.api(url, { token: owner.token, rawBody: csv('sku,name,price\n"unterminated,x,1\n') });
    assert.equal(broken.status, 400);
    assert.equal((await t.api(url, { token: owner.token, body: {} })).status, 400);
    assert.equal((await t.api(url, { token: owner.token, body: { items: [] } })).status, 400);
    const big = await t.api(url, { token: owner.token, rawBody: csv(`sku,name,price\n${'x'.repeat(6 * 1024 * 1024)}`) });
    assert.equal(big.status, 413);
    assert.equal(await t.c.prisma.product.count({ where: { storeId: store.id } }), 0);
  });
});
