// In-process job runner for the embedded mode: same JobDefs, retries with exponential backoff,
// delayed and debounced jobs, bounded concurrency. Jobs live in memory, so a crash loses
// what was waiting; real deployments use BullMQ (REDIS_URL) for durability.
import { randomUUID } from 'node:crypto';
import type { Container } from '../container.js';
import { logger } from '../lib/logger.js';
import type { EnqueueOptions, JobDef, JobQueue, Schedule } from './job.js';

const SEEN_IDS_MAX = 10_000;

interface Pending {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
  timer?: NodeJS.Timeout;
}

export class InlineQueue implements JobQueue {
  readonly kind = 'inline' as const;
  private readonly waiting = new Map<string, Pending>(); // delayed or backing off
  private readonly ready: Pending[] = [];
  private readonly debounced = new Map<string, Pending>();
  private readonly seenIds = new Set<string>();
  private readonly intervals: NodeJS.Timeout[] = [];
  private running = 0;
  private started = false;
  private closing = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly jobs: Map<string, JobDef>,
    private readonly getContainer: () => Container,
    private readonly concurrency = 4,
  ) {}

  async enqueue(name: string, payload: unknown, opts: EnqueueOptions = {}): Promise<void> {
    const def = this.jobs.get(name);
    if (!def) throw new Error(`unknown job ${name}`);
    const parsed = def.schema.parse(payload);
    if (opts.jobId) {
      if (this.seenIds.has(opts.jobId)) return;
      this.seenIds.add(opts.jobId);
      // Remember recent ids only (BullMQ likewise forgets completed jobs after a while), so a
      // long-running embedded server does not grow this set forever.
      if (this.seenIds.size > SEEN_IDS_MAX) this.seenIds.delete(this.seenIds.values().next().value!);
    }
    if (opts.debounceKey) {
      const existing = this.debounced.get(opts.debounceKey);
      if (existing) {
        clearTimeout(existing.timer);
        this.waiting.delete(existing.id);
      }
    }
    const job: Pending = { id: opts.jobId ?? randomUUID(), name, payload: parsed, attempt: 1 };
    if (opts.debounceKey) this.debounced.set(opts.debounceKey, job);
    this.later(job, opts.delayMs ?? 0, opts.debounceKey);
  }

  private later(job: Pending, delayMs: number, debounceKey?: string): void {
    if (delayMs <= 0 && !debounceKey) {
      this.ready.push(job);
      this.pump();
      return;
    }
    this.waiting.set(job.id, job);
    job.timer = setTimeout(() => {
      this.waiting.delete(job.id);
      if (debounceKey && this.debounced.get(debounceKey) === job) this.debounced.delete(debounceKey);
      this.ready.push(job);
      this.pump();
    }, Math.max(0, delayMs));
  }

  async schedule(name: string, payload: unknown, schedule: Schedule): Promise<void> {
    const every = schedule.everyMs ?? 24 * 60 * 60 * 1000;
    const firstIn = schedule.dailyAtUtcHour !== undefined ? msUntilUtcHour(schedule.dailyAtUtcHour) : every;
    const kick = () => void this.enqueue(name, payload).catch((err) => logger.error('scheduled enqueue failed', { name, err }));
    const t = setTimeout(() => {
      kick();
      const i = setInterval(kick, every);
      i.unref();
      this.intervals.push(i);
    }, firstIn);
    t.unref();
    this.intervals.push(t);
  }

  async start(): Promise<void> {
    this.started = true;
    this.pump();
  }

  private pump(): void {
    if (!this.started || this.closing) return;
    while (this.running < this.concurrency && this.ready.length) {
      const job = this.ready.shift()!;
      this.running++;
      void this.run(job).finally(() => {
        this.running--;
        this.pump();
        this.notifyIdle();
      });
    }
  }

  private async run(job: Pending): Promise<void> {
    const def = this.jobs.get(job.name)!;
    const maxAttempts = def.attempts ?? 3;
    const ctx = { c: this.getContainer(), attempt: job.attempt, maxAttempts, jobId: job.id };
    try {
      await def.handler(job.payload, ctx);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      if (job.attempt < maxAttempts && !this.closing) {
        const delay = (def.backoffMs ?? 500) * 2 ** (job.attempt - 1);
        logger.warn('job failed, retrying', { job: job.name, attempt: job.attempt, delayMs: delay, err: error.message });
        this.later({ ...job, attempt: job.attempt + 1 }, delay);
        return;
      }
      logger.error('job failed permanently', { job: job.name, attempts: job.attempt, err: error });
      await def.onFinalFailure?.(job.payload, error, ctx).catch((e) => logger.error('onFinalFailure failed', { job: job.name, err: e }));
    }
  }

  private isIdle(): boolean {
    return this.running === 0 && this.ready.length === 0 && this.waiting.size === 0;
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  drain(timeoutMs = 30_000): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('queue did not drain in time')), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.intervals.forEach((t) => clearTimeout(t));
    for (const job of this.waiting.values()) clearTimeout(job.timer);
    const deadline = Date.now() + 10_000;
    while (this.running > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }
}

function msUntilUtcHour(hour: number): number {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - now.getTime();
}
