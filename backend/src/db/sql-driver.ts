// A thin SQL executor over either PGlite (embedded) or node-postgres. Used by the migrator,
// health checks and test helpers; application queries go through Prisma (src/db/client.ts).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';

export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` on one connection (needed for session locks and multi-statement transactions). */
  session<T>(fn: (conn: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export class PgliteDriver implements SqlDriver {
  readonly kind = 'pglite' as const;
  constructor(readonly db: PGlite) {}

  /** `dataDir` undefined → in-memory (tests); otherwise persisted on disk. */
  static async open(dataDir?: string): Promise<PgliteDriver> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir, { extensions: { vector } });
    return new PgliteDriver(db);
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const res = await this.db.query<T>(sql, params);
    return res.rows;
  }

  session<T>(fn: (conn: SqlSession) => Promise<T>): Promise<T> {
    return fn(this); // PGlite is a single connection already
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}

export class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}

  static open(connectionString: string, max = 10): PostgresDriver {
    const pool = new pg.Pool({ connectionString, max });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return new PostgresDriver(pool);
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const res = await this.pool.query(sql, params);
    return res.rows as T[];
  }

  async session<T>(fn: (conn: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await fn({
        exec: async (sql) => { await client.query(sql); },
        query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
      });
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
