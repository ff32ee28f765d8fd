// API process: HTTP + Socket.io (+ the job workers in embedded mode or RUN_WORKERS=inline).
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { boot, onShutdown } from './boot.js';
import { DEMO_LOGIN, seedDemo } from './db/seed.js';
import { logger } from './lib/logger.js';
import { recoverInlineWork } from './jobs/recover-inline.js';
import { startSchedules } from './jobs/schedules.js';
import { attachRealtime, closeRealtime } from './realtime/socket-server.js';

const { env, c } = await boot('api');
const demo = env.SEED_DEMO ? await seedDemo(c) : null;
if (demo?.seeded) logger.info(`demo store ready — sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
// Embedded mode has no separate worker, so this process runs the jobs.
const runWorkers = c.jobs.kind === 'inline' || env.RUN_WORKERS === 'inline';
if (runWorkers) {
  await c.jobs.start();
  await startSchedules(c);
  await recoverInlineWork(c);
}

const app = createApp(c);
const httpServer = createServer(app);
httpServer.keepAliveTimeout = 65_000;
const io = await attachRealtime(c, httpServer);
await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
const addr = httpServer.address();
const port = typeof addr === 'object' && addr ? addr.port : env.PORT;
logger.info(`API listening on http://localhost:${port}/v1`, { database: c.db.kind, queue: c.jobs.kind, workers: runWorkers });
if (demo?.storeId) logger.info(`widget demo: http://localhost:${port}/v1/widget/${demo.storeId}/demo`);

onShutdown(async () => {
  // Stop taking requests, let in-flight ones finish, close sockets, then drain jobs and the DB.
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeIdleConnections();
  await c.jobs.close(); // running jobs finish and their events still reach sockets
  await closeRealtime(io);
  await closed;
  await c.close();
  logger.info('stopped cleanly');
});
