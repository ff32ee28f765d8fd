import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ZDecisionRecord, ZTrainingTestResponse } from '@convix/shared/contracts';
import type { Database } from '../../db/client.js';
import type OpenAI from 'openai';
import { runAiTurn, trainingTest, unsupportedNumbers } from './ai-turn.service.js';
import { OpenAiGenerationProvider } from './generation-provider.js';
import { ingestStore, seedFixtureStore } from './eval/local-player.js';
import { createAiProviders } from './providers.js';
import { createTestDatabase } from '../../test/test-db.js';
import type { AiDeps } from './types.js';

describe('runAiTurn / trainingTest', () => {
  let db: Database;
  let deps: AiDeps;
  let storeId: string;
  const fresh = { unresolvedCount: 0, clarifyCount: 0 };

  before(async () => {
    db = await createTestDatabase();
    deps = { prisma: db.prisma, providers: createAiProviders() };
    storeId = await seedFixtureStore(db.prisma, {
      store: { name: 'Acme Outdoors', settings: { forbiddenTopics: ['medical advice'], confidenceThreshold: 0.65, highValueCartThreshold: 400 } },
      knowledge: [
        { type: 'POLICY', title: 'Returns', content: 'Unused items can be returned within 30 days for a full refund. Exchanges for another size are free.' },
        { type: 'FAQ', title: 'Tracking', content: 'Q: How do I track my order? A: Use the tracking link in your shipping email, or enter your order number at acme.example/track.' },
        { type: 'PRODUCT_CATALOG', title: 'Product catalog', content: 'Products' },
      ],
      products: [{ sku: 'TENT-1', name: 'Ridge 2 Tent', price: 249, category: 'tents', description: 'Two-person backpacking tent, 4 lb.', tags: ['tent'] }],
    });
    await ingestStore(deps, storeId);
  });
  after(async () => { await db?.close(); });

  it('answers from knowledge with a valid decision record and streams the text', async () => {
    const deltas: string[] = [];
    const res = await runAiTurn(deps, { storeId, history: [], message: 'can I send back a jacket that does not fit?', state: fresh, onDelta: (d) => deltas.push(d) });
    ZDecisionRecord.parse(res.decision);
    assert.equal(res.decision.action, 'answer');
    assert.deepEqual(res.decision.sources.map((s) => s.title), ['Returns']);
    assert.match(res.content, /within 30 days/);
    assert.equal(deltas.join(''), res.content);
    assert.equal(res.handoff, null);
    assert.equal(res.decision.provider, 'local');
    assert.equal(await db.prisma.message.count(), 0, 'the turn writes no messages');
  });

  it('hands off a specific order lookup with a summary for the agent', async () => {
    const res = await runAiTurn(deps, { storeId, history: [], message: 'What is the status of order AC123456?', state: fresh });
    assert.equal(res.decision.trigger, 'LOW_CONFIDENCE');
    assert.match(res.handoff!.summary, /AC123456/);
  });

  it('carries conversation state: clarify once, then AMBIGUOUS_INTENT', async () => {
    const first = await runAiTurn(deps, { storeId, history: [], message: 'hmm, about that thing', state: fresh });
    assert.equal(first.decision.action, 'clarify');
    const second = await runAiTurn(deps, {
      storeId, history: [{ role: 'CUSTOMER', content: 'hmm, about that thing' }, { role: 'AI', content: first.content }],
      message: 'you know, the thing', state: first.stateUpdates,
    });
    assert.equal(second.decision.trigger, 'AMBIGUOUS_INTENT');
  });

  it('recommends products and uses the cart value for HIGH_VALUE_AT_RISK', async () => {
    const rec = await runAiTurn(deps, { storeId, history: [], message: 'I need a tent for backpacking with a friend', state: fresh });
    assert.equal(rec.decision.action, 'recommend');
    assert.equal(rec.decision.recommendations[0].sku, 'TENT-1');
    assert.ok(rec.purchaseIntent >= 0.5);
    const risk = await runAiTurn(deps, { storeId, history: [], message: "I'm thinking of cancelling, not sure it's worth it", context: { cartValue: 450 }, state: fresh });
    assert.equal(risk.decision.trigger, 'HIGH_VALUE_AT_RISK');
  });

  it('an external LLM reply with invented numbers is not sent; grounded ones are', async () => {
    const llm = (reply: string) => new OpenAiGenerationProvider('gpt-4o', {
      client: { chat: { completions: { create: async () => ({ choices: [{ message: { content: reply } }] }) } } } as unknown as OpenAI,
    });
    const ask = (reply: string) => runAiTurn({ ...deps, providers: { ...deps.providers, generation: llm(reply) } },
      { storeId, history: [], message: 'what is your return window?', state: fresh });
    const ok = await ask('You can return unused items within 30 days [1].');
    assert.equal(ok.decision.action, 'answer');
    assert.equal(ok.decision.provider, 'openai');
    assert.deepEqual(ok.decision.sources.map((s) => s.title), ['Returns']);
    const bad = await ask('Returns are accepted for 90 days and cost $4.99 [1].');
    assert.equal(bad.decision.trigger, 'LOW_CONFIDENCE');
    assert.ok(bad.decision.signals.some((x) => x.startsWith('unsupported_numbers:90,4.99')));
    assert.deepEqual(unsupportedNumbers('costs $1,150.00 in 3 days [2]', ['1150 total', '3']), []);
  });

  it('applies a settings change on the very next turn, whichever process made it', async () => {
    const ask = () => runAiTurn(deps, { storeId, history: [], message: 'Can I return my tent after 3 weeks?', state: fresh });
    assert.equal((await ask()).decision.action, 'answer');
    // Written straight to the database, as another API instance would; no cache invalidation call.
    await db.prisma.storeSettings.update({ where: { storeId }, data: { confidenceThreshold: 0.99 } });
    const strict = await ask();
    assert.equal(strict.decision.threshold, 0.99);
    assert.equal(strict.handoff?.trigger, 'LOW_CONFIDENCE');
    await db.prisma.storeSettings.update({ where: { storeId }, data: { confidenceThreshold: 0.65 } });
    assert.equal((await ask()).decision.action, 'answer');
  });

  it('trainingTest returns the ZTrainingTestResponse shape', async () => {
    const res = await trainingTest(deps, storeId, { query: 'how do I track my package', topK: 3 });
    ZTrainingTestResponse.parse(res);
    assert.ok(res.chunks.length <= 3);
    assert.equal(res.chunks[0].title, 'Tracking');
    assert.equal(res.decision.action, 'answer');
  });
});
