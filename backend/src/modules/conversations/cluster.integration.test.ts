// Multi-instance behaviour over real Redis: socket fan-out between API instances (Redis
// adapter) and BullMQ re-delivery of a job whose worker died. Skipped without REDIS_URL.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../app.js';
import { parseEnv } from '../../config/env.js';
import { createContainer, type Container } from '../../container.js';
import { BullmqQueue } from '../../jobs/bullmq-queue.js';
import { attachRealtime, closeRealtime } from '../../realtime/socket-server.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import '../../test/test-app.js'; // quiet test logger
import { setAiEngine } from './ai-engine.js';
import { postShopperMessage } from './shopper-message.service.js';
import { dashboardSocket, emitAck, makeAgent, makeStore, recorder, until, widgetSocket } from './test-fixtures.js';

const REDIS = process.env.REDIS_URL;

interface Instance { c: Container; baseUrl: string; close(): Promise<void> }

/** An API instance (HTTP + Socket.io + workers) over a shared database and Redis prefix. */
async function startInstance(db: TestDatabase, prefix: string, opts: { workers?: boolean } = {}): Promise<Instance> {
  const env = parseEnv({ NODE_ENV: 'test', PORT: '0', REDIS_URL: REDIS, DEBOUNCE_MS: '0', REPLY_WAIT_MS: '5000' });
  const c = await createContainer(env, { db, redisPrefix: prefix });
  if (opts.workers !== false) await c.jobs.start();
  const server: HttpServer = createServer(createApp(c));
  const io = await attachRealtime(c, server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    c, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await closeRealtime(io);
      await new Promise<void>((r) => server.close(() => r()));
      await c.close();
    },
  };
}

describe('cluster (Redis)', { skip: REDIS ? false : 'REDIS_URL not set' }, () => {
  let db: TestDatabase;
  const prefix = `t${randomBytes(4).toString('hex')}`;
  let a: Instance;
  let b: Instance;

  before(async () => {
    db = await createTestDatabase();
    a = await startInstance(db, prefix);
    b = await startInstance(db, prefix);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
  });

  it('an event raised on instance A reaches sockets connected to instance B', async () => {
    const { store, owner } = await makeStore(a.c, { knowledge: true });
    const start = await fetch(`${a.baseUrl}/v1/widget/${store.id}/conversation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const w = (await start.json()) as { conversation: { id: string }; visitorToken: string };
    const agent = await makeAgent(a.c, store.id, 'AGENT', 'Remy Remote');
    const agentOnA = await dashboardSocket(a.baseUrl, agent.token, store.id);
    const shopperOnB = await widgetSocket(b.baseUrl, w.visitorToken, w.conversation.id);
    const ownerOnB = await dashboardSocket(b.baseUrl, owner.token, store.id);
    const shopper = recorder(shopperOnB, ['message:new', 'agent:joined']);
    const dash = recorder(ownerOnB, ['message:new', 'conversation:updated']);
    try {
      assert.equal((await emitAck(agentOnA, 'agent:join-conversation', { conversationId: w.conversation.id })).ok, true);
      assert.equal((await shopper.wait('agent:joined')).agentName, 'Remy Remote');
      const sent = await emitAck(agentOnA, 'agent:message', { conversationId: w.conversation.id, content: 'Hello from instance A' });
      assert.equal(sent.ok, true);
      assert.equal((await shopper.wait('message:new')).message.content, 'Hello from instance A');
      await dash.wait('message:new', (p) => p.message.id === sent.message.id);
      await dash.wait('conversation:updated', (p) => p.conversation.assignedAgentId === agent.id);
    } finally {
      agentOnA.close();
      shopperOnB.close();
      ownerOnB.close();
    }
  });

  it('a job whose worker dies mid-turn is retried by another worker; no message is lost or doubled', async () => {
    const { store } = await makeStore(a.c, { knowledge: true });
    const env = parseEnv({ NODE_ENV: 'test', REDIS_URL: REDIS, DEBOUNCE_MS: '0' });
    // A producer-only container (like an API instance without workers) and two dedicated workers
    // with short lock/stall intervals so the test does not wait BullMQ's default 30 s.
    const producer = await createContainer(env, { db, redisPrefix: `${prefix}x` });
    const w1c = await createContainer(env, { db, redisPrefix: `${prefix}x` });
    const w2c = await createContainer(env, { db, redisPrefix: `${prefix}x` });
    let started = false;
    setAiEngine(w1c, () => () => { started = true; return new Promise(() => undefined); }); // hangs: the worker "dies" inside
    const queueOpts = { queueName: `${prefix}x-jobs`, lockDurationMs: 1000, stalledIntervalMs: 500 };
    const w1 = new BullmqQueue(w1c.jobDefs, () => w1c, w1c.redis!, queueOpts);
    const w2 = new BullmqQueue(w2c.jobDefs, () => w2c, w2c.redis!, queueOpts);
    try {
      await w1.start();
      const start = await fetch(`${a.baseUrl}/v1/widget/${store.id}/conversation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const w = (await start.json()) as { conversation: { id: string; customerId: string } };
      const posted = await postShopperMessage(producer, {
        storeId: store.id, conversationId: w.conversation.id, customerId: w.conversation.customerId, content: 'How long does standard shipping take?',
      });
      await until(async () => started, 8000, 'worker 1 to pick the job');
      await w1.kill();
      await w2.start();
      const reply = await until(() => db.prisma.message.findFirst({ where: { conversationId: w.conversation.id, role: 'AI' } }), 15_000, 'reply from worker 2');
      assert.match(reply.content, /business days/);
      assert.deepEqual((reply.metadata as { replyTo: string[] }).replyTo, [posted.message.id]);
      await w2.drain(10_000);
      const rows = await db.prisma.message.findMany({ where: { conversationId: w.conversation.id }, orderBy: { createdAt: 'asc' } });
      assert.deepEqual(rows.map((r) => r.role), ['CUSTOMER', 'AI']);
    } finally {
      await w2.close();
      await w1.close().catch(() => undefined);
      await Promise.all([producer.close(), w1c.close(), w2c.close()]);
    }
  });
});
