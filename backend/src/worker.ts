// Worker process for real deployments (REDIS_URL): consumes BullMQ jobs and publishes the
// domain events they raise to Socket.io through Redis.
import { writeFileSync } from 'node:fs';
import { boot, onShutdown } from './boot.js';
import { startSchedules } from './jobs/schedules.js';
import { logger } from './lib/logger.js';
import { attachRedisEmitter } from './realtime/redis-emitter.js';

const { c } = await boot('worker');
if (c.jobs.kind !== 'bullmq') {
  logger.error('the worker needs REDIS_URL; in embedded mode the API process runs the jobs itself');
  process.exit(1);
}
const detach = attachRedisEmitter(c);
await c.jobs.start();
await startSchedules(c);
logger.info('worker consuming jobs', { jobs: [...c.jobDefs.keys()] });

// Liveness for orchestrators (docker-compose healthcheck): touched while Redis answers.
const heartbeat = setInterval(() => {
  void c.redis?.ping().then(() => writeFileSync('/tmp/convix-worker-heartbeat', String(Date.now()))).catch(() => undefined);
}, 10_000);
heartbeat.unref();

onShutdown(async () => {
  clearInterval(heartbeat);
  await c.close();
  detach();
  logger.info('worker stopped cleanly');
});
