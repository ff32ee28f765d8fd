// AI benchmarks with the local providers, on in-memory PGlite and (when DATABASE_URL is set) on
// PostgreSQL in a throw-away database: hybrid retrieval p50/p95 at N chunks, ingestion of 100
// documents, one AI turn p50/p95.
//   npm run bench -- ai                                   (sizes 1000,10000)
//   cd backend && node --import tsx ../bench/ai-bench.ts --sizes 1000,10000,100000 [--engines pglite,postgres]
//   BENCH_AI_SIZES=1000,10000,100000 npm run bench -- ai
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../backend/src/db/client.js';
import { runAiTurn } from '../backend/src/modules/ai/ai-turn.service.js';
import { toVectorLiteral } from '../backend/src/modules/ai/embedding-provider.js';
import { embedProducts, ingestTrainingDoc } from '../backend/src/modules/ai/ingestion.service.js';
import { createAiProviders } from '../backend/src/modules/ai/providers.js';
import { ftsQuery, searchKnowledge } from '../backend/src/modules/ai/retrieval.service.js';
import type { AiDeps } from '../backend/src/modules/ai/types.js';
import { createTestDatabase } from '../backend/src/test/test-db.js';

type Engine = 'pglite' | 'postgres';

const VOCAB = ('shipping delivery return refund exchange warranty jacket tent boots backpack sleeping bag stove lantern ' +
  'rain waterproof insulated fleece size fit color order tracking payment gift card loyalty points store hours pickup ' +
  'repair care wash dry zipper seam fabric recycled down lightweight trail hiking camping climbing ski snow winter summer')
  .split(' ');

// Realistic corpora have a long-tailed vocabulary: domain words first, then 3,000 made-up words,
// drawn with Zipf's law so full-text matches are a fraction of the rows, as in real stores.
const SYLL = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'pi', 'nu', 'gra', 'fen', 'ul', 'tri', 'bo'];
const LEXICON = [...VOCAB, ...Array.from({ length: 3000 }, (_, i) => SYLL[i % 15] + SYLL[Math.floor(i / 15) % 15] + SYLL[Math.floor(i / 225) % 15])];
const CUM: number[] = [];
// Rank offset 100 flattens the head the way stopword removal does for real text.
LEXICON.reduce((acc, _, i) => (CUM.push(acc + 1 / (i + 100)), acc + 1 / (i + 100)), 0);
function zipfWord(r: () => number): string {
  const x = r() * CUM[CUM.length - 1];
  let lo = 0, hi = CUM.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (CUM[mid] < x) lo = mid + 1; else hi = mid; }
  return LEXICON[lo];
}

/** Deterministic pseudo-random generator so runs are comparable. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticText(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(zipfWord(r) + (i % 12 === 11 ? '.' : ''));
  return out.join(' ');
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function setup(engine: Engine): Promise<{ db: Database; deps: AiDeps; storeId: string }> {
  const db = engine === 'postgres' ? await createTestDatabase(process.env.DATABASE_URL) : await openDatabase({});
  const deps: AiDeps = { prisma: db.prisma, providers: createAiProviders() };
  const store = await db.prisma.store.create({ data: { name: 'Bench Outfitters', settings: { create: {} } } });
  return { db, deps, storeId: store.id };
}

/** Bulk-inserts `n` synthetic chunks (via SQL) and measures hybrid search latency. */
export async function benchRetrieval(engine: Engine, n: number, queries = 60) {
  const { db, deps, storeId } = await setup(engine);
  try {
    const r = rng(n);
    const doc = await db.prisma.trainingDoc.create({ data: { storeId, type: 'MANUAL', title: 'Synthetic', status: 'READY' } });
    const { embedding } = deps.providers;
    const t0 = performance.now();
    // Bulk load the way a migration would: build the HNSW index once after the rows are in.
    await db.prisma.$executeRawUnsafe('DROP INDEX IF EXISTS "TrainingChunk_embedding_hnsw_idx"');
    for (let b = 0; b < n; b += 500) {
      const texts = Array.from({ length: Math.min(500, n - b) }, () => syntheticText(r, 60));
      const vecs = await embedding.embed(texts);
      const params: unknown[] = [storeId, doc.id, embedding.model];
      const rows = texts.map((t, k) => {
        params.push(randomUUID(), b + k, t, toVectorLiteral(vecs[k]));
        const o = 4 + k * 4;
        return `($${o}::uuid, $1::uuid, $2::uuid, $${o + 1}, $${o + 2}, 80, $${o + 3}::vector, $3)`;
      });
      await db.prisma.$executeRawUnsafe(
        `INSERT INTO "TrainingChunk" (id, "storeId", "docId", position, content, "tokenCount", embedding, "embeddingModel") VALUES ${rows.join(',')}`, ...params);
    }
    await db.prisma.$executeRawUnsafe('CREATE INDEX "TrainingChunk_embedding_hnsw_idx" ON "TrainingChunk" USING hnsw ("embedding" vector_cosine_ops)');
    await db.prisma.$executeRawUnsafe('ANALYZE "TrainingChunk"');
    const loadMs = performance.now() - t0;
    if (process.env.BENCH_EXPLAIN) await explain(deps, storeId, syntheticText(r, 6));
    const times: number[] = [];
    for (let i = 0; i < queries; i++) {
      const q = syntheticText(r, 6);
      const s = performance.now();
      await searchKnowledge(deps, { storeId, query: q, topK: 5 });
      times.push(performance.now() - s);
    }
    return { chunks: n, loadMs: Math.round(loadMs), p50: +percentile(times, 50).toFixed(1), p95: +percentile(times, 95).toFixed(1) };
  } finally {
    await db.close();
  }
}

