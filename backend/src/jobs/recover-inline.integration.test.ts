// After a crash of the embedded runtime, documents still PENDING/PROCESSING are ingested and
// shopper messages without an answer get one, once the process is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseEnv } from '../config/env.js';
import { createContainer, type Container } from '../container.js';
import { createLogger, setLogger } from '../lib/logger.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { recoverInlineWork } from './recover-inline.js';

setLogger(createLogger({ level: 'error', format: 'pretty' }));

describe('embedded restart recovery', { skip: process.env.REDIS_URL ? 'BullMQ keeps its jobs in Redis' : false }, () => {
  let db: TestDatabase;
  let c: Container;
  before(async () => {
    db = await createTestDatabase();
    c = await createContainer(parseEnv({ NODE_ENV: 'test' }), { db });
  });
  after(async () => {
    await c.close();
    await db.close();
  });

  it('re-queues unfinished ingestion and unanswered conversations, and finishes them', async () => {
    const p = c.prisma;
    const store = await p.store.create({ data: { name: 'Crashy', settings: { create: {} } } });
    const doc = await p.trainingDoc.create({
      data: { storeId: store.id, type: 'FAQ', title: 'Shipping', status: 'PROCESSING', content: 'Q: How long is shipping?\nA: Standard shipping takes 3 to 5 business days.' },
    });
    const customer = await p.customer.create({ data: { storeId: store.id, visitorId: 'v-crash-0001' } });
    const conv = await p.conversation.create({ data: { storeId: store.id, customerId: customer.id, channel: 'WIDGET' } });
    await p.message.create({ data: { storeId: store.id, conversationId: conv.id, role: 'CUSTOMER', content: 'How long is shipping?' } });

    await c.jobs.start();
    assert.deepEqual(await recoverInlineWork(c), { docs: 1, conversations: 1 });
    await c.jobs.drain(60_000);
    assert.equal((await p.trainingDoc.findUniqueOrThrow({ where: { id: doc.id } })).status, 'READY');
    const ai = await p.message.findMany({ where: { conversationId: conv.id, role: { in: ['AI', 'SYSTEM'] } } });
    assert.equal(ai.length, 1);
    // Nothing left to recover on the next boot.
    assert.deepEqual(await recoverInlineWork(c), { docs: 0, conversations: 0 });
  });
});
