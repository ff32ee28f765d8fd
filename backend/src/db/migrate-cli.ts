// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite.
import { getEnv } from '../config/env.js';
import { resolveFromRoot } from '../lib/paths.js';
import { migrate } from './migrate.js';
import { PgliteDriver, PostgresDriver } from './sql-driver.js';

const env = getEnv();
const driver = env.DATABASE_URL ? PostgresDriver.open(env.DATABASE_URL, 1) : await PgliteDriver.open(resolveFromRoot(env.PGLITE_DATA_DIR));
try {
  const applied = await migrate(driver);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await driver.close();
}
