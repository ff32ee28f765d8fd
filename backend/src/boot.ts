// Boot shared by server.ts and worker.ts: env → logger → container.
import { getEnv, type Env } from './config/env.js';
import { createContainer, type Container } from './container.js';
import { createLogger, logger, setLogger } from './lib/logger.js';

export async function boot(role: 'api' | 'worker'): Promise<{ env: Env; c: Container }> {
  const env = getEnv();
  setLogger(createLogger({ level: env.LOG_LEVEL, format: env.logFormat }));
  const c = await createContainer(env);
  logger.info(`${role} booted`, { database: c.db.kind, queue: c.jobs.kind, ai: env.aiProvider });
  return { env, c };
}

/** Runs `stop` once on SIGINT/SIGTERM; a second signal forces exit. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) {
      logger.warn('forced exit');
      process.exit(1);
    }
    stopping = true;
    logger.info(`received ${signal}, shutting down`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error('shutdown failed', { err });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}
