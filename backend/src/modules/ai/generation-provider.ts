// Answer generation. `local` is an extractive composer: it never writes a fact that is not a
// sentence of the store's knowledge. `openai` streams chat completions over a redacted prompt.
import OpenAI from 'openai';
import type { TMessageRole } from '@convix/shared/contracts';
import { buildPrompt } from './prompt-builder.js';
import { restore } from './redaction.js';
import { indexText, queryTerms, termMatches } from './support.js';
import { sentences } from './text.js';

export interface ContextDoc { docId: string; title: string; content: string; docType: string; score: number }
export interface ContextProduct { productId: string; sku: string; name: string; price: number; currency: string; inStock: boolean; description: string }

export interface GenerationRequest {
  action: 'answer' | 'recommend' | 'clarify';
  storeName: string;
  brandVoice: string;
  forbiddenTopics: string[];
  now: Date;
  message: string;
  /** what retrieval used (may include the previous question for follow-ups) */
  query: string;
  history: { role: TMessageRole; content: string }[];
  knowledge: ContextDoc[];
  products: ContextProduct[];
  clarifyOptions?: string[];
  onDelta?: (delta: string) => void;
}

export interface GenerationResult { text: string; citedDocIds: string[]; provider: string; model: string }

export interface GenerationProvider {
  readonly name: 'local' | 'openai';
  readonly model: string;
  generate(req: GenerationRequest): Promise<GenerationResult>;
}

const price = (p: ContextProduct) => (p.currency === 'USD' ? `$${p.price.toFixed(2)}` : `${p.price.toFixed(2)} ${p.currency}`);

/** Picks knowledge sentences greedily by how many still-uncovered question terms they add, with
 * terms weighted by rarity among the candidate sentences (so "Alaska" beats "shipping"). The
 * opening sentence is judged with its document's title/FAQ question, which frame it. */
export function extractAnswer(query: string, docs: ContextDoc[], maxSentences = 3): { text: string; docIds: string[] } {
  const terms = queryTerms(query);
  type Cand = { doc: number; pos: number; text: string; matched: Set<number>; framed: Set<number>; bonus: number };
  const cands: Cand[] = [];
  docs.slice(0, 3).forEach((d, di) => {
    const faq = d.content.match(/^\s*Q:\s*([\s\S]*?)\s+A:\s*([\s\S]*)$/);
    const body = faq ? faq[2] : d.content;
    const head = indexText(`${d.title}. ${faq?.[1] ?? ''}`);
    const headMatched = terms.map((t, i) => (termMatches(t, head) ? i : -1)).filter((i) => i >= 0);
    // Very short sentences ("Yes.") only make sense with the one after them.
    const sents = sentences(body).reduce<string[]>((acc, s) => {
      if (acc.length && acc[acc.length - 1].split(' ').length < 4) acc[acc.length - 1] += ` ${s}`;
      else acc.push(s);
      return acc;
    }, []);
    sents.forEach((s, pos) => {
      const idx = indexText(s);
      const matched = new Set(terms.map((t, i) => (termMatches(t, idx) ? i : -1)).filter((i) => i >= 0));
      // A FAQ's first answer sentence and a product's name sentence anchor the reply; lower-ranked
      // documents pay a small penalty.
      const anchor = pos === 0 && (faq || d.docType === 'PRODUCT_CATALOG') ? 0.15 : 0;
      cands.push({ doc: di, pos, text: s, matched, framed: new Set([...matched, ...headMatched]), bonus: anchor - 0.06 * di });
    });
  });
  if (!cands.length || !terms.length) return { text: '', docIds: [] };
  const idf = terms.map((t, i) => t.weight * Math.log(1 + cands.length / (1 + cands.filter((c) => c.matched.has(i)).length)));
  const total = idf.reduce((a, b) => a + b, 0) || 1;
  const gain = (set: Set<number>, covered: Set<number>) => [...set].reduce((s, i) => s + (covered.has(i) ? 0 : idf[i]), 0) / total;

  // Opening sentence: best framed coverage.
  let open = cands[0], openScore = -Infinity;
  for (const c of cands) {
    const sc = gain(c.framed, new Set()) + c.bonus;
    if (sc > openScore) { open = c; openScore = sc; }
  }
  const picked: Cand[] = [open];
  // Terms said by the sentences themselves; other documents must also beat what the opening
  // document's title/question already covers (no second source just for "gift card").
  const said = new Set<number>(open.matched);
  const framed = new Set<number>(open.framed);
  const first = gain(open.matched, new Set()) || 1 / total;
  while (picked.length < maxSentences) {
    let best: Cand | null = null, bestScore = 0;
    for (const c of cands) {
      if (picked.includes(c)) continue;
      const g = gain(c.matched, c.doc === open.doc ? said : framed);
      if (g <= 0) continue;
      const sc = g + (picked.some((p) => p.doc === c.doc) ? 0.05 : 0);
      if (sc > bestScore) { best = c; bestScore = sc; }
    }
    // Later sentences must add something real, not just repeat a common word.
    if (!best || bestScore < 0.35 * first) break;
    picked.push(best);
    best.matched.forEach((i) => { said.add(i); framed.add(i); });
  }
  // Sentences from a product chunk read oddly without the product's name: keep it.
  for (const c of [...picked]) {
    if (docs[c.doc].docType === 'PRODUCT_CATALOG' && c.pos > 0 && !picked.some((p) => p.doc === c.doc && p.pos === 0)) {
      const head = cands.find((x) => x.doc === c.doc && x.pos === 0);
      if (head) picked.push(head);
    }
  }
  picked.sort((a, b) => a.doc - b.doc || a.pos - b.pos);
  const docIds = [...new Set(picked.map((p) => docs[p.doc].docId))];
  return { text: picked.map((p) => p.text).join(' '), docIds };
}

