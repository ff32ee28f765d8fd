// Wires the process's long-lived parts once: config, database, Redis, queue, events, drivers.
// Everything downstream receives this container instead of reaching for globals.
import { Redis } from 'ioredis';
import type { Env } from './config/env.js';
import { openDatabase, type Database, type Prisma } from './db/client.js';
import { MailDriver, OutboxMailDriver, SmtpMailDriver } from './drivers/mail.js';
import { BullmqQueue } from './jobs/bullmq-queue.js';
import { InlineQueue } from './jobs/inline-queue.js';
import type { JobDef, JobQueue } from './jobs/job.js';
import { buildJobRegistry } from './jobs/registry.js';
import { DomainEvents } from './lib/events.js';
import { RateLimits } from './lib/http/rate-limit.js';
import type { AuthedUser } from './lib/http/route.js';
import { resolveFromRoot } from './lib/paths.js';
import { createAiProviders } from './modules/ai/providers.js';
import type { AiProviders } from './modules/ai/types.js';
import { AccessTokens } from './modules/auth/access-token.js';
import { VisitorTokens } from './modules/widget/visitor-token.js';

export interface Container {
  env: Env;
  db: Database;
  prisma: Prisma;
  redis: Redis | null;
  events: DomainEvents;
  jobs: JobQueue;
  jobDefs: Map<string, JobDef>;
  rateLimits: RateLimits;
  mail: MailDriver;
  auth: { tokens: AccessTokens; verifyAccessToken(token: string): Promise<AuthedUser> };
  visitorTokens: VisitorTokens;
  /** Embedding + generation providers, built once from env (local or OpenAI). */
  ai: AiProviders;
  close(): Promise<void>;
}

export interface ContainerOptions {
  /** Use this database instead of opening one from env (tests share one per file). */
  db?: Database;
  /** PGlite in memory instead of PGLITE_DATA_DIR (tests). */
  inMemoryDb?: boolean;
  extraJobs?: JobDef[];
  /** Prefix for Redis keys and the BullMQ queue name, so parallel test files don't collide. */
  redisPrefix?: string;
}

export async function createContainer(env: Env, opts: ContainerOptions = {}): Promise<Container> {
  const db = opts.db ?? (await openDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: opts.inMemoryDb ? undefined : resolveFromRoot(env.PGLITE_DATA_DIR),
  }));
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false }) : null;
  redis?.on('error', () => undefined); // surfaced through /readyz instead of crashing
  const events = new DomainEvents();
  const jobDefs = buildJobRegistry(opts.extraJobs);
  const tokens = new AccessTokens({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });

  let container: Container;
  const getContainer = () => container;
  const jobs: JobQueue = redis
    ? new BullmqQueue(jobDefs, getContainer, redis, { queueName: opts.redisPrefix ? `${opts.redisPrefix}-jobs` : 'convix' })
    : new InlineQueue(jobDefs, getContainer);

  container = {
    env,
    db,
    prisma: db.prisma,
    redis,
    events,
    jobs,
    jobDefs,
    rateLimits: new RateLimits({ redis: redis ?? undefined, disabled: env.RATE_LIMIT_DISABLED, prefix: opts.redisPrefix ?? 'rl' }),
    mail: env.SMTP_URL ? new SmtpMailDriver(env.SMTP_URL, env.MAIL_FROM) : new OutboxMailDriver(db.prisma),
    auth: { tokens, verifyAccessToken: (t) => tokens.verify(t) },
    visitorTokens: new VisitorTokens(env.JWT_SECRET, env.JWT_ISSUER),
    ai: createAiProviders({
      provider: env.aiProvider, apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL,
      chatModel: env.OPENAI_CHAT_MODEL, embeddingModel: env.OPENAI_EMBEDDING_MODEL, dimensions: env.EMBEDDING_DIMENSIONS,
    }),
    async close() {
      await jobs.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
      if (!opts.db) await db.close();
    },
  };
  return container;
}
