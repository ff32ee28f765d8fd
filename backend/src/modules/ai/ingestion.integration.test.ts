import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../db/client.js';
import { LocalEmbeddingProvider } from './embedding-provider.js';
import { LocalGenerationProvider } from './generation-provider.js';
import { embedProducts, ingestTrainingDoc, reindexStore } from './ingestion.service.js';
import { searchKnowledge, searchProducts } from './retrieval.service.js';
import { createTestDatabase } from '../../test/test-db.js';
import type { AiDeps } from './types.js';

/** Same vectors as the local provider but a different model id: a "provider change". */
class RenamedLocal extends LocalEmbeddingProvider {
  override readonly model = 'local-hash-v1-512-renamed';
}

describe('ingestion + hybrid retrieval', () => {
  let db: Database;
  let deps: AiDeps;
  let storeId: string;
  let otherStoreId: string;
  let embedCalls = 0;

  before(async () => {
    db = await createTestDatabase();
    const embedding = new LocalEmbeddingProvider();
    const orig = embedding.embed.bind(embedding);
    embedding.embed = async (texts) => { embedCalls += texts.length; return orig(texts); };
    deps = { prisma: db.prisma, providers: { embedding, generation: new LocalGenerationProvider() } };
    storeId = (await db.prisma.store.create({ data: { name: 'Acme Outfitters' } })).id;
    otherStoreId = (await db.prisma.store.create({ data: { name: 'Other Shop' } })).id;
  });
  after(async () => { await db?.close(); });

  it('moves a doc PENDING → PROCESSING → READY, reports progress and stores chunks', async () => {
    const doc = await db.prisma.trainingDoc.create({
      data: { storeId, type: 'POLICY', title: 'Returns policy', content: '# Returns\n\nYou can return unused items within 30 days for a full refund.\n\n# Exchanges\n\nSize exchanges are free of charge.' },
    });
    assert.equal(doc.status, 'PENDING');
    const seen: number[] = [];
    const res = await ingestTrainingDoc(deps, doc.id, (p) => { seen.push(p); });
    assert.equal(res.status, 'READY');
    assert.ok(seen[0] < 100 && seen.at(-1) === 100, `progress ${seen}`);
    const after = await db.prisma.trainingDoc.findUniqueOrThrow({ where: { id: doc.id } });
    assert.equal(after.status, 'READY');
    assert.equal(after.progress, 100);
    assert.equal(after.chunkCount, res.chunkCount);
    const rows = await db.prisma.$queryRawUnsafe<{ n: number; m: string }[]>(
      `SELECT count(*)::int AS n, min("embeddingModel") AS m FROM "TrainingChunk" WHERE "docId" = $1::uuid AND embedding IS NOT NULL AND tsv IS NOT NULL`, doc.id);
    assert.equal(rows[0].n, res.chunkCount);
    assert.equal(rows[0].m, deps.providers.embedding.model);
  });

  it('skips unchanged content, replaces chunks on change and reuses unchanged chunk vectors', async () => {
    const doc = await db.prisma.trainingDoc.create({
      data: { storeId, type: 'FAQ', title: 'Shipping FAQ', content: 'Q: How long is delivery? A: Orders arrive in 3 to 5 business days.\n\nQ: Do you ship abroad? A: We ship to Canada and Mexico.' },
    });
    await ingestTrainingDoc(deps, doc.id);
    const before = embedCalls;
    const again = await ingestTrainingDoc(deps, doc.id);
    assert.equal(again.skipped, true);
    assert.equal(embedCalls, before, 'no re-embedding for unchanged content');

    await db.prisma.trainingDoc.update({
      where: { id: doc.id },
      data: { content: 'Q: How long is delivery? A: Orders arrive in 3 to 5 business days.\n\nQ: Do you ship abroad? A: We ship to Canada, Mexico and the UK.' },
    });
    const changed = await ingestTrainingDoc(deps, doc.id);
    assert.equal(changed.skipped, false);
    assert.equal(changed.reused, 1, 'the unchanged FAQ pair keeps its vector');
    assert.equal(embedCalls, before + 1);
    const chunks = await db.prisma.trainingChunk.findMany({ where: { docId: doc.id }, orderBy: { position: 'asc' } });
    assert.equal(chunks.length, 2);
    assert.match(chunks[1].content, /the UK/);
  });

  it('re-embeds when the embedding model changes instead of mixing vector spaces', async () => {
    const renamed: AiDeps = { ...deps, providers: { ...deps.providers, embedding: new RenamedLocal() } };
    const res = await reindexStore(renamed, storeId);
    assert.equal(res.failed, 0);
    const models = await db.prisma.$queryRawUnsafe<{ m: string }[]>(`SELECT DISTINCT "embeddingModel" AS m FROM "TrainingChunk" WHERE "storeId" = $1::uuid`, storeId);
    assert.deepEqual(models.map((r) => r.m), ['local-hash-v1-512-renamed']);
    await reindexStore(deps, storeId); // back to the default model for the next tests
  });

  it('marks a failing source FAILED with a readable error', async () => {
    const doc = await db.prisma.trainingDoc.create({ data: { storeId, type: 'URL', title: 'Help centre', sourceUrl: 'https://help.example/faq' } });
    const failing: AiDeps = { ...deps, fetch: async () => { throw new Error('getaddrinfo ENOTFOUND help.example'); } };
    const res = await ingestTrainingDoc(failing, doc.id);
    assert.equal(res.status, 'FAILED');
    const row = await db.prisma.trainingDoc.findUniqueOrThrow({ where: { id: doc.id } });
    assert.equal(row.status, 'FAILED');
    assert.match(row.error ?? '', /help\.example/);
  });

  it('ingests a URL source through the crawler', async () => {
    const pages: Record<string, string> = {
      'https://shop.example/robots.txt': 'User-agent: *\nDisallow: /admin',
      'https://shop.example/help': '<html><head><title>Help</title></head><body><nav>Menu</nav><main><h1>Warranty</h1><p>Every tent has a two year warranty against defects.</p><a href="/admin">x</a></main></body></html>',
    };
    const fetch = async (url: string) => ({
      ok: url in pages, status: url in pages ? 200 : 404,
      headers: { get: () => (url.endsWith('.txt') ? 'text/plain' : 'text/html') },
      text: async () => pages[url] ?? '',
    });
    const doc = await db.prisma.trainingDoc.create({ data: { storeId, type: 'URL', title: 'Help', sourceUrl: 'https://shop.example/help', options: { crawl: true, maxPages: 5, maxDepth: 1, include: [], exclude: [] } } });
    const res = await ingestTrainingDoc({ ...deps, fetch }, doc.id);
    assert.equal(res.status, 'READY', res.error);
    const row = await db.prisma.trainingDoc.findUniqueOrThrow({ where: { id: doc.id } });
    assert.match(row.content, /two year warranty/);
    assert.doesNotMatch(row.content, /Menu/);
  });

  it('hybrid search finds paraphrases and typos, filtered by store', async () => {
    await db.prisma.trainingDoc.create({ data: { storeId: otherStoreId, type: 'FAQ', title: 'Other returns', content: 'Q: Returns? A: Return within 90 days.' } })
      .then((d) => ingestTrainingDoc(deps, d.id));
    const hits = await searchKnowledge(deps, { storeId, query: 'can I send stuff back for my money?', topK: 3 });
    assert.equal(hits[0].title, 'Returns policy');
    assert.ok(hits.every((h) => h.title !== 'Other returns'), 'other stores never leak');
    assert.ok(hits[0].vectorScore !== null);
    const typo = await searchKnowledge(deps, { storeId, query: 'how long is delivry to mexcio', topK: 3 });
    assert.equal(typo[0].title, 'Shipping FAQ');
  });

  it('embeds products and searches them the same way', async () => {
    await db.prisma.product.createMany({
      data: [
        { storeId, sku: 'TENT-2', name: 'Breeze 2 Tent', price: 199, category: 'shelter', description: 'Two-person backpacking tent.', tags: ['tent'] },
        { storeId, sku: 'MUG-1', name: 'Camp Mug', price: 15, category: 'kitchen', description: 'Enamel mug for coffee.', tags: ['mug'] },
      ],
    });
    assert.equal(await embedProducts(deps, storeId), 2);
    assert.equal(await embedProducts(deps, storeId), 0, 'already embedded with this model');
    const hits = await searchProducts(deps, { storeId, query: 'shelter for two people on a backpacking trip', topK: 2 });
    assert.equal(hits[0].sku, 'TENT-2');
  });
});
