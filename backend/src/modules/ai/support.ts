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

export function indexText(text: string): TextIndex {
  return { concepts: conceptSet(text), words: [...new Set(words(text))] };
}

export function termMatches(term: QueryTerm, idx: TextIndex): boolean {
  if (term.concepts.some((c) => idx.concepts.has(c)) || idx.concepts.has(term.stem)) return true;
  // Typos: one edit for mid-length words, two for long ones; numbers must match exactly.
  if (term.word.length < 5 || /\d/.test(term.word)) return false;
  const max = term.word.length >= 8 ? 2 : 1;
  return idx.words.some((w) => w.length >= 4 && Math.abs(w.length - term.word.length) <= max && editDistance(w, term.word, max) <= max);
}

export function coverage(terms: QueryTerm[], idx: TextIndex): number {
  const total = terms.reduce((s, t) => s + t.weight, 0);
  if (!total) return 0;
  return terms.reduce((s, t) => s + (termMatches(t, idx) ? t.weight : 0), 0) / total;
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
export function measureSupport(terms: QueryTerm[], ranked: TextIndex[], pool: TextIndex[] = ranked): SupportResult {
  const key = terms.filter((t) => t.weight >= 1);
  if (!terms.length || !ranked.length) return { factual: 0, best: 0, union: 0, missing: key.map((t) => t.word), keyTerms: key.length };
  const best = Math.max(...ranked.slice(0, 5).map((i) => coverage(terms, i)));
  const top = ranked.slice(0, 3);
  const unionIdx: TextIndex = { concepts: new Set(top.flatMap((i) => [...i.concepts])), words: top.flatMap((i) => i.words) };
  const union = coverage(terms, unionIdx);
  const missing = key.filter((t) => !pool.some((i) => termMatches(t, i))).map((t) => t.word);
  // Every topic word the store's knowledge never mentions is strong evidence the question is
  // about something the merchant has not told us (kayaks at an outdoor store with none).
  const penalty = Math.pow(0.5, missing.length);
  const factual = Math.max(0, Math.min(1, (0.7 * best + 0.3 * union) * penalty));
  return { factual: +factual.toFixed(3), best: +best.toFixed(3), union: +union.toFixed(3), missing, keyTerms: key.length };
}
