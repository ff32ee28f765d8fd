// Runs the AI module's ingestion for one document and keeps the dashboard informed: every
// progress step and the final state go out as 'training.progress'.
import type { Container } from '../../container.js';
import { invalidateStoreProfile } from '../ai/ai-turn.service.js';
import { embedProducts, ingestTrainingDoc, type IngestResult } from '../ai/ingestion.service.js';
import type { AiDeps } from '../ai/types.js';
import { safeFetch } from './safe-fetch.js';
import { serializeTrainingDoc } from './training.serializer.js';

export function trainingDeps(c: Container): AiDeps {
  return { prisma: c.prisma, providers: c.ai, fetch: safeFetch({ allowPrivate: c.env.NODE_ENV !== 'production' }) };
}

export async function emitDoc(c: Container, docId: string): Promise<void> {
  const row = await c.prisma.trainingDoc.findUnique({ where: { id: docId } });
  if (row) c.events.emit('training.progress', { storeId: row.storeId, doc: serializeTrainingDoc(row) });
}

/** Provider hiccups are worth another attempt; a bad document is not. */
export function isTransient(error = ''): boolean {
  return /\b(429|50[0-4])\b|rate limit|timed? ?out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|overloaded/i.test(error);
}

/**
 * Ingests `docId` (no-op when it was deleted meanwhile). If the title or content changed while we
 * were embedding, a concurrent job may have been overwritten by our older text, so go again:
 * unchanged chunks reuse their vectors, so the extra pass is cheap.
 */
export async function runIngest(c: Container, docId: string, deps = trainingDeps(c)): Promise<IngestResult | null> {
  let last = '';
  const onProgress = async (p: number) => {
    const row = await c.prisma.trainingDoc.findUnique({ where: { id: docId } });
    if (!row) return;
    const key = `${row.status}:${p}`;
    if (key === last) return;
    last = key;
    c.events.emit('training.progress', { storeId: row.storeId, doc: { ...serializeTrainingDoc(row), progress: p } });
  };
  let res: IngestResult | null = null;
  for (let pass = 0; pass < 3; pass++) {
    const before = await c.prisma.trainingDoc.findUnique({ where: { id: docId }, select: { title: true, content: true, type: true, storeId: true } });
    if (!before) return null;
    res = await ingestTrainingDoc(deps, docId, onProgress).catch((err: Error) => {
      if (/not found/i.test(err.message)) return null;
      throw err;
    });
    if (!res) return null;
    const now = await c.prisma.trainingDoc.findUnique({ where: { id: docId }, select: { title: true, content: true } });
    if (!now) return null; // deleted while ingesting: its chunks went with it
    if (res.status === 'FAILED') await emitDoc(c, docId);
    // Catalog and crawled docs generate their own content, so only typed text can go stale.
    const stale = now.title !== before.title || (before.type !== 'URL' && before.type !== 'PRODUCT_CATALOG' && now.content !== before.content);
    if (!stale) {
      if (before.type === 'PRODUCT_CATALOG') invalidateStoreProfile(c, before.storeId);
      return res;
    }
  }
  return res;
}

/** Products changed: embed the new/changed ones, then rebuild any catalog document. */
export async function refreshProducts(c: Container, storeId: string): Promise<{ embedded: number; catalogDocs: number }> {
  const deps = trainingDeps(c);
  const embedded = await embedProducts(deps, storeId);
  invalidateStoreProfile(c, storeId); // the catalog vocabulary feeds intent detection
  const docs = await c.prisma.trainingDoc.findMany({ where: { storeId, type: 'PRODUCT_CATALOG' }, select: { id: true } });
  for (const d of docs) await runIngest(c, d.id, deps);
  return { embedded, catalogDocs: docs.length };
}
