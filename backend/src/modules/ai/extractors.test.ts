import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tinyDocx, tinyPdf } from '../../test/file-fixtures.js';
import { extractCsvFaq, extractFileText, extractHtml, fileKind } from './extractors.js';


describe('extractors', () => {
  it('extracts the main text of a page and drops navigation, scripts and footers', () => {
    const page = extractHtml('<html><head><title>FAQ</title><script>x()</script></head><body><nav>Home | Shop</nav><main><h2>Shipping</h2><p>We ship in 2 days.</p><ul><li>Free over $50</li></ul></main><footer>© 2026</footer><a href="/returns">r</a></body></html>', 'https://s.example/faq');
    assert.equal(page.title, 'FAQ');
    assert.equal(page.text, '## Shipping\n\nWe ship in 2 days.\n\nFree over $50');
    assert.deepEqual(page.links, ['https://s.example/returns']);
  });

  it('turns a question,answer CSV into FAQ pairs (header optional)', () => {
    assert.equal(extractCsvFaq('question,answer\n"Do you ship, abroad?",Yes\nReturns?,30 days\n'), 'Q: Do you ship, abroad? A: Yes\n\nQ: Returns? A: 30 days');
    assert.equal(extractCsvFaq('Gift cards?,Never expire'), 'Q: Gift cards? A: Never expire');
    assert.throws(() => extractCsvFaq('only-one-column\n'), /question,answer/);
  });

  it('reads PDF, DOCX, TXT and MD uploads and rejects other types', async () => {
    assert.match(await extractFileText(tinyPdf('Boots run half a size small'), 'guide.pdf'), /Boots run half a size small/);
    assert.equal(await extractFileText(await tinyDocx(['Warranty', 'Lifetime warranty on packs.']), 'w.docx'), 'Warranty\n\nLifetime warranty on packs.');
    assert.equal(await extractFileText(Buffer.from('# Care\n\nWash cold.'), 'care.md'), '# Care\n\nWash cold.');
    assert.equal(fileKind('a.TXT'), 'txt');
    await assert.rejects(extractFileText(Buffer.from('x'), 'photo.png'), /Unsupported file type/);
    await assert.rejects(extractFileText(Buffer.from('   '), 'empty.txt'), /No text found/);
  });
});
