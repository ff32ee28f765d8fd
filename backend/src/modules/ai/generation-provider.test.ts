import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type OpenAI from 'openai';
import { extractAnswer, LocalGenerationProvider, OpenAiGenerationProvider, type GenerationRequest } from './generation-provider.js';
import { buildPrompt } from './prompt-builder.js';

const docs = [
  { docId: '11111111-1111-4111-8111-111111111111', title: 'Payment methods', docType: 'FAQ', score: 1,
    content: 'Q: Which payment methods do you accept? A: We accept Visa, Mastercard and PayPal. Installments split orders into four payments. We do not accept cryptocurrency.' },
  { docId: '22222222-2222-4222-8222-222222222222', title: 'Shipping', docType: 'POLICY', score: 0.5, content: 'Standard shipping takes 3 to 5 days.' },
];
const req = (o: Partial<GenerationRequest>): GenerationRequest => ({
  action: 'answer', storeName: 'Acme', brandVoice: 'Friendly', forbiddenTopics: ['medical advice'], now: new Date('2026-11-24T10:00:00Z'),
  message: 'q', query: 'q', history: [], knowledge: docs, products: [], ...o,
});

describe('local extractive composer', () => {
  it('answers with the best-covering knowledge sentences and cites their source', async () => {
    const res = await new LocalGenerationProvider().generate(req({ query: 'do you take bitcoin?' }));
    assert.match(res.text, /We do not accept cryptocurrency\./);
    assert.match(res.text, /Source: Payment methods/);
    assert.deepEqual(res.citedDocIds, [docs[0].docId]);
  });
  it('only uses sentences from the knowledge (no invented facts)', () => {
    const { text } = extractAnswer('can I pay in installments', docs);
    for (const s of text.split(/(?<=\.)\s+/)) assert.ok(docs.some((d) => d.content.includes(s)), s);
  });
  it('recommends products with prices and asks one clarifying question when needed', async () => {
    const products = [{ productId: 'p', sku: 'TENT', name: 'Aerie Tent', price: 399, currency: 'USD', inStock: true, description: 'Two-person tent. Light.' }];
    const rec = await new LocalGenerationProvider().generate(req({ action: 'recommend', products, knowledge: [] }));
    assert.match(rec.text, /Aerie Tent \(\$399\.00\): Two-person tent\./);
    const cl = await new LocalGenerationProvider().generate(req({ action: 'clarify', clarifyOptions: ['returns', 'shipping'] }));
    assert.equal((cl.text.match(/\?/g) ?? []).length, 1);
  });
});

describe('prompt builder + openai provider', () => {
  it('includes store, voice, date, context, rules and redacts personal data', () => {
    const p = buildPrompt({
      storeName: 'Acme', brandVoice: 'Warm', forbiddenTopics: ['medical advice'], now: new Date('2026-11-24T00:00:00Z'), action: 'answer',
      message: 'my email is jo@x.io', history: [{ role: 'CUSTOMER', content: 'call me on +1 303 555 0148' }], knowledge: [{ title: 'Shipping', content: 'Fast.' }], products: [],
    });
    const sys = p.messages[0].content;
    for (const s of ['Acme', 'Warm', '2026-11-24', '[1] Shipping', 'medical advice', 'AI assistant']) assert.ok(sys.includes(s), s);
    assert.equal(p.messages.at(-1)!.content, 'my email is [EMAIL_1]');
    assert.ok(!JSON.stringify(p.messages).includes('jo@x.io') && !JSON.stringify(p.messages).includes('555 0148'));
  });

  it('streams deltas, restores redacted values and maps [n] citations to documents', async () => {
    let sent: unknown;
    const fake = {
      chat: { completions: { create: async (body: { messages: unknown; stream?: boolean }) => {
        sent = body.messages;
        return (async function* () {
          for (const d of ['We will write to ', '[EMAIL_1] ', 'soon [1].']) yield { choices: [{ delta: { content: d } }] };
        })();
      } } },
    } as unknown as OpenAI;
    const deltas: string[] = [];
    const res = await new OpenAiGenerationProvider('gpt-4o', { client: fake }).generate(req({ message: 'I am jo@x.io', onDelta: (d) => deltas.push(d) }));
    assert.equal(res.text, 'We will write to jo@x.io soon [1].');
    assert.deepEqual(res.citedDocIds, [docs[0].docId]);
    assert.equal(deltas.length, 3);
    assert.ok(!JSON.stringify(sent).includes('jo@x.io'));
  });
});
