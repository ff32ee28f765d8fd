// Ingestion job body: PENDING → PROCESSING → READY/FAILED. Old chunks are replaced in one
// transaction; an unchanged document (same content hash and embedding model) is skipped, and
// unchanged chunks inside a changed document reuse their stored vectors instead of re-embedding.
import { createHash, randomUUID } from 'node:crypto';
import { chunkText, type Chunk } from './chunker.js';
import { crawl, type CrawlOptions } from './crawler.js';
import { toVectorLiteral } from './embedding-provider.js';
import { productText } from './retrieval.service.js';
import type { AiDeps } from './types.js';

export type ProgressFn = (progress: number) => void | Promise<void>;

export interface IngestResult {
  status: 'READY' | 'FAILED';
  chunkCount: number;
  skipped: boolean;
  reused: number;
  error?: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function money(price: unknown, currency: string) {
  return `${currency === 'USD' ? '$' : ''}${Number(price).toFixed(2)}${currency === 'USD' ? '' : ` ${currency}`}`;
}

/** One chunk per product so a question about one item retrieves exactly that item. */
async function catalogChunks(deps: AiDeps, storeId: string): Promise<Chunk[]> {
  const products = await deps.prisma.product.findMany({ where: { storeId }, orderBy: { name: 'asc' } });
  return products.map((p) => {
    const content = `${p.name} (SKU ${p.sku}) costs ${money(p.price, p.currency)}. It is ${p.inStock ? 'in stock' : 'currently out of stock'}. Category: ${p.category ?? 'general'}. ${p.description}${p.tags.length ? ` Tags: ${p.tags.join(', ')}.` : ''}`;
    return { content, tokenCount: Math.ceil(content.split(/\s+/).length * 1.33), heading: p.name };
  });
}

async function setDoc(deps: AiDeps, id: string, data: Record<string, unknown>) {
  await deps.prisma.trainingDoc.update({ where: { id }, data });
}

export async function ingestTrainingDoc(deps: AiDeps, docId: string, onProgress?: ProgressFn): Promise<IngestResult> {
  const { prisma } = deps;
  const { embedding } = deps.providers;
  const progress = async (p: number) => {
    await setDoc(deps, docId, { progress: p });
    await onProgress?.(p);
  };
  const doc = await prisma.trainingDoc.findUnique({ where: { id: docId } });
  if (!doc) throw new Error(`Training document ${docId} not found`);
  try {
    await setDoc(deps, docId, { status: 'PROCESSING', error: null, progress: 5 });
    await onProgress?.(5);

    let chunks: Chunk[];
    let text = doc.content;
    if (doc.type === 'PRODUCT_CATALOG') {
      await embedProducts(deps, doc.storeId);
      chunks = await catalogChunks(deps, doc.storeId);
      text = chunks.map((c) => c.content).join('\n');
    } else {
      if (doc.type === 'URL') {
        if (!doc.sourceUrl) throw new Error('This URL source has no address');
        const opts = (doc.options ?? {}) as Partial<CrawlOptions>;
        const pages = await crawl(doc.sourceUrl, opts, { fetch: deps.fetch, onPage: (n, max) => void progress(5 + Math.round((35 * n) / max)) });
        text = pages.map((p) => `# ${p.title}\n\n${p.text}`).join('\n\n').slice(0, 200_000);
        await setDoc(deps, docId, { content: text, metadata: { ...(doc.metadata as object), pages: pages.map((p) => ({ url: p.url, title: p.title })) } });
      }
      if (!text.trim()) throw new Error('The document has no text to learn from');
      chunks = chunkText(text);
    }

    const hash = sha(JSON.stringify([doc.type, doc.title, text, embedding.model]));
    if (doc.contentHash === hash && doc.chunkCount > 0 && doc.chunkCount === chunks.length) {
      await setDoc(deps, docId, { status: 'READY', progress: 100, error: null });
      await onProgress?.(100);
      return { status: 'READY', chunkCount: chunks.length, skipped: true, reused: chunks.length };
    }
    await progress(40);

    // Reuse vectors of chunks whose text and model did not change.
    const old = await prisma.$queryRawUnsafe<{ h: string; e: string }[]>(
      `SELECT metadata->>'hash' AS h, embedding::text AS e FROM "TrainingChunk" WHERE "docId" = $1::uuid AND "embeddingModel" = $2 AND embedding IS NOT NULL`,
      docId, embedding.model,
    );
    const reuse = new Map(old.map((r) => [r.h, r.e]));
    const hashes = chunks.map((c) => sha(`${doc.title}\n${c.content}`));
    const todo = chunks.map((c, i) => ({ c, i })).filter(({ i }) => !reuse.has(hashes[i]));
    const vectors = new Map<number, string>();
    for (let b = 0; b < todo.length; b += 64) {
      const batch = todo.slice(b, b + 64);
      // The title is embedded with the chunk so "Gift cards" helps a chunk that never says it.
      const vecs = await embedding.embed(batch.map(({ c }) => `${doc.title}. ${c.content}`));
      batch.forEach(({ i }, k) => vectors.set(i, toVectorLiteral(vecs[k])));
      await progress(40 + Math.round((50 * Math.min(todo.length, b + 64)) / Math.max(1, todo.length)));
    }

    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "TrainingChunk" WHERE "docId" = $1::uuid`, docId);
      for (let b = 0; b < chunks.length; b += 100) {
        const params: unknown[] = [];
        const rows = chunks.slice(b, b + 100).map((c, k) => {
          const i = b + k;
          params.push(randomUUID(), doc.storeId, docId, i, c.content, c.tokenCount, vectors.get(i) ?? reuse.get(hashes[i]), embedding.model,
            JSON.stringify({ hash: hashes[i], heading: c.heading ?? null }));
          const o = k * 9;
          return `($${o + 1}::uuid, $${o + 2}::uuid, $${o + 3}::uuid, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}::vector, $${o + 8}, $${o + 9}::jsonb)`;
        });
        await tx.$executeRawUnsafe(
          `INSERT INTO "TrainingChunk" (id, "storeId", "docId", position, content, "tokenCount", embedding, "embeddingModel", metadata) VALUES ${rows.join(',')}`,
          ...params,
        );
      }
      await tx.trainingDoc.update({
        where: { id: docId },
        data: { status: 'READY', progress: 100, error: null, chunkCount: chunks.length, contentHash: hash },
      });
    });
    await onProgress?.(100);
    return { status: 'READY', chunkCount: chunks.length, skipped: false, reused: chunks.length - todo.length };
  } catch (err) {
    const message = readableError(err);
    await setDoc(deps, docId, { status: 'FAILED', error: message, progress: 100 }).catch(() => undefined);
    return { status: 'FAILED', chunkCount: 0, skipped: false, reused: 0, error: message };
  }
}

function readableError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/401|invalid api key|incorrect api key/i.test(msg)) return 'The AI provider rejected the API key';
  if (/ECONNREFUSED|ENOTFOUND|fetch failed/i.test(msg)) return `Could not reach the source: ${msg}`;
  return msg.slice(0, 500);
}

/** Embeds products whose vector is missing or from another model (or all, with force). */
export async function embedProducts(deps: AiDeps, storeId: string, opts: { force?: boolean } = {}): Promise<number> {
  const { embedding } = deps.providers;
  const products = await deps.prisma.product.findMany({
    where: { storeId, ...(opts.force ? {} : { OR: [{ embeddingModel: null }, { embeddingModel: { not: embedding.model } }] }) },
    select: { id: true, name: true, category: true, description: true, tags: true },
  });
  for (let b = 0; b < products.length; b += 100) {
    const batch = products.slice(b, b + 100);
    const vecs = await embedding.embed(batch.map((p) => productText(p)));
    const params: unknown[] = [embedding.model];
    const values = batch.map((p, k) => {
      params.push(p.id, toVectorLiteral(vecs[k]));
      return `($${2 + 2 * k}::uuid, $${3 + 2 * k}::vector)`;
    });
    await deps.prisma.$executeRawUnsafe(
      `UPDATE "Product" p SET embedding = v.e, "embeddingModel" = $1 FROM (VALUES ${values.join(',')}) AS v(id, e) WHERE p.id = v.id`,
      ...params,
    );
  }
  return products.length;
}

/** Re-ingests every document of a store (unchanged ones are skipped by hash) and its products. */
export async function reindexStore(deps: AiDeps, storeId: string): Promise<{ docs: number; failed: number; products: number }> {
  const products = await embedProducts(deps, storeId);
  const docs = await deps.prisma.trainingDoc.findMany({ where: { storeId }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  let failed = 0;
  for (const d of docs) if ((await ingestTrainingDoc(deps, d.id)).status === 'FAILED') failed++;
  return { docs: docs.length, failed, products };
}
