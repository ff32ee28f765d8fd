import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AiTurnInput } from '../ai/ai-turn.service.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { setAiEngine, type AiEngine } from './ai-engine.js';
import { runAiReply } from './ai-reply.service.js';
import { attributeOrder } from './attribution.service.js';
import { dashboardSocket, makeAgent, makeStore, recorder, sendMessage, sleep, startWidget, until } from './test-fixtures.js';

/** Wraps the real engine: records inputs and lets a test hold or fail a turn. */
function spyEngine(t: TestApp) {
  const calls: AiTurnInput[] = [];
  let hold: Promise<void> | null = null;
  let fail: Error | null = null;
  setAiEngine(t.c, (real): AiEngine => async (input) => {
    calls.push(input);
    if (hold) await hold;
    if (fail) throw fail;
    return real(input);
  });
  return {
    calls,
    holdNext() {
      let release!: () => void;
      hold = new Promise((r) => { release = r; });
      return () => { hold = null; release(); };
    },
    failWith(err: Error | null) { fail = err; },
  };
}

describe('conversation pipeline', () => {
  let t: TestApp;
  let storeId: string;
  let ownerToken: string;
  let spy: ReturnType<typeof spyEngine>;

  before(async () => {
    t = await startTestApp({ REPLY_WAIT_MS: '2500', DEBOUNCE_MS: '400' });
    const { store, owner } = await makeStore(t.c, { knowledge: true, products: true });
    storeId = store.id;
    ownerToken = owner.token;
    spy = spyEngine(t);
  });
  after(() => t.close());

  it('debounces a burst of shopper messages into one AI reply addressing all of them', async () => {
    const w = await startWidget(t, storeId);
    const before = spy.calls.length;
    const posts = [];
    for (const content of ['Hi there', 'Quick question about shipping', 'How long does standard shipping take?']) {
      posts.push(sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content }));
      await sleep(100);
    }
    const results = await Promise.all(posts);
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200]);
    const replyIds = new Set(results.map((r) => r.body.reply.id));
    assert.equal(replyIds.size, 1, 'all three got the same reply');
    assert.deepEqual(results[0]!.body.reply.metadata.replyTo, results.map((r) => r.body.message.id));
    assert.equal(spy.calls.length - before, 1, 'one AI turn');
    assert.match(spy.calls.at(-1)!.message, /Hi there\nQuick question about shipping\nHow long/);
    assert.equal(await t.c.prisma.message.count({ where: { conversationId: w.conversation.id, role: 'AI' } }), 1);
  });

  it('never lets the AI answer once a human has taken over, even mid-turn', async () => {
    const w = await startWidget(t, storeId);
    const agent = await makeAgent(t.c, storeId);
    const release = spy.holdNext();
    const n = spy.calls.length;
    const post = sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'What payment methods do you accept?' });
    await until(async () => spy.calls.length > n, 5000, 'AI turn to start');
    const join = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/join`, { method: 'POST', token: agent.token });
    assert.equal(join.status, 200);
    assert.equal(join.body.status, 'HANDED_OFF');
    release();
    const res = await post;
    assert.equal(res.status, 202);
    await t.c.jobs.drain();
    assert.equal(await t.c.prisma.message.count({ where: { conversationId: w.conversation.id, role: 'AI' } }), 0);
    // Further shopper messages wait for the human: 202 at once, no AI turn queued.
    const calls = spy.calls.length;
    const next = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Hello?' });
    assert.equal(next.status, 202);
    await t.c.jobs.drain();
    assert.equal(spy.calls.length, calls);
  });

  it('concurrent jobs for one conversation persist a single reply', async () => {
    const w = await startWidget(t, storeId);
    const conv = await t.c.prisma.conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    await t.c.prisma.message.create({ data: { storeId, conversationId: conv.id, role: 'CUSTOMER', content: 'Do you ship to Canada?' } });
    const outcomes = await Promise.all([runAiReply(t.c, conv.id), runAiReply(t.c, conv.id), runAiReply(t.c, conv.id)]);
    assert.equal(outcomes.filter((o) => o === 'replied').length, 1);
    assert.equal(await t.c.prisma.message.count({ where: { conversationId: conv.id, role: 'AI' } }), 1);
    assert.equal(await runAiReply(t.c, conv.id), 'skipped', 'a re-delivered job finds nothing to answer');
  });

  it('reopening a resolved conversation starts a fresh AI context instead of a handoff loop', async () => {
    const w = await startWidget(t, storeId);
    const first = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Which payment methods do you accept?' });
    assert.equal(first.status, 200);
    await t.c.prisma.conversation.update({ where: { id: w.conversation.id }, data: { status: 'RESOLVED', unresolvedCount: 2, clarifyCount: 1, resolvedAt: new Date() } });
    const res = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'How long does standard shipping take?' });
    assert.equal(res.status, 200);
    assert.equal(res.body.conversation.status, 'OPEN');
    assert.equal(res.body.reply.role, 'AI');
    const input = spy.calls.at(-1)!;
    assert.deepEqual(input.history, [], 'history starts at the reopen');
    assert.deepEqual(input.state, { unresolvedCount: 0, clarifyCount: 0 });
    const conv = await t.c.prisma.conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    assert.equal(conv.aiContextFrom?.toISOString(), res.body.message.createdAt);
  });

  it('retries a failing AI turn with backoff, then hands off (SYSTEM_ERROR) with a system note', async () => {
    const w = await startWidget(t, storeId);
    const dash = await dashboardSocket(t.baseUrl, ownerToken, storeId);
    const rec = recorder(dash, ['handoff:triggered']);
    spy.failWith(new Error('provider timeout'));
    const n = spy.calls.length;
    try {
      await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Is the tent waterproof?' });
      const ev = await rec.wait('handoff:triggered', (p) => p.conversationId === w.conversation.id, 10_000);
      assert.equal(ev.handoff.trigger, 'SYSTEM_ERROR');
      assert.equal(spy.calls.length - n, 3, 'three attempts');
    } finally {
      spy.failWith(null);
      dash.close();
    }
    const msgs = await t.c.prisma.message.findMany({ where: { conversationId: w.conversation.id }, orderBy: { createdAt: 'asc' } });
    const shopperNote = msgs.find((m) => m.role === 'SYSTEM' && !m.isInternal)!;
    assert.match(shopperNote.content, /trouble answering.*team/);
    assert.ok(msgs.some((m) => m.isInternal && /provider timeout/.test(m.content)));
    const conv = await t.c.prisma.conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    assert.equal(conv.status, 'HANDED_OFF');
    assert.equal(conv.aiFailureCount, 3);
  });

  it('attributes revenue for ordered SKUs the AI recommended, once per order', async () => {
    const w = await startWidget(t, storeId, { customer: { email: 'buyer@example.com' } });
    const res = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Can you recommend waterproof hiking boots?' });
    assert.equal(res.status, 200);
    const recs = res.body.reply.metadata.recommendations as { sku: string; price: number }[];
    assert.ok(recs.length > 0, `expected recommendations, got ${JSON.stringify(res.body.reply.metadata)}`);
    const sku = recs[0]!.sku;
    const order = { customerEmail: 'BUYER@example.com', orderId: 'order-1', items: [{ sku, price: 100, qty: 2 }, { sku: 'NOT-RECOMMENDED', price: 50, qty: 1 }] };
    const out = await attributeOrder(t.c, storeId, order);
    assert.equal(out.amount, 200);
    assert.deepEqual(out.byConversation, { [w.conversation.id]: 200 });
    assert.equal((await attributeOrder(t.c, storeId, order)).amount, 0, 'same order twice adds nothing');
    const conv = await t.c.prisma.conversation.findUniqueOrThrow({ where: { id: w.conversation.id } });
    assert.equal(Number(conv.revenueAttributed), 200);
    assert.equal((await attributeOrder(t.c, storeId, { customerEmail: 'nobody@example.com', items: [{ sku, price: 1, qty: 1 }] })).amount, 0);

    const analytics = await t.api(`/stores/${storeId}/analytics`, { token: ownerToken });
    assert.equal(analytics.status, 200);
    assert.equal(analytics.body.overview.revenueAttributed, 200);
    assert.ok(analytics.body.overview.conversations >= 5);
    assert.ok(analytics.body.overview.handoffRate > 0);
    assert.ok(analytics.body.overview.avgResponseTimeMs > 0);
    assert.ok(analytics.body.triggers.some((x: { trigger: string }) => x.trigger === 'SYSTEM_ERROR'));
    assert.equal(analytics.body.volume.length, 30);
    assert.equal(analytics.body.revenue.at(-1).amount, 200);
  });
});
