import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkText, faqPairs } from './chunker.js';

describe('chunker', () => {
  it('keeps FAQ pairs whole, one chunk per pair', () => {
    const chunks = chunkText('Q: Do you ship abroad? A: Yes, to Canada.\nQ: Can I return? A: Within 30 days.');
    assert.equal(chunks.length, 2);
    assert.equal(chunks[0].content, 'Q: Do you ship abroad? A: Yes, to Canada.');
    assert.equal(faqPairs('Just prose, no questions.').length, 0);
  });

  it('starts a new chunk at headings and keeps the heading with its text', () => {
    const chunks = chunkText('# Shipping\n\nWe ship fast.\n\n# Returns\n\nReturns are free.');
    assert.deepEqual(chunks.map((c) => c.heading), ['Shipping', 'Returns']);
    assert.match(chunks[1].content, /^Returns\nReturns are free\./);
  });

  it('packs short paragraphs and splits long text on sentences with overlap', () => {
    const para = Array.from({ length: 120 }, (_, i) => `Sentence number ${i} talks about tents and trails.`).join(' ');
    const chunks = chunkText(para, { maxTokens: 200, overlapSentences: 1 });
    assert.ok(chunks.length > 3);
    assert.ok(chunks.every((c) => c.tokenCount <= 220));
    const lastOfFirst = chunks[0].content.split('. ').at(-1)!.replace(/\.$/, '');
    assert.ok(chunks[1].content.includes(lastOfFirst), 'overlap carries the last sentence forward');
    assert.equal(chunkText('one.\n\ntwo.\n\nthree.').length, 1);
  });
});
