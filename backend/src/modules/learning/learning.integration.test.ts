import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SCHEDULES } from '../../jobs/schedules.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { makeStore, sendMessage, startWidget, until } from '../conversations/test-fixtures.js';

describe('learning loop', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('is scheduled nightly at 03:00 UTC', () => {
    assert.deepEqual(SCHEDULES.find((s) => s.job === 'learning-run')?.schedule, { dailyAtUtcHour: 3 });
  });

  it('handed-off question → agent resolves with a note → learn → the AI answers the rephrased question', async () => {
    const { store, owner } = await makeStore(t.c, { knowledge: true, products: true });
    const ask = async (content: string) => {
      const w = await startWidget(t, store.id);
      const res = await sendMessage(t, store.id, w.visitorToken, { conversationId: w.conversation.id, content });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return { w, res };
    };

    // 1. The AI does not know: it hands off.
    const first = await ask('Do you offer gift wrapping for presents?');
    assert.equal(first.res.body.conversation.status, 'HANDED_OFF', `AI said: ${first.res.body.reply.content}`);
    const convId = first.w.conversation.id;

    // 2. An agent answers and resolves with a learning note.
    const base = `/stores/${store.id}/conversations/${convId}`;
    assert.equal((await t.api(`${base}/join`, { method: 'POST', token: owner.token })).status, 200);
    await t.api(`${base}/messages`, { method: 'POST', body: { content: 'Yes! Gift wrapping is $5 at checkout.' }, token: owner.token });
    const note = 'Yes, we offer gift wrapping: add it at checkout for $5 per order and we include a handwritten gift note.';
    const resolved = await t.api(`${base}/resolve`, { method: 'POST', body: { learningNote: note }, token: owner.token });
    assert.equal(resolved.status, 200);

    // 3. The learning run (on demand) creates an FAQ doc and reindexes it; a second run is a no-op.
    const learn = await t.api(`/stores/${store.id}/training/learn`, { method: 'POST', token: owner.token });
    assert.equal(learn.status, 200);
    assert.equal(learn.body.docIds.length, 1);
    const doc = await until(async () => {
      const d = await t.c.prisma.trainingDoc.findUnique({ where: { id: learn.body.docIds[0] } });
      return d?.status === 'READY' ? d : null;
    }, 15_000, 'learned doc to be indexed');
    assert.equal(doc.type, 'FAQ');
    assert.match(doc.content, /^Q: Do you offer gift wrapping for presents\?\nA: Yes, we offer gift wrapping/);
    assert.ok(doc.chunkCount > 0);
    const h = await t.c.prisma.handoff.findFirstOrThrow({ where: { conversationId: convId } });
    assert.ok(h.learnedAt);
    assert.equal((await t.api(`/stores/${store.id}/training/learn`, { method: 'POST', token: owner.token })).body.docIds.length, 0);

    // 4. The same question, rephrased, is now answered by the AI.
    const again = await ask('Can you gift wrap my order?');
    assert.equal(again.res.body.conversation.status, 'OPEN', `AI said: ${again.res.body.reply.content}`);
    assert.equal(again.res.body.reply.role, 'AI');
    assert.match(again.res.body.reply.content, /gift (wrap|note)/i);
    assert.match(again.res.body.reply.content, /\$5/);
    assert.ok(again.res.body.reply.metadata.sources.some((s: { docId: string }) => s.docId === doc.id));
  });

  it('the nightly job covers every store', async () => {
    const { store } = await makeStore(t.c);
    const w = await startWidget(t, store.id);
    await t.c.prisma.message.create({ data: { storeId: store.id, conversationId: w.conversation.id, role: 'CUSTOMER', content: 'Do you price match?' } });
    await t.c.prisma.handoff.create({
      data: { storeId: store.id, conversationId: w.conversation.id, trigger: 'LOW_CONFIDENCE', status: 'RESOLVED', summary: 's', learningNote: 'We do not price match.' },
    });
    await t.c.jobs.enqueue('learning-run', {});
    await until(() => t.c.prisma.trainingDoc.findFirst({ where: { storeId: store.id, type: 'FAQ' } }), 15_000, 'nightly doc');
  });
});