async function explain(deps: AiDeps, storeId: string, q: string) {
  const [vec] = await deps.providers.embedding.embed([q]);
  const v = await deps.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ANALYZE SELECT c.id FROM "TrainingChunk" c WHERE c."storeId" = $1::uuid AND c."embeddingModel" = $3 ORDER BY c.embedding <=> $2::vector LIMIT 24`, storeId, toVectorLiteral(vec), deps.providers.embedding.model);
  const t = await deps.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ANALYZE SELECT c.id, ts_rank_cd(c.tsv, q) r FROM "TrainingChunk" c, websearch_to_tsquery('english', $2) q WHERE c."storeId" = $1::uuid AND c.tsv @@ q ORDER BY r DESC LIMIT 24`, storeId, ftsQuery(q));
  console.log([...v, ...t].map((r) => r['QUERY PLAN']).join('\n'));
}

/** Ingests 100 ~300-word documents end to end (chunk, embed, transactional replace). */
export async function benchIngestion(engine: Engine, docs = 100) {
  const { db, deps, storeId } = await setup(engine);
  try {
    const r = rng(7);
    const ids: string[] = [];
    for (let i = 0; i < docs; i++) {
      const content = Array.from({ length: 4 }, () => syntheticText(r, 75)).join('\n\n');
      ids.push((await db.prisma.trainingDoc.create({ data: { storeId, type: 'POLICY', title: `Doc ${i}`, content } })).id);
    }
    const t0 = performance.now();
    for (const id of ids) await ingestTrainingDoc(deps, id);
    const ms = performance.now() - t0;
    return { docs, totalMs: Math.round(ms), perDocMs: +(ms / docs).toFixed(1) };
  } finally {
    await db.close();
  }
}

/** Full AI turns (classify, hybrid retrieval for knowledge + products, decide, compose). */
export async function benchTurn(engine: Engine, turns = 60) {
  const { db, deps, storeId } = await setup(engine);
  try {
    const r = rng(11);
    for (let i = 0; i < 50; i++) {
      const d = await db.prisma.trainingDoc.create({ data: { storeId, type: 'FAQ', title: `FAQ ${i}`, content: `Q: ${syntheticText(r, 8)}? A: ${syntheticText(r, 40)}` } });
      await ingestTrainingDoc(deps, d.id);
    }
    await db.prisma.product.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ storeId, sku: `SKU-${i}`, name: syntheticText(r, 3), price: 10 + i, description: syntheticText(r, 20), tags: [VOCAB[i % VOCAB.length]] })),
    });
    await embedProducts(deps, storeId);
    const messages = ['How long does shipping take?', 'Can I return a jacket?', 'I need a waterproof tent', 'Do you sell kayaks?', 'hi', 'is the fleece recycled?'];
    const times: number[] = [];
    for (let i = 0; i < turns; i++) {
      const s = performance.now();
      await runAiTurn(deps, { storeId, history: [], message: messages[i % messages.length], state: { unresolvedCount: 0, clarifyCount: 0 } });
      times.push(performance.now() - s);
    }
    return { turns, p50: +percentile(times, 50).toFixed(1), p95: +percentile(times, 95).toFixed(1) };
  } finally {
    await db.close();
  }
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? process.env.BENCH_AI_SIZES ?? '1000,10000').split(',').map(Number).filter((x) => x > 0);
const engines = (arg('--engines')?.split(',') ?? ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])]) as Engine[];
if (engines.includes('postgres') && !process.env.DATABASE_URL) throw new Error('--engines postgres needs DATABASE_URL');

const rows: string[] = [];
const row = (engine: string, what: string, figures: string) => {
  const line = `${engine.padEnd(9)}${what.padEnd(28)}${figures}`;
  rows.push(line);
  console.log(line);
};
for (const engine of engines) {
  for (const n of sizes) {
    const r = await benchRetrieval(engine, n);
    row(engine, `retrieval @ ${n} chunks`, `p50 ${r.p50} ms  p95 ${r.p95} ms  (load+index ${(r.loadMs / 1000).toFixed(1)} s)`);
  }
  const ing = await benchIngestion(engine);
  row(engine, `ingestion of ${ing.docs} docs`, `${(ing.totalMs / 1000).toFixed(2)} s total  ${ing.perDocMs} ms/doc`);
  const turn = await benchTurn(engine);
  row(engine, `AI turn (${turn.turns} turns)`, `p50 ${turn.p50} ms  p95 ${turn.p95} ms`);
}
if (!process.env.DATABASE_URL) console.log('(PostgreSQL skipped: set DATABASE_URL to bench it too)');
