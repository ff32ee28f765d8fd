// Embedding providers. `local` is a deterministic feature-hashing embedder (no download): concept
// ids from the synonym lexicon make paraphrases collide, character trigrams absorb typos, and word
// bigrams keep a little order. `openai` calls text-embedding-3-* with reduced dimensions.
import OpenAI from 'openai';
import { tokens } from './text.js';

export interface EmbeddingProvider {
  readonly name: 'local' | 'openai';
  /** Recorded per chunk; a different value means "another vector space", so re-embed. */
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function l2normalize(v: number[]): number[] {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  return n > 0 ? v.map((x) => x / n) : v;
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export class LocalEmbeddingProvider implements EmbeddingProvider {
  readonly name = 'local' as const;
  readonly model: string;
  constructor(readonly dimensions = 512) {
    this.model = `local-hash-v1-${dimensions}`;
  }

  private add(v: number[], feature: string, weight: number) {
    const h = fnv1a(feature);
    // The sign bit halves collisions' bias (the "hashing trick" with signed features).
    v[h % this.dimensions] += (h & 0x80000000 ? -1 : 1) * weight;
  }

  embedOne(text: string): number[] {
    const v = new Array<number>(this.dimensions).fill(0);
    const toks = tokens(text).filter((t) => !t.stop);
    let prev: string | null = null;
    for (const t of toks) {
      const w = t.generic || t.numeric ? 0.4 : 1;
      for (const c of t.concepts) this.add(v, `c:${c}`, w);
      if (t.concepts[0] !== t.stem) this.add(v, `s:${t.stem}`, 0.5 * w);
      // Character trigrams of the word make "shiping" land near "shipping".
      const padded = `#${t.word}#`;
      const grams = Math.max(1, padded.length - 2);
      for (let i = 0; i + 3 <= padded.length; i++) this.add(v, `g:${padded.slice(i, i + 3)}`, (0.9 * w) / Math.sqrt(grams));
      if (prev) this.add(v, `b:${prev}|${t.concepts[0]}`, 0.35 * w);
      prev = t.concepts[0];
    }
    return l2normalize(v);
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }
}

export interface OpenAiEmbeddingOptions {
  apiKey?: string;
  baseUrl?: string;
  model: string;
  dimensions: number;
  client?: OpenAI;
}

export class OpenAiEmbeddingProvider implements EmbeddingProvider {
  readonly name = 'openai' as const;
  readonly model: string;
  readonly dimensions: number;
  private client: OpenAI;
  private apiModel: string;
  constructor(opts: OpenAiEmbeddingOptions) {
    this.apiModel = opts.model;
    this.model = `${opts.model}@${opts.dimensions}`;
    this.dimensions = opts.dimensions;
    this.client = opts.client ?? new OpenAI({ apiKey: opts.apiKey ?? 'not-set', baseURL: opts.baseUrl });
  }

  async embed(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    // Batches keep requests under the API's input limits.
    for (let i = 0; i < texts.length; i += 96) {
      const res = await this.client.embeddings.create({ model: this.apiModel, input: texts.slice(i, i + 96), dimensions: this.dimensions });
      for (const d of [...res.data].sort((a, b) => a.index - b.index)) out.push(l2normalize(d.embedding));
    }
    return out;
  }
}

export const toVectorLiteral = (v: number[]) => `[${v.map((x) => (Number.isFinite(x) ? +x.toFixed(6) : 0)).join(',')}]`;
