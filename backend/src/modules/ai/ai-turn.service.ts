// One AI turn: understand the message, retrieve, decide, generate, explain. Pure apart from DB
// reads: it writes no Message/Handoff rows; the conversation pipeline persists the result.
import type { TDecisionRecord, TMessageRole, THandoffTrigger, TTrainingTestResponse } from '@convix/shared/contracts';
import { confidenceScore, DEFAULT_THRESHOLD } from './confidence.js';
import { decide, type ConversationState } from './decision-engine.js';
import type { ContextDoc, ContextProduct } from './generation-provider.js';
import { summarizeHandoff } from './handoff-summary.js';
import { classifyIntent } from './intent-classifier.js';
import { declineReply, greetingReply, handoffReply, thanksReply, unresolvedRetryReply } from './reply-templates.js';
import { searchKnowledge, searchProducts, type KnowledgeHit, type ProductHit } from './retrieval.service.js';
import { conversationSentiment, readEmotion } from './sentiment.js';
import { measureSupport, queryTerms } from './support.js';
import { words } from './text.js';
import {
  cartValueFromText, detectExplicitRequest, detectHighValueRisk, detectUnresolvedSignal, isGreeting, isThanks, matchForbiddenTopic,
} from './triggers.js';
import type { AiDeps } from './types.js';

export interface AiTurnInput {
  storeId: string;
  conversationId?: string;
  history: { role: TMessageRole; content: string }[];
  message: string;
  context?: { cartValue?: number };
  state: ConversationState;
  onDelta?: (delta: string) => void;
}

export interface AiTurnResult {
  content: string;
  decision: TDecisionRecord;
  handoff: { trigger: THandoffTrigger; summary: string } | null;
  stateUpdates: ConversationState;
  sentiment: number;
  purchaseIntent: number;
  /** retrieval detail for the training test page */
  retrieved: KnowledgeHit[];
}

interface StoreProfile {
  name: string; brandVoice: string; forbiddenTopics: string[]; threshold: number; highValue: number; catalogTerms: Set<string>; version: string;
}
const profileCache = new WeakMap<object, Map<string, StoreProfile>>();

/** A cheap stamp of everything the profile is built from: a settings, store or catalog edit in
 *  any process (API or worker) changes it, so no cross-process invalidation is needed. */
async function profileVersion(deps: AiDeps, storeId: string): Promise<string> {
  const rows = await deps.prisma.$queryRawUnsafe<{ v: string }[]>(
    `SELECT concat_ws('|', s."updatedAt", st."updatedAt",
              (SELECT concat(count(*), ':', max("updatedAt")) FROM "Product" WHERE "storeId" = s.id)) AS v
       FROM "Store" s LEFT JOIN "StoreSettings" st ON st."storeId" = s.id WHERE s.id = $1::uuid`,
    storeId,
  );
  if (!rows.length) throw new Error(`Store ${storeId} not found`);
  return rows[0].v;
}

/** Store settings and catalog vocabulary, rebuilt only when their version stamp changes. */
async function storeProfile(deps: AiDeps, storeId: string): Promise<StoreProfile> {
  let m = profileCache.get(deps.prisma);
  if (!m) profileCache.set(deps.prisma, (m = new Map()));
  const version = await profileVersion(deps, storeId);
  const hit = m.get(storeId);
  if (hit && hit.version === version) return hit;
  const store = await deps.prisma.store.findUnique({ where: { id: storeId }, include: { settings: true } });
  if (!store) throw new Error(`Store ${storeId} not found`);
  const products = await deps.prisma.product.findMany({ where: { storeId }, select: { name: true, category: true }, take: 2000 });
  const catalogTerms = new Set(products.flatMap((p) => words(`${p.name} ${p.category ?? ''}`)).filter((w) => w.length >= 3 && !/^\d/.test(w)));
  const s = store.settings;
  const profile: StoreProfile = {
    name: store.name, brandVoice: s?.brandVoice ?? 'Friendly, helpful and concise', forbiddenTopics: s?.forbiddenTopics ?? [],
    threshold: s?.confidenceThreshold ?? DEFAULT_THRESHOLD, highValue: s ? Number(s.highValueCartThreshold) : 500, catalogTerms, version,
  };
  m.set(storeId, profile);
  return profile;
}

const ORDER_ID = /\b[A-Z]{1,4}-?\d{5,}\b|#\d{4,}\b/;

