// Offline migrator for the SQL migrations in prisma/migrations (Prisma's layout). It records
// applied migrations in `_prisma_migrations` exactly as Prisma does (sha256 checksum, timings,
// applied_steps_count), so `prisma migrate deploy` run later by a user sees them as applied.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsDir as defaultDir } from '../lib/paths.js';
import type { SqlDriver } from './sql-driver.js';

const LOCK_KEY = 72_011_207; // arbitrary, constant: serialises concurrent migrators on Postgres

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = defaultDir): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies pending migrations, each in its own transaction. Returns the names applied. */
export async function migrate(driver: SqlDriver, dir = defaultDir): Promise<string[]> {
  const migrations = listMigrations(dir);
  return driver.session(async (conn) => {
    if (driver.kind === 'postgres') await conn.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await conn.exec(CREATE_TABLE);
      const rows = await conn.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
      );
      const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
      if (failed) {
        throw new Error(`migration ${failed.migration_name} previously failed; fix it and mark it rolled back`);
      }
      const done = new Set(rows.filter((r) => r.finished_at).map((r) => r.migration_name));
      const applied: string[] = [];
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        const id = randomUUID();
        await conn.exec('BEGIN');
        try {
          await conn.exec(m.sql);
          await conn.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [id, m.checksum, m.name],
          );
          await conn.exec('COMMIT');
        } catch (err) {
          await conn.exec('ROLLBACK');
          throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
        }
        applied.push(m.name);
      }
      return applied;
    } finally {
      if (driver.kind === 'postgres') await conn.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
}
