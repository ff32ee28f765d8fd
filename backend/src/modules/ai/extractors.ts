// Turns uploaded files and fetched pages into plain text the chunker understands
// (markdown-style headings kept, FAQ CSVs rewritten as "Q: … A: …" pairs).
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

export interface ExtractedPage {
  title: string;
  text: string;
  links: string[];
}

const NOISE = 'script, style, noscript, template, svg, iframe, nav, footer, header, aside, form, button, [role=navigation], [aria-hidden=true], .cookie, .cookies, .newsletter, .menu, .nav, .sidebar';

/** Main text of an HTML page: prefers <main>/<article>, drops chrome, keeps headings as "## ". */
export function extractHtml(html: string, baseUrl?: string): ExtractedPage {
  const $ = cheerio.load(html);
  const title = ($('title').first().text() || $('h1').first().text() || '').replace(/\s+/g, ' ').trim();
  const links: string[] = [];
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href');
    if (!href || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return;
    try {
      links.push(new URL(href, baseUrl).toString());
    } catch { /* ignore malformed links */ }
  });
  $(NOISE).remove();
  const root = $('main').length ? $('main').first() : $('article').length ? $('article').first() : $('body');
  const blocks: string[] = [];
  root.find('h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, blockquote, pre').each((_, el) => {
    // Skip containers whose text is already captured by a nested block.
    if ($(el).find('p, li, h1, h2, h3, h4, h5, h6').length && !/^h\d$/i.test(el.tagName)) return;
    const t = $(el).text().replace(/\s+/g, ' ').trim();
    if (!t) return;
    blocks.push(/^h\d$/i.test(el.tagName) ? `## ${t}` : t);
  });
  const text = blocks.length ? blocks.join('\n\n') : root.text().replace(/\s+/g, ' ').trim();
  return { title, text, links };
}

/** CSV with question,answer columns (header optional) → FAQ text. */
export function extractCsvFaq(csv: string): string {
  const rows: string[][] = parseCsv(csv, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  if (!rows.length) throw new Error('The CSV file is empty');
  let start = 0;
  let qi = 0, ai = 1;
  const header = rows[0].map((h) => h.toLowerCase());
  const hq = header.findIndex((h) => /question|^q$/.test(h));
  const ha = header.findIndex((h) => /answer|^a$/.test(h));
  if (hq >= 0 && ha >= 0) { qi = hq; ai = ha; start = 1; }
  const pairs = rows.slice(start).filter((r) => r[qi] && r[ai]).map((r) => `Q: ${r[qi]} A: ${r[ai]}`);
  if (!pairs.length) throw new Error('The CSV needs two columns: question,answer');
  return pairs.join('\n\n');
}

export async function extractPdf(data: Buffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const res = await parser.getText();
    return res.text.replace(/[ \t]+\n/g, '\n').trim();
  } finally {
    await parser.destroy();
  }
}

export async function extractDocx(data: Buffer): Promise<string> {
  const res = await mammoth.extractRawText({ buffer: Buffer.from(data) });
  return res.value.trim();
}

export type FileKind = 'pdf' | 'docx' | 'txt' | 'md' | 'csv';

export function fileKind(fileName: string, mimeType?: string | null): FileKind | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf' || mimeType === 'application/pdf') return 'pdf';
  if (ext === 'docx' || mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (ext === 'csv' || mimeType === 'text/csv') return 'csv';
  if (ext === 'md' || ext === 'markdown' || mimeType === 'text/markdown') return 'md';
  if (ext === 'txt' || mimeType === 'text/plain') return 'txt';
  return null;
}

/** Entry point for uploads: returns the text to store in TrainingDoc.content. Throws readable errors. */
export async function extractFileText(data: Buffer, fileName: string, mimeType?: string | null): Promise<string> {
  const kind = fileKind(fileName, mimeType);
  if (!kind) throw new Error(`Unsupported file type: ${fileName} (use PDF, DOCX, TXT, MD or CSV)`);
  let text: string;
  try {
    if (kind === 'pdf') text = await extractPdf(data);
    else if (kind === 'docx') text = await extractDocx(data);
    else if (kind === 'csv') text = extractCsvFaq(data.toString('utf8'));
    else text = data.toString('utf8');
  } catch (err) {
    throw new Error(`Could not read ${fileName}: ${(err as Error).message}`);
  }
  if (!text.trim()) throw new Error(`No text found in ${fileName}${kind === 'pdf' ? ' (scanned PDFs are not supported)' : ''}`);
  return text;
}