export async function runAiTurn(deps: AiDeps, input: AiTurnInput): Promise<AiTurnResult> {
  const started = performance.now();
  const profile = await storeProfile(deps, input.storeId);
  const { message, history, state } = input;
  const prevCustomer = [...history].reverse().find((m) => m.role === 'CUSTOMER')?.content;

  const emotion = readEmotion(message);
  const sentiment = conversationSentiment([...history.filter((m) => m.role === 'CUSTOMER').map((m) => m.content), message]);
  const intent = classifyIntent(message, { catalogTerms: profile.catalogTerms });
  const cartValue = input.context?.cartValue ?? cartValueFromText(message);
  const unresolvedSignal = detectUnresolvedSignal(message);
  const greeting = isGreeting(message);
  const thanks = isThanks(message);

  // Follow-ups ("is it waterproof?", "I meant the colors", an answer to our clarifying question)
  // are retrieved together with the previous question.
  const ownTerms = queryTerms(message).filter((t) => t.weight >= 1);
  const followUp = !!prevCustomer && (unresolvedSignal || state.clarifyCount > 0 ||
    (ownTerms.length <= 2 && /\b(it|that|this|they|them|those|these|one)\b/i.test(message)) || /^(and|also|what about|how about)\b/i.test(message.trim()));
  const query = followUp ? `${prevCustomer} ${message}` : message;
  const keyTerms = queryTerms(query).filter((t) => t.weight >= 1);

  const [hits, productHits] = await Promise.all([
    searchKnowledge(deps, { storeId: input.storeId, query, topK: 5, all: true }),
    searchProducts(deps, { storeId: input.storeId, query, topK: 5 }),
  ]);
  const terms = queryTerms(query);
  const pool = [...hits.map((h) => h.index), ...productHits.map((p) => p.index)];
  // Policy questions (returns, shipping) apply to any item, so an item the knowledge never names
  // ("return a jacket" at a store whose policy says "items") weighs less than elsewhere.
  const policyQuestion = (intent.intent === 'RETURNS' || intent.intent === 'SHIPPING') && intent.confidence >= 0.8;
  const knowledge = measureSupport(terms, hits.map((h) => h.index), pool, policyQuestion ? 0.8 : 0.5);
  const goodProducts = pickProducts(productHits);
  // For recommendations an unmatched preference ("for camping") costs less: the closest product is still useful.
  const productSupport = goodProducts.length ? measureSupport(terms, goodProducts.map((p) => p.index), pool, 0.75) : null;

  const decision = decide({
    intent, emotion, state, threshold: profile.threshold,
    explicitRequest: detectExplicitRequest(message),
    highValue: detectHighValueRisk(message, cartValue, profile.highValue),
    forbidden: matchForbiddenTopic(message, profile.forbiddenTopics),
    unresolvedSignal, greeting, thanks,
    ambiguous: !greeting && !thanks && (keyTerms.length === 0 || (keyTerms.length === 1 && intent.intent === 'OTHER' && intent.confidence < 0.7)),
    orderLookup: ORDER_ID.test(message) && (intent.intent === 'ORDER_STATUS' || /\bstatus\b/i.test(message)),
    knowledge, products: productSupport,
  });

  // Context for the reply: chunks that cover the question about as well as the best one.
  const bestCov = hits[0] ? Math.max(...hits.slice(0, 5).map((h) => h.coverage)) : 0;
  const context: ContextDoc[] = hits.slice(0, 5).filter((h) => h.coverage >= 0.6 * bestCov && h.coverage > 0)
    .map((h) => ({ docId: h.docId, title: h.title, content: h.content, docType: h.docType, score: h.score }));
  const products: ContextProduct[] = decision.recommend ? goodProducts.slice(0, 3) : [];

  let content: string;
  let cited: string[] = [];
  let provider = 'rules', model = 'convix-rules-v1';
  const gen = deps.providers.generation;
  if (decision.action === 'handoff') content = handoffReply(decision.trigger!, profile.name);
  else if (decision.action === 'decline') content = declineReply(profile.name);
  else if (greeting) content = greetingReply(profile.name);
  else if (thanks) content = thanksReply();
  else if (decision.action === 'clarify' && unresolvedSignal) content = unresolvedRetryReply();
  else {
    const res = await gen.generate({
      action: decision.recommend ? 'recommend' : decision.action === 'clarify' ? 'clarify' : 'answer',
      storeName: profile.name, brandVoice: profile.brandVoice, forbiddenTopics: profile.forbiddenTopics, now: deps.now?.() ?? new Date(),
      message, query, history, knowledge: context, products,
      clarifyOptions: [...new Set(hits.slice(0, 4).map((h) => h.title.toLowerCase()))].slice(0, 3),
      onDelta: input.onDelta,
    });
    content = res.text;
    cited = res.citedDocIds;
    provider = res.provider;
    model = res.model;
  }
  if (provider === 'rules') input.onDelta?.(content);

  // An external LLM may still slip in a number (price, date, days) that no source contains:
  // that lowers factual support and, below the threshold, turns the reply into a handoff.
  if (provider !== 'rules' && provider !== 'local' && (decision.action === 'answer' || decision.action === 'recommend')) {
    const unsupported = unsupportedNumbers(content, [message, ...context.map((c) => c.content), ...products.map((p) => `${p.name} ${p.description} ${p.price} ${p.price.toFixed(2)}`)]);
    if (unsupported.length) {
      decision.signals.push(`unsupported_numbers:${unsupported.join(',')}`);
      decision.confidence = confidenceScore(decision.confidence.factual * 0.5, decision.confidence.intent, decision.confidence.emotional);
      if (decision.confidence.composite < profile.threshold) {
        decision.action = 'handoff';
        decision.trigger = 'LOW_CONFIDENCE';
        decision.recommend = false;
        content = handoffReply('LOW_CONFIDENCE', profile.name);
        cited = [];
      }
    }
  }

  const byDoc = new Map<string, KnowledgeHit>();
  for (const h of hits) if (!byDoc.has(h.docId)) byDoc.set(h.docId, h);
  const sources = cited.map((id) => byDoc.get(id)).filter((h): h is KnowledgeHit => !!h)
    .map((h) => ({ docId: h.docId, title: h.title, score: +h.score.toFixed(4) }));
  const record: TDecisionRecord = {
    action: decision.action, intent: intent.intent, intentConfidence: intent.confidence, confidence: decision.confidence,
    threshold: profile.threshold, signals: decision.signals, trigger: decision.trigger, sources,
    recommendations: (decision.recommend ? products : []).map((p) => ({ productId: p.productId, sku: p.sku, name: p.name, price: p.price })),
    sentiment, purchaseIntent: intent.purchaseIntent, provider, model, latencyMs: Math.round(performance.now() - started),
  };
  const handoff = decision.trigger
    ? {
        trigger: decision.trigger,
        summary: summarizeHandoff({
          trigger: decision.trigger, intent: intent.intent, message, history, cartValue, sentiment,
          missing: knowledge.missing, sourcesTried: [...new Set(hits.slice(0, 2).map((h) => h.title))],
        }),
      }
    : null;
  return { content, decision: record, handoff, stateUpdates: decision.stateUpdates, sentiment, purchaseIntent: intent.purchaseIntent, retrieved: hits.slice(0, 20) };
}

