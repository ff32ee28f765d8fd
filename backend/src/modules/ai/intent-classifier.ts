// Rule-based intent classifier: weighted cue patterns per intent, confidence from the winner's
// strength and its margin over the runner-up. Catalog words (product names, categories) passed in
// by the caller let "is the Swift shoe in stock" count as a product question for any store.
import type { TIntent } from '@convix/shared/contracts';
import { detectExplicitRequest, isGreeting, isThanks } from './triggers.js';
import { normalize, words } from './text.js';

export interface IntentResult {
  intent: TIntent;
  confidence: number;
  /** 0…1 how likely the shopper wants to buy */
  purchaseIntent: number;
  runnerUp: TIntent | null;
  scores: Partial<Record<TIntent, number>>;
}

const CUES: [TIntent, RegExp, number][] = [
  ['ORDER_STATUS', /\bwhere(?:'s| is) my (?:order|package|parcel|delivery|shipment|stuff)\b/, 2],
  ['ORDER_STATUS', /\b(?:status of|track(?:ing)?|trace)\b.*\b(?:order|package|parcel|shipment)\b|\b(?:order|package|parcel)\b.*\b(?:status|track(?:ing)?)\b/, 1.6],
  ['ORDER_STATUS', /\b(?:hasn'?t|has not|never|didn'?t|not yet) (?:arrived|shipped|come|been delivered)\b|\btracking (?:link|number)\b|\blabel created\b/, 1.4],
  ['ORDER_STATUS', /\b[a-z]{1,4}-?\d{5,}\b|\border (?:number|#|no\.?)\b/, 0.8],
  ['SHIPPING', /\b(?:ship\w*|deliver\w*|overnight|expedited|postage|courier|customs|duties|import tax\w*|envio\w*|send (?:to|it to))\b/, 1.2],
  ['SHIPPING', /\bhow long (?:does|will|until)\b.*\b(?:take|arrive|get here)\b/, 0.6],
  ['RETURNS', /\b(?:return\w*|refund\w*|exchange\w*|swap|send (?:it |them )?back|money back|store credit)\b/, 1.5],
  ['PURCHASE_INTENT', /\b(?:looking for|shopping for|in the market for|recommend\w*|suggest\w*|which (?:one|\w+) should i (?:buy|get|choose)|best \w+ for|want to (?:buy|order|get)|i'?d like to (?:buy|order|get)|need (?:a|an|some|new) |want (?:a|an|some|new) |where can i buy|add to cart|planning to buy)/, 1.6],
  ['PRODUCT_QUESTION', /\b(?:in stock|available in|come (?:in|with)|sizes?|sizing|fit|colou?rs?|material|weigh\w*|waterproof|warm|rated|dimensions?|how much (?:is|does) the|does the|is the)\b/, 1],
  ['COMPLAINT', /\b(?:broke|broken|defective|damaged|leak\w*|torn|ripped|wrong (?:item|size|order)|missing|charged (?:me )?twice|double charged|never (?:arrived|received)|disappointed|complain\w*|late|poor quality|fell apart)\b/, 1.3],
  ['HUMAN_REQUEST', /\b(?:human|agent|representative|real person|someone from your team|customer service)\b/, 1],
];

export function classifyIntent(text: string, opts: { catalogTerms?: Set<string> } = {}): IntentResult {
  const t = normalize(text);
  const scores: Partial<Record<TIntent, number>> = {};
  const add = (i: TIntent, w: number) => { scores[i] = (scores[i] ?? 0) + w; };

  if (detectExplicitRequest(text)) add('HUMAN_REQUEST', 3);
  if (isGreeting(text)) add('GREETING', 3);
  if (isThanks(text)) add('THANKS', 3);
  for (const [intent, re, w] of CUES) if (re.test(t)) add(intent, w);
  const ws = words(text);
  const catalogHits = opts.catalogTerms ? ws.filter((w) => opts.catalogTerms!.has(w)).length : 0;
  if (catalogHits) add('PRODUCT_QUESTION', Math.min(1.2, 0.5 * catalogHits));

  const ranked = (Object.entries(scores) as [TIntent, number][]).sort((a, b) => b[1] - a[1]);
  const isQuestion = /\?\s*$/.test(text.trim()) || /^(?:how|what|when|where|why|which|who|can|could|do|does|did|is|are|will|would|should)\b/.test(t.trim());
  let intent: TIntent = 'OTHER';
  let confidence: number;
  if (!ranked.length) {
    // A well-formed question without intent cues is still a clear request for information.
    confidence = isQuestion && ws.length >= 3 ? 0.75 : ws.length >= 4 ? 0.6 : 0.35;
  } else {
    const [top, second] = ranked;
    intent = top[0];
    const margin = top[1] - (second?.[1] ?? 0);
    confidence = Math.min(0.97, 0.55 + 0.15 * top[1] + 0.1 * margin);
  }
  const purchaseCue = scores.PURCHASE_INTENT ?? 0;
  const purchaseIntent = Math.min(1, +(purchaseCue / 2 + Math.min(0.3, catalogHits * 0.1) + (intent === 'PRODUCT_QUESTION' ? 0.15 : 0)).toFixed(3));
  return { intent, confidence: +confidence.toFixed(3), purchaseIntent, runnerUp: ranked[1]?.[0] ?? null, scores };
}
