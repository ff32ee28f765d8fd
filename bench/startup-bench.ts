// Cold start of the embedded default: open PGlite on an empty data dir, migrate, seed the demo
// store; then a warm restart on the same data. Printed in ms.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../backend/src/config/env.ts';
import { createContainer } from '../backend/src/container.ts';
import { seedDemo } from '../backend/src/db/seed.ts';
import { createLogger, setLogger } from '../backend/src/lib/logger.ts';

setLogger(createLogger({ level: 'error', format: 'pretty' }));
const dir = mkdtempSync(path.join(os.tmpdir(), 'convix-bench-'));
const env = parseEnv({ PGLITE_DATA_DIR: path.join(dir, 'pglite'), NODE_ENV: 'test' });

let t = performance.now();
const cold = await createContainer(env);
const openCold = performance.now() - t;
t = performance.now();
await seedDemo(cold);
const seed = performance.now() - t;
await cold.close();

t = performance.now();
const warm = await createContainer(env);
const openWarm = performance.now() - t;
await warm.close();
rmSync(dir, { recursive: true, force: true });

console.log(`embedded PGlite: cold open+migrate ${openCold.toFixed(0)} ms, seed ${seed.toFixed(0)} ms, warm open ${openWarm.toFixed(0)} ms`);
