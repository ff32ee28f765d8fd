// TODO: REPLACE WITH API — GET /v1/stores/:storeId/training
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/training
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/training/upload (multipart file)
// TODO: REPLACE WITH API — PATCH /v1/stores/:storeId/training/:docId
// TODO: REPLACE WITH API — DELETE /v1/stores/:storeId/training/:docId
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/training/retrain
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/training/test
import type {
  TCreateTrainingDocRequest, TRetrievedChunk, TTrainingDoc, TTrainingTestRequest, TTrainingTestResponse, TUpdateTrainingDocRequest,
} from '@convix/shared/contracts';
import { ApiError } from '@/lib/api-client';
import { getDb } from './db';
import { round2 } from './prng';

const PROCESS_MS = 7000; // how long a document "takes" to chunk and embed in the demo

/** Derive status/progress from elapsed time, so processing advances without timers. */
function refresh(doc: TTrainingDoc) {
  const started = getDb().docJobs.get(doc.id);
  if (started === undefined) return doc;
  const p = Math.min(100, Math.round(((Date.now() - started) / PROCESS_MS) * 100));
  if (p >= 100) {
    getDb().docJobs.delete(doc.id);
    Object.assign(doc, { status: 'READY', progress: 100, chunkCount: Math.max(1, Math.round(doc.content.length / 60)), updatedAt: new Date().toISOString() });
  } else Object.assign(doc, { status: p < 8 ? 'PENDING' : 'PROCESSING', progress: p });
  return doc;
}

function find(id: string) {
  const d = getDb().docs.find((x) => x.id === id);
  if (!d) throw new ApiError('NOT_FOUND', 'Document not found', 404);
  return d;
}

function startJob(doc: TTrainingDoc) {
  getDb().docJobs.set(doc.id, Date.now());
  Object.assign(doc, { status: 'PENDING', progress: 0, error: null });
}

export const listDocs = () => ({ items: getDb().docs.map(refresh) });

export function createDoc(req: TCreateTrainingDocRequest | { type: 'FILE'; title: string; fileName: string; content: string }): TTrainingDoc {
  const now = new Date().toISOString();
  const doc: TTrainingDoc = {
    id: crypto.randomUUID(), type: req.type,
    title: req.type === 'URL' ? req.title || new URL(req.url).hostname + new URL(req.url).pathname : req.title ?? 'Untitled',
    content: 'content' in req ? req.content : req.type === 'URL' ? `Crawled content of ${req.url}` : 'Catalog synced from your store.',
    sourceUrl: req.type === 'URL' ? req.url : null, fileName: req.type === 'FILE' ? req.fileName : null,
    status: 'PENDING', error: null, progress: 0, chunkCount: 0, createdAt: now, updatedAt: now,
  };
  getDb().docs.unshift(doc);
  startJob(doc);
  return doc;
}

export function updateDoc(id: string, req: TUpdateTrainingDocRequest) {
  const d = find(id);
  Object.assign(d, Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)), { updatedAt: new Date().toISOString() });
  if (req.content !== undefined) startJob(d);
  return d;
}

export function deleteDoc(id: string) {
  find(id);
  getDb().docs = getDb().docs.filter((d) => d.id !== id);
  return { ok: true as const };
}

export function retrain(ids?: string[]) {
  const docs = getDb().docs.filter((d) => (ids ? ids.includes(d.id) : d.status !== 'PROCESSING'));
  // A failed URL stays failed on retrain: the page is still missing.
  for (const d of docs) if (d.status !== 'FAILED') startJob(d);
  return { queued: docs.filter((d) => d.status !== 'FAILED').length };
}

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g)?.filter((w) => w.length > 2) ?? [];

export function testQuestion(req: TTrainingTestRequest): TTrainingTestResponse {
  const q = new Set(words(req.query));
  const ready = getDb().docs.filter((d) => d.status === 'READY' && d.content);
  const chunks: TRetrievedChunk[] = ready
    .flatMap((d) => d.content.split(/(?<=\.)\s+/).map((sentence) => ({ d, sentence })))
    .map(({ d, sentence }) => {
      const hits = words(sentence).filter((w) => q.has(w)).length;
      const score = round2(Math.min(0.98, hits / Math.max(2, q.size) + (words(d.title).some((w) => q.has(w)) ? 0.2 : 0)));
      return { chunkId: crypto.randomUUID(), docId: d.id, title: d.title, content: sentence, score, vectorScore: round2(score * 0.9), textScore: round2(score * 1.1) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, req.topK ?? 5);
  const top = chunks[0]?.score ?? 0;
  const factual = round2(Math.min(0.97, 0.25 + top));
  const intent = round2(q.size > 1 ? 0.88 : 0.6);
  const emotional = 0.9;
  const composite = round2(0.45 * factual + 0.35 * intent + 0.2 * emotional);
  const threshold = getDb().settings.confidenceThreshold;
  const handoff = composite < threshold;
  const answer = chunks.length
    ? `${chunks.slice(0, 2).map((c) => c.content).join(' ')}`
    : "I couldn't find this in your training data, so in a live chat I would hand this over to your team.";
  const confidence = { factual, intent, emotional, composite };
  return {
    chunks, answer, confidence,
    decision: {
      action: handoff ? 'handoff' : 'answer', intent: 'OTHER', intentConfidence: intent, confidence, threshold, signals: handoff ? ['composite below threshold'] : [],
      trigger: handoff ? 'LOW_CONFIDENCE' : null, sources: chunks.slice(0, 3).map((c) => ({ docId: c.docId, title: c.title, score: c.score })),
      recommendations: [], sentiment: 0, purchaseIntent: 0.1, provider: 'openai', model: 'gpt-4.1-mini', latencyMs: 900,
    },
  };
}
