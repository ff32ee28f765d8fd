// Shared text analysis for the local providers: normalisation, tokens, stems and concepts.
// Everything is deterministic so embeddings and scores are reproducible across runs.
import { stemmer } from 'stemmer';
import { GENERIC, GEO_CONCEPTS, MULTI_CONCEPTS, PHRASES, SLANG, STOPWORDS, SYNONYM_GROUPS } from './lexicon.js';

export interface Token {
  /** lowercased, accent-free surface form (after slang mapping) */
  word: string;
  stem: string;
  /** canonical concepts this word stands for (at least its stem) */
  concepts: string[];
  stop: boolean;
  generic: boolean;
  numeric: boolean;
}

// Concept ids are prefixed so they never collide with a plain stem ("personalize" ≠ "person").
const conceptByWord = new Map<string, string>();
const conceptByStem = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = `@${group[0]}`;
  for (const w of group) {
    for (const part of [w, w.replace(/-/g, '')]) {
      conceptByWord.set(part, head);
      if (!conceptByStem.has(stemmer(part))) conceptByStem.set(stemmer(part), head);
    }
  }
}
// Stems only catch unlisted inflections ("refunding"); a bare word is never re-read through its
// stem, or Porter's "customer" → "custom" would turn into a concept it is not.
const INFLECTED = /(?:s|es|ies|ed|ing|ly)$/;
const lookupConcept = (word: string, stem: string) => conceptByWord.get(word) ?? (INFLECTED.test(word) ? conceptByStem.get(stem) : undefined);

const genericStems = new Set([...GENERIC].map((w) => stemmer(w)));
const stopStems = new Set([...STOPWORDS].map((w) => stemmer(w)));

/** Words of a concept group ("@ship" → ship, shipping, deliver, …) for full-text queries. */
export function conceptWords(concept: string, max = 8): string[] {
  return concept.startsWith('@') ? (groupWords.get(concept) ?? []).slice(0, max) : [];
}
const groupWords = new Map(SYNONYM_GROUPS.map((g) => [`@${g[0]}`, g.filter((w) => /^[a-z]+$/.test(w))]));

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** Words with contractions split off ("isn't" → "isn", "t"); keeps digits and inner hyphens. */
export function words(text: string): string[] {
  const out: string[] = [];
  // Contractions become words: "isn't" → "is not", "can't" → "can not".
  let t = normalize(text).replace(/\bcan't\b/g, 'can not').replace(/\bwon't\b/g, 'will not').replace(/n't\b/g, ' not').replace(/'(s|re|ve|ll|d|m)\b/g, ' $1');
  for (const [re, rep] of PHRASES) t = t.replace(re, rep);
  for (const m of t.matchAll(/[a-z0-9]+(?:[-][a-z0-9]+)*/g)) {
    const w = SLANG[m[0]] ?? m[0];
    out.push(...w.split(' '));
  }
  return out;
}

const tokenCache = new Map<string, Token>();
export function tokenOf(word: string): Token {
  let t = tokenCache.get(word);
  if (t) return t;
  const stem = stemmer(word);
  const concepts = new Set<string>();
  const mapped = lookupConcept(word, stem);
  concepts.add(mapped ?? stem);
  for (const c of MULTI_CONCEPTS[word] ?? []) concepts.add(conceptByWord.get(c) ?? stemmer(c));
  for (const c of GEO_CONCEPTS[word] ?? []) concepts.add(conceptByWord.get(c) ?? c);
  if (word.includes('-')) for (const p of word.split('-')) if (!STOPWORDS.has(p)) concepts.add(lookupConcept(p, stemmer(p)) ?? stemmer(p));
  const numeric = /^\d/.test(word);
  t = {
    word,
    stem,
    concepts: [...concepts],
    stop: !mapped && (STOPWORDS.has(word) || stopStems.has(stem) || word.length < 2) && !GEO_CONCEPTS[word],
    generic: !mapped && (GENERIC.has(word) || genericStems.has(stem)),
    numeric,
  };
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(word, t);
  return t;
}

export function tokens(text: string): Token[] {
  return words(text).map(tokenOf);
}

/** Tokens that can carry meaning (no stopwords). */
export function contentTokens(text: string): Token[] {
  return tokens(text).filter((t) => !t.stop);
}

/** All concepts and stems present in a text, for coverage checks. With `negation`, a word right
 * after "not"/"no"/"non" is skipped, so "Not waterproof" does not match a waterproof request. */
export function conceptSet(text: string, opts: { negation?: boolean } = {}): Set<string> {
  const s = new Set<string>();
  let prev = '';
  for (const t of tokens(text)) {
    const negated = opts.negation && (prev === 'not' || prev === 'no' || prev === 'non' || prev === 'without');
    prev = t.word;
    if (t.stop || negated) continue;
    s.add(t.stem);
    // A text naming Brazil is not about "international" in general; a question about Brazil is.
    for (const c of t.concepts) if (!(c === '@international' && GEO_CONCEPTS[t.word])) s.add(c);
  }
  return s;
}

/** Damerau–Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/** Sentences of a text; keeps "Q:"/"A:" markers attached. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export const approxTokens = (text: string) => Math.ceil(text.split(/\s+/).filter(Boolean).length * 1.33);
