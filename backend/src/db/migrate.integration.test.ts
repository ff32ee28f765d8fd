import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listMigrations, migrate } from './migrate.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';

describe(`migrations on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.close());

  it('records every migration the way `prisma migrate deploy` expects, and re-running is a no-op', async () => {
    const rows = await db.driver.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const files = listMigrations();
    assert.deepEqual(rows.map((r) => r.migration_name), files.map((f) => f.name));
    assert.deepEqual(rows.map((r) => r.checksum), files.map((f) => f.checksum));
    assert.ok(rows.every((r) => r.finished_at));
    assert.deepEqual(await migrate(db.driver), []);
  });

  it('has pgvector, HNSW and GIN indexes for retrieval', async () => {
    const ext = await db.driver.query<{ extname: string }>("SELECT extname FROM pg_extension WHERE extname = 'vector'");
    assert.equal(ext.length, 1);
    const idx = await db.driver.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('TrainingChunk', 'Product')`,
    );
    const defs = idx.map((i) => i.indexdef).join('\n');
    assert.match(defs, /USING hnsw \(embedding vector_cosine_ops\)/);
    assert.match(defs, /USING gin \(tsv\)/);
  });
});
