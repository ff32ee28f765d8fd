// Proves the hand-kept migration matches schema.prisma: every model can be created, read,
// updated and deleted through Prisma Client on a freshly migrated database.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { backendDir } from '../lib/paths.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import type { Prisma } from './client.js';

type Ids = Record<string, string>;
// Creation data per model, in dependency order; `ids` holds the ids created before.
const FIXTURES: [string, (ids: Ids) => Record<string, unknown>, Record<string, unknown>][] = [
  ['User', () => ({ email: 'crud@example.com', passwordHash: 'x', name: 'Crud' }), { name: 'Crud 2' }],
  ['Store', () => ({ name: 'Crud store', widgetDomains: ['a.example'] }), { plan: 'SCALE' }],
  ['StoreSettings', (ids) => ({ storeId: ids.Store, forbiddenTopics: ['x'], widgetConfig: { primaryColor: '#000000' } }), { confidenceThreshold: 0.7 }],
  ['StoreMember', (ids) => ({ storeId: ids.Store, userId: ids.User, email: 'crud@example.com', role: 'OWNER' }), { role: 'ADMIN' }],
  ['RefreshToken', (ids) => ({ userId: ids.User, familyId: ids.Store, tokenHash: 'h1', expiresAt: new Date() }), { revokedReason: 'test' }],
  ['PasswordResetToken', (ids) => ({ userId: ids.User, tokenHash: 'h2', expiresAt: new Date() }), { usedAt: new Date() }],
  ['Customer', (ids) => ({ storeId: ids.Store, email: 'shopper@example.com', phone: '+14155550123' }), { name: 'Sam' }],
  ['Channel', (ids) => ({ storeId: ids.Store, type: 'SMS', name: 'SMS', externalId: '+14155550100', configMasked: { a: 1 } }), { isActive: false }],
  ['Conversation', (ids) => ({ storeId: ids.Store, customerId: ids.Customer, channel: 'SMS', channelId: ids.Channel, cartValue: '12.50' }), { status: 'HANDED_OFF' }],
  ['Message', (ids) => ({ storeId: ids.Store, conversationId: ids.Conversation, role: 'CUSTOMER', content: 'hi', clientMessageId: 'c1' }), { deliveryStatus: 'delivered' }],
  ['Handoff', (ids) => ({ storeId: ids.Store, conversationId: ids.Conversation, trigger: 'EXPLICIT_REQUEST', summary: 'wants a person' }), { status: 'ACTIVE' }],
  ['TrainingDoc', (ids) => ({ storeId: ids.Store, type: 'FAQ', title: 'FAQ', content: 'Q: a\nA: b' }), { status: 'READY' }],
  ['TrainingChunk', (ids) => ({ storeId: ids.Store, docId: ids.TrainingDoc, position: 0, content: 'Q: a A: b', tokenCount: 4, embeddingModel: 'local' }), { position: 1 }],
  ['Product', (ids) => ({ storeId: ids.Store, sku: 'SKU-1', name: 'Thing', price: '19.99', tags: ['t'] }), { inStock: false }],
  ['InboundEvent', (ids) => ({ storeId: ids.Store, channel: 'SMS', providerMessageId: 'SM1', payload: { a: 1 } }), { status: 'PROCESSED' }],
  ['AuditLog', (ids) => ({ storeId: ids.Store, userId: ids.User, action: 'test' }), { action: 'test2' }],
  ['OutboxMessage', (ids) => ({ storeId: ids.Store, kind: 'EMAIL', to: 'a@example.com', body: 'b' }), { subject: 's' }],
];

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

describe(`schema.prisma ↔ migrations on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.close());

  it('has a fixture for every model in schema.prisma', () => {
    const schema = readFileSync(path.join(backendDir, 'prisma', 'schema.prisma'), 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]).sort();
    assert.deepEqual(FIXTURES.map(([m]) => m).sort(), models);
  });

  it('creates, reads, updates and deletes every model through Prisma Client', async () => {
    const ids: Ids = {};
    const prisma = db.prisma as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const [model, data, update] of FIXTURES) {
      const delegate = prisma[lowerFirst(model)];
      const created = await delegate.create({ data: data(ids) });
      ids[model] = created.id;
      const read = await delegate.findUniqueOrThrow({ where: { id: created.id } });
      assert.equal(read.id, created.id, model);
      const updated = await delegate.update({ where: { id: created.id }, data: update });
      for (const [k, v] of Object.entries(update)) {
        const got = updated[k];
        if (v instanceof Date) assert.ok(got instanceof Date, `${model}.${k}`);
        else assert.deepEqual(got, v, `${model}.${k}`);
      }
    }
    // Delete in reverse order, then the cascade from Store removes nothing left behind.
    for (const [model] of [...FIXTURES].reverse()) {
      await prisma[lowerFirst(model)].delete({ where: { id: ids[model] } });
      assert.equal(await prisma[lowerFirst(model)].count(), 0, model);
    }
  });

  it('keeps Decimal money exact and enforces the unique keys webhooks dedupe on', async () => {
    const p = db.prisma as Prisma;
    const store = await p.store.create({ data: { name: 'S' } });
    const product = await p.product.create({ data: { storeId: store.id, sku: 'X', name: 'X', price: '0.10' } });
    assert.equal(product.price.toString(), '0.1');
    await p.inboundEvent.create({ data: { channel: 'WHATSAPP', providerMessageId: 'wamid.1', payload: {} } });
    await assert.rejects(p.inboundEvent.create({ data: { channel: 'WHATSAPP', providerMessageId: 'wamid.1', payload: {} } }), /Unique constraint/);
  });
});
