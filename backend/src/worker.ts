// Worker process for real deployments (REDIS_URL): consumes BullMQ jobs and publishes the
// domain events they raise to Socket.io through Redis.
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

onShutdown(async () => {
  await c.close();
  detach();
  logger.info('worker stopped cleanly');
});
