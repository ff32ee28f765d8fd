// One HNSW index serves every store. A small store must still get its nearest chunks by vector
// even when a big store owns every neighbour the index visits first. (Which plan Postgres picks
// depends on table statistics; this pins the outcome, the iterative scan covers the HNSW plan.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { LocalEmbeddingProvider, toVectorLiteral } from './embedding-provider.js';
import { LocalGenerationProvider } from './generation-provider.js';
import { searchKnowledge } from './retrieval.service.js';
import type { AiDeps } from './types.js';

describe('hybrid retrieval across many stores', () => {
  let db: TestDatabase;
  let deps: AiDeps;
  let smallStore: string;

  before(async () => {
    db = await createTestDatabase();
    const embedding = new LocalEmbeddingProvider();
    deps = { prisma: db.prisma, providers: { embedding, generation: new LocalGenerationProvider() } };
    const p = db.prisma;
    smallStore = (await p.store.create({ data: { name: 'Small' } })).id;
    const bigStore = (await p.store.create({ data: { name: 'Big' } })).id;
    const bigDoc = await p.trainingDoc.create({ data: { storeId: bigStore, type: 'MANUAL', title: 'Big manual', status: 'READY' } });
    const smallDoc = await p.trainingDoc.create({ data: { storeId: smallStore, type: 'MANUAL', title: 'Care guide', status: 'READY' } });
    // 600 near-duplicates of the query in the big store, one loosely related chunk in the small one.
    const texts = Array.from({ length: 600 }, (_, i) => `How to wash and dry a waterproof shell jacket, variant ${i}`);
    const vectors = await embedding.embed(texts);
    const values = texts.map((_, i) => `('${bigStore}', '${bigDoc.id}', ${i}, $${i * 2 + 1}, 10, $${i * 2 + 2}::vector, '${embedding.model}')`);
    await p.$executeRawUnsafe(
      `INSERT INTO "TrainingChunk" ("storeId", "docId", position, content, "tokenCount", embedding, "embeddingModel") VALUES ${values.join(',')}`,
      ...texts.flatMap((t, i) => [t, toVectorLiteral(vectors[i])]),
    );
    const [v] = await embedding.embed(['Machine wash jackets cold and tumble dry low to restore water repellency.']);
    await p.$executeRawUnsafe(
      `INSERT INTO "TrainingChunk" ("storeId", "docId", position, content, "tokenCount", embedding, "embeddingModel")
       VALUES ($1::uuid, $2::uuid, 0, $3, 12, $4::vector, $5)`,
      smallStore, smallDoc.id, 'Machine wash jackets cold and tumble dry low to restore water repellency.', toVectorLiteral(v), embedding.model,
    );
  });
  after(() => db.close());

  it("finds the small store's chunk by vector, not only by text", async () => {
    const hits = await searchKnowledge(deps, { storeId: smallStore, query: 'how do I launder my shell', topK: 3 });
    assert.equal(hits.length, 1);
    assert.equal(hits[0].title, 'Care guide');
    assert.ok(hits[0].vectorScore !== null, 'the vector side returned the chunk');
  });
});
