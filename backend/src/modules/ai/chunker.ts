// Structure-aware chunking: FAQ pairs stay whole, headings start new sections, paragraphs are
// packed up to a token budget, and long sections are split on sentences with a small overlap.
import { approxTokens, sentences } from './text.js';

export interface Chunk {
  content: string;
  tokenCount: number;
  heading?: string;
}

export interface ChunkOptions {
  maxTokens?: number;
  minTokens?: number;
  overlapSentences?: number;
}

const FAQ_Q = /^\s*(?:Q(?:uestion)?\s*[:.)-])\s*/i;

/** Splits "Q: … A: …" text into pairs; returns [] when the text is not FAQ-shaped. */
export function faqPairs(text: string): { q: string; a: string }[] {
  const parts = text.split(/(?=(?:^|\n|\s)Q(?:uestion)?\s*[:.)-]\s)/i).map((p) => p.trim()).filter(Boolean);
  const pairs: { q: string; a: string }[] = [];
  for (const p of parts) {
    const m = p.replace(FAQ_Q, '').match(/^([\s\S]*?)\s*\bA(?:nswer)?\s*[:.)-]\s*([\s\S]*)$/i);
    if (m && m[1].trim() && m[2].trim()) pairs.push({ q: m[1].trim(), a: m[2].trim() });
  }
  return pairs;
}

function splitSections(text: string): { heading?: string; body: string }[] {
  const sections: { heading?: string; body: string }[] = [];
  let cur: { heading?: string; lines: string[] } = { lines: [] };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const h = line.match(/^\s{0,3}#{1,6}\s+(.+)$/);
    if (h) {
      if (cur.lines.join('').trim()) sections.push({ heading: cur.heading, body: cur.lines.join('\n').trim() });
      cur = { heading: h[1].trim(), lines: [] };
    } else cur.lines.push(line);
  }
  if (cur.lines.join('').trim() || cur.heading) sections.push({ heading: cur.heading, body: cur.lines.join('\n').trim() });
  return sections;
}

export function chunkText(text: string, opts: ChunkOptions = {}): Chunk[] {
  const maxTokens = opts.maxTokens ?? 500;
  const overlap = opts.overlapSentences ?? 1;
  const pairs = faqPairs(text);
  if (pairs.length > 0) return pairs.map(({ q, a }) => mk(`Q: ${q} A: ${a}`));

  const chunks: Chunk[] = [];
  for (const { heading, body } of splitSections(text)) {
    const prefix = heading ? `${heading}\n` : '';
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    let buf: string[] = [];
    const flush = () => {
      if (buf.length) chunks.push(mk(prefix + buf.join('\n\n'), heading));
      buf = [];
    };
    for (const para of paragraphs) {
      if (approxTokens(para) > maxTokens) {
        flush();
        // Long paragraph: sentence windows with `overlap` sentences carried into the next chunk.
        const sents = sentences(para);
        let win: string[] = [];
        for (const s of sents) {
          if (win.length && approxTokens([...win, s].join(' ')) > maxTokens) {
            chunks.push(mk(prefix + win.join(' '), heading));
            win = overlap > 0 ? win.slice(-overlap) : [];
          }
          win.push(s);
        }
        if (win.length) chunks.push(mk(prefix + win.join(' '), heading));
      } else if (approxTokens([...buf, para].join('\n\n')) > maxTokens) {
        flush();
        buf.push(para);
      } else buf.push(para);
    }
    flush();
  }
  return chunks.length ? chunks : text.trim() ? [mk(text.trim())] : [];
}

function mk(content: string, heading?: string): Chunk {
  return { content, tokenCount: approxTokens(content), heading };
}
