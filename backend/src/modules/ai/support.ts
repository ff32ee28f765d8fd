// Grounding measures: how much of the shopper's question the retrieved knowledge actually covers.
// This is the "factual" part of the confidence score; it is absolute (unlike rank-fusion scores),
// so one threshold works across stores of any size.
import { conceptSet, contentTokens, editDistance, words } from './text.js';

export interface QueryTerm {
  word: string;
  concepts: string[];
  stem: string;
  /** 1 for topic words; low for generic/numeric words that rarely decide the topic */
  weight: number;
}

export function queryTerms(text: string): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  for (const t of contentTokens(text)) {
    const key = t.concepts[0];
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ word: t.word, concepts: t.concepts, stem: t.stem, weight: t.generic ? 0.15 : t.numeric ? 0.3 : 1 });
  }
  return out;
}

export interface TextIndex {
  concepts: Set<string>;
  words: string[];
}

// Chunks recur across queries; their indexes are cached (bounded) so reranking stays cheap.
const indexCache = new Map<string, TextIndex>();
export function indexText(text: string, opts: { negation?: boolean } = {}): TextIndex {
  const key = `${opts.negation ? 1 : 0}${text}`;
  let idx = indexCache.get(key);
  if (!idx) {
    idx = { concepts: conceptSet(text, opts), words: [...new Set(words(text))] };
    if (indexCache.size >= 5000) indexCache.delete(indexCache.keys().next().value!);
    indexCache.set(key, idx);
  }
  return idx;
}

const fuzzyCache = new Map<string, boolean>();
function fuzzyEqual(a: string, b: string, max: number): boolean {
  // Typos rarely hit both of the first two letters; this skips most comparisons cheaply.
  if (a[0] !== b[0] && a[1] !== b[1]) return false;
  const key = `${a}|${b}`;
  let r = fuzzyCache.get(key);
  if (r === undefined) {
    r = editDistance(a, b, max) <= max;
    if (fuzzyCache.size >= 200_000) fuzzyCache.clear();
    fuzzyCache.set(key, r);
  }
  return r;
}

export function termMatches(term: QueryTerm, idx: TextIndex): boolean {
  if (term.concepts.some((c) => idx.concepts.has(c))) return true;
  // A lexicon word matches only through its concept, so "customs" does not match "customer".
  if (!term.concepts[0].startsWith('@') && idx.concepts.has(term.stem)) return true;
  // Typos: one edit for mid-length words, two for long ones; numbers must match exactly.
  if (term.word.length < 5 || /\d/.test(term.word)) return false;
  const max = term.word.length >= 8 ? 2 : 1;
  return idx.words.some((w) => w.length >= 4 && Math.abs(w.length - term.word.length) <= max && fuzzyEqual(term.word, w, max));
}

export function coverage(terms: QueryTerm[], idx: TextIndex, weights?: number[]): number {
  const w = (t: QueryTerm, i: number) => t.weight * (weights?.[i] ?? 1);
  const total = terms.reduce((s, t, i) => s + w(t, i), 0);
  if (!total) return 0;
  return terms.reduce((s, t, i) => s + (termMatches(t, idx) ? w(t, i) : 0), 0) / total;
}

/** Rarity weights of the terms among candidate texts (an IDF over the retrieved pool). */
export function poolIdf(terms: QueryTerm[], pool: TextIndex[]): number[] {
  return terms.map((t) => Math.log(1 + pool.length / (1 + pool.filter((i) => termMatches(t, i)).length)));
}

export interface SupportResult {
  factual: number;
  best: number;
  union: number;
  /** topic words found in none of the retrieved material */
  missing: string[];
  keyTerms: number;
}

/** factual support of `terms` by ranked candidate texts (best first). */
export function measureSupport(terms: QueryTerm[], ranked: TextIndex[], pool: TextIndex[] = ranked, missingPenalty = 0.5): SupportResult {
  const key = terms.filter((t) => t.weight >= 1);
  if (!terms.length || !ranked.length) return { factual: 0, best: 0, union: 0, missing: key.map((t) => t.word), keyTerms: key.length };
  const best = Math.max(...ranked.slice(0, 5).map((i) => coverage(terms, i)));
  const top = ranked.slice(0, 3);
  const unionIdx: TextIndex = { concepts: new Set(top.flatMap((i) => [...i.concepts])), words: top.flatMap((i) => i.words) };
  const union = coverage(terms, unionIdx);
  const missing = key.filter((t) => !pool.some((i) => termMatches(t, i))).map((t) => t.word);
  // Every topic word the store's knowledge never mentions is strong evidence the question is
  // about something the merchant has not told us (kayaks at an outdoor store with none).
  const penalty = Math.pow(missingPenalty, missing.length);
  const factual = Math.max(0, Math.min(1, (0.7 * best + 0.3 * union) * penalty));
  return { factual: +factual.toFixed(3), best: +best.toFixed(3), union: +union.toFixed(3), missing, keyTerms: key.length };
}
