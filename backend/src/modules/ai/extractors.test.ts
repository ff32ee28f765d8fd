import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { extractCsvFaq, extractFileText, extractHtml, fileKind } from './extractors.js';

/** A minimal one-page PDF with one line of text. */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

async function tinyDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

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