export class LocalGenerationProvider implements GenerationProvider {
  readonly name = 'local' as const;
  readonly model = 'local-extractive-v1';

  async generate(req: GenerationRequest): Promise<GenerationResult> {
    let text: string;
    let cited: string[] = [];
    if (req.action === 'clarify') {
      const opts = req.clarifyOptions ?? [];
      text = opts.length >= 2
        ? `Happy to help! Just so I get it right: is your question about ${opts.slice(0, -1).join(', ')} or ${opts[opts.length - 1]}?`
        : 'Happy to help! Could you tell me a little more about what you need, for example which product or order it is about?';
    } else if (req.action === 'recommend') {
      const lines = req.products.slice(0, 3).map((p) => `• ${p.name} (${price(p)})${p.inStock ? '' : ', currently out of stock'}: ${sentences(p.description)[0] ?? ''}`);
      const extra = req.knowledge.length ? extractAnswer(req.query, req.knowledge, 1) : { text: '', docIds: [] };
      text = `Here ${lines.length > 1 ? 'are some options' : 'is an option'} that should suit you:\n${lines.join('\n')}`;
      if (extra.text && req.knowledge[0] && req.knowledge[0].docType !== 'PRODUCT_CATALOG') {
        text += `\n\n${extra.text}`;
        cited = extra.docIds;
      }
      text += '\n\nWould you like more details on any of these?';
    } else {
      const ans = extractAnswer(req.query, req.knowledge);
      cited = ans.docIds;
      const titles = req.knowledge.filter((k) => cited.includes(k.docId)).map((k) => k.title);
      text = ans.text ? `${ans.text}${titles.length ? `\n\n(Source: ${[...new Set(titles)].join(', ')})` : ''}` : "I'm sorry, I don't have that information.";
    }
    req.onDelta?.(text);
    return { text, citedDocIds: cited, provider: this.name, model: this.model };
  }
}

export class OpenAiGenerationProvider implements GenerationProvider {
  readonly name = 'openai' as const;
  private client: OpenAI;
  constructor(readonly model: string, opts: { apiKey?: string; baseUrl?: string; client?: OpenAI }) {
    this.client = opts.client ?? new OpenAI({ apiKey: opts.apiKey ?? 'not-set', baseURL: opts.baseUrl });
  }

  async generate(req: GenerationRequest): Promise<GenerationResult> {
    const { messages, redactions } = buildPrompt({
      storeName: req.storeName, brandVoice: req.brandVoice, forbiddenTopics: req.forbiddenTopics, now: req.now,
      action: req.action, message: req.message, history: req.history, knowledge: req.knowledge, products: req.products,
      clarifyOptions: req.clarifyOptions,
    });
    let raw = '';
    if (req.onDelta) {
      const stream = await this.client.chat.completions.create({ model: this.model, messages, temperature: 0.2, stream: true });
      for await (const part of stream) {
        const d = part.choices[0]?.delta?.content ?? '';
        if (!d) continue;
        raw += d;
        // Deltas may split a placeholder; restoring per delta is best effort, the final text is exact.
        req.onDelta(restore(d, redactions));
      }
    } else {
      const res = await this.client.chat.completions.create({ model: this.model, messages, temperature: 0.2 });
      raw = res.choices[0]?.message?.content ?? '';
    }
    const cited = [...raw.matchAll(/\[(\d+)\]/g)].map((m) => req.knowledge[Number(m[1]) - 1]?.docId).filter((x): x is string => !!x);
    return { text: restore(raw, redactions).trim(), citedDocIds: [...new Set(cited)], provider: this.name, model: this.model };
  }
}
