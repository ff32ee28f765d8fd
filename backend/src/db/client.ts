// Opens the database for the configured mode: PostgreSQL (DATABASE_URL) through node-postgres,
// or embedded PGlite persisted on disk. Both run the same Prisma Client via a driver adapter.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { migrate } from './migrate.js';
import { PgliteDriver, PostgresDriver, type SqlDriver } from './sql-driver.js';

export type Prisma = InstanceType<typeof PrismaClient>;

export interface Database {
  readonly kind: SqlDriver['kind'];
  readonly driver: SqlDriver;
  readonly prisma: Prisma;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** PGlite data directory; undefined means in-memory. Ignored when databaseUrl is set. */
  pgliteDir?: string;
  migrate?: boolean;
  poolSize?: number;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const driver = opts.databaseUrl
    ? PostgresDriver.open(opts.databaseUrl, opts.poolSize)
    : await PgliteDriver.open(opts.pgliteDir);
  try {
    if (opts.migrate !== false) await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  const adapter =
    driver instanceof PostgresDriver ? new PrismaPg(driver.pool) : new PrismaPGlite((driver as PgliteDriver).db);
  const prisma = new PrismaClient({ adapter }) as Prisma;
  return {
    kind: driver.kind,
    driver,
    prisma,
    async close() {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
