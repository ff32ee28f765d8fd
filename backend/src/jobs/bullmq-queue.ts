// BullMQ-backed queue (REDIS_URL): durable, shared by API producers and worker processes.
// One queue, job name = JobDef name; retries use BullMQ's exponential backoff.
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Container } from '../container.js';
import { logger } from '../lib/logger.js';
import type { EnqueueOptions, JobDef, JobQueue, Schedule } from './job.js';

export class BullmqQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue;
  private worker?: Worker;
  private workerConnection?: Redis;

  constructor(
    private readonly jobs: Map<string, JobDef>,
    private readonly getContainer: () => Container,
    private readonly connection: Redis,
    private readonly opts: {
      queueName?: string;
      concurrency?: number;
      /** Stalled-job detection: how long a job's lock lives without renewal / how often workers
       *  look for jobs whose worker died (BullMQ defaults 30 s / 30 s; tests shorten them). */
      lockDurationMs?: number;
      stalledIntervalMs?: number;
    } = {},
  ) {
    this.queue = new Queue(opts.queueName ?? 'convix', { connection });
  }

  async enqueue(name: string, payload: unknown, opts: EnqueueOptions = {}): Promise<void> {
    const def = this.jobs.get(name);
    if (!def) throw new Error(`unknown job ${name}`);
    const data = def.schema.parse(payload);
    const delay = opts.delayMs ?? 0;
    await this.queue.add(name, data, {
      delay: delay || undefined,
      jobId: opts.jobId,
      attempts: def.attempts ?? 3,
      backoff: { type: 'exponential', delay: def.backoffMs ?? 500 },
      deduplication: opts.debounceKey ? { id: opts.debounceKey, ttl: Math.max(delay, 1), extend: true, replace: true } : undefined,
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async schedule(name: string, payload: unknown, schedule: Schedule): Promise<void> {
    const repeat = schedule.dailyAtUtcHour !== undefined
      ? { pattern: `0 ${schedule.dailyAtUtcHour} * * *`, tz: 'UTC' }
      : { every: schedule.everyMs ?? 24 * 3600 * 1000 };
    await this.queue.upsertJobScheduler(`schedule:${name}`, repeat, { name, data: payload });
  }

  async start(): Promise<void> {
    if (this.worker) return;
    // BullMQ never closes a connection it was handed, so close() must quit this one itself.
    this.workerConnection = this.connection.duplicate({ maxRetriesPerRequest: null });
    this.worker = new Worker(this.queue.name, (job) => this.process(job), {
      connection: this.workerConnection,
      concurrency: this.opts.concurrency ?? 8,
      ...(this.opts.lockDurationMs ? { lockDuration: this.opts.lockDurationMs } : {}),
      ...(this.opts.stalledIntervalMs ? { stalledInterval: this.opts.stalledIntervalMs } : {}),
    });
    this.worker.on('error', (err) => logger.error('worker error', { err }));
    await this.worker.waitUntilReady();
  }

  private async process(job: Job): Promise<void> {
    const def = this.jobs.get(job.name);
    if (!def) throw new Error(`unknown job ${job.name}`);
    const maxAttempts = job.opts.attempts ?? 1;
    const ctx = { c: this.getContainer(), attempt: job.attemptsMade + 1, maxAttempts, jobId: job.id ?? '' };
    const payload = def.schema.parse(job.data);
    try {
      await def.handler(payload, ctx);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      if (ctx.attempt >= maxAttempts) {
        logger.error('job failed permanently', { job: job.name, attempts: ctx.attempt, err: error });
        await def.onFinalFailure?.(payload, error, ctx).catch((e) => logger.error('onFinalFailure failed', { job: job.name, err: e }));
      } else {
        logger.warn('job failed, will retry', { job: job.name, attempt: ctx.attempt, err: error.message });
      }
      throw error;
    }
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
      if (Date.now() > deadline) throw new Error(`queue did not drain in time: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops the worker without waiting for running jobs and without releasing their locks, as
   *  if the process had died (tests: a crashed worker's job must be retried elsewhere). */
  async kill(): Promise<void> {
    await this.worker?.close(true);
    this.worker = undefined;
    this.workerConnection?.disconnect();
    this.workerConnection = undefined;
  }

  private closing?: Promise<void>;

  /** Idempotent: shutdown closes the queue early (to drain jobs) and again with the container. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.worker?.close();
      await this.queue.close();
      await this.workerConnection?.quit().catch(() => this.workerConnection?.disconnect());
    })();
    return this.closing;
  }
}