/** Numbers in a generated reply that none of the sources (or the shopper) mentioned. */
export function unsupportedNumbers(reply: string, sources: string[]): string[] {
  const nums = (t: string) => (t.replace(/(\d),(\d{3})/g, '$1$2').match(/\d+(?:\.\d+)?/g) ?? []).map((n) => String(Number(n)));
  const allowed = new Set(sources.flatMap(nums));
  // Citation markers like [1] are not facts.
  return [...new Set(nums(reply.replace(/\[\d+\]/g, '')))].filter((n) => !allowed.has(n));
}

/** Forget cached settings/catalog vocabulary after the store changes them (otherwise 30 s TTL). */
export function invalidateStoreProfile(deps: Pick<AiDeps, 'prisma'>, storeId: string): void {
  profileCache.get(deps.prisma)?.delete(storeId);
}

/** Products close to the best match; in-stock items first. */
function pickProducts(hits: ProductHit[]): (ProductHit & ContextProduct)[] {
  if (!hits.length) return [];
  const best = Math.max(...hits.map((h) => h.coverage));
  if (best < 0.5) return [];
  return hits.filter((h) => h.coverage >= 0.8 * best).sort((a, b) => Number(b.inStock) - Number(a.inStock) || b.score - a.score);
}

/** POST /training/test: what the AI would retrieve and answer for a query, without a conversation. */
export async function trainingTest(deps: AiDeps, storeId: string, req: { query: string; topK?: number; cartValue?: number }): Promise<TTrainingTestResponse> {
  const res = await runAiTurn(deps, {
    storeId, history: [], message: req.query, context: { cartValue: req.cartValue }, state: { unresolvedCount: 0, clarifyCount: 0 },
  });
  const topK = req.topK ?? 5;
  const chunks = res.retrieved.slice(0, topK).map((h) => ({
    chunkId: h.chunkId, docId: h.docId, title: h.title, content: h.content, score: h.score, vectorScore: h.vectorScore, textScore: h.textScore,
  }));
  return { chunks, answer: res.content, confidence: res.decision.confidence, decision: res.decision };
}
