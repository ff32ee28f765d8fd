import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosine, LocalEmbeddingProvider } from './embedding-provider.js';
import { createAiProviders } from './providers.js';

const local = new LocalEmbeddingProvider();
const sim = (a: string, b: string) => cosine(local.embedOne(a), local.embedOne(b));

describe('local embedding provider', () => {
  it('is deterministic, 512-dimensional and L2-normalised', () => {
    const v = local.embedOne('Free shipping on orders over $75');
    assert.equal(v.length, 512);
    assert.deepEqual(v, local.embedOne('Free shipping on orders over $75'));
    assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-9);
  });

  it('scores paraphrases above unrelated text', () => {
    const doc = 'Exchanges for a different size are free; returns are refunded within 5 days.';
    assert.ok(sim('can I swap my jacket for a bigger one', doc) > sim('can I swap my jacket for a bigger one', 'Our flagship store opens at 10 am on Sunday.'));
    assert.ok(sim('do you deliver to Hawaii', 'We ship to Alaska and Hawaii in 7 to 10 days') > sim('do you deliver to Hawaii', 'Gift cards never expire'));
    assert.ok(sim('do you accept bitcoin', 'We do not accept cryptocurrency or checks') > sim('do you accept bitcoin', 'Hiking boots run half a size small'));
  });

  it('is robust to typos', () => {
    const doc = 'Standard shipping takes 3 to 5 business days.';
    assert.ok(sim('how long dose shiping take', doc) > 0.3);
    assert.ok(sim('how long dose shiping take', doc) > sim('how long dose shiping take', 'Machine wash cold on a gentle cycle.'));
  });

  it('records provider, model and dimensions so a change triggers re-embedding', () => {
    const l = createAiProviders({ provider: 'local', chatModel: 'gpt-4o', embeddingModel: 'text-embedding-3-small', dimensions: 512 });
    const o = createAiProviders({ provider: 'openai', apiKey: 'k', chatModel: 'gpt-4o', embeddingModel: 'text-embedding-3-small', dimensions: 512 });
    assert.equal(l.embedding.model, 'local-hash-v1-512');
    assert.equal(o.embedding.model, 'text-embedding-3-small@512');
    assert.throws(() => createAiProviders({ provider: 'local', chatModel: 'x', embeddingModel: 'y', dimensions: 1536 }), /512/);
  });
});
