// A job is { name, zod payload schema, handler }. Handlers call services; they must be
// idempotent because every queue here delivers at least once.
import type { z } from 'zod';
import type { Container } from '../container.js';

export interface JobContext {
  c: Container;
  attempt: number;
  maxAttempts: number;
  jobId: string;
}

export interface JobDef<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  /** Total tries including the first; retries back off exponentially from `backoffMs`. */
  attempts?: number;
  backoffMs?: number;
  handler: (payload: z.infer<S>, ctx: JobContext) => Promise<void>;
  /** Called once when the last attempt failed (e.g. hand the conversation to a human). */
  onFinalFailure?: (payload: z.infer<S>, err: Error, ctx: JobContext) => Promise<void>;
}

export function defineJob<S extends z.ZodType>(def: JobDef<S>): JobDef {
  return def as unknown as JobDef;
}

export interface EnqueueOptions {
  delayMs?: number;
  /** Jobs with the same key while one is still waiting: the newest payload replaces it and the
   *  delay restarts (debounce). */
  debounceKey?: string;
  /** Skips the enqueue when a job with this id was already accepted (idempotent producers). */
  jobId?: string;
}

export interface Schedule {
  /** Runs once a day at this UTC hour. */
  dailyAtUtcHour?: number;
  everyMs?: number;
}

export interface JobQueue {
  readonly kind: 'inline' | 'bullmq';
  enqueue(name: string, payload: unknown, opts?: EnqueueOptions): Promise<void>;
  schedule(name: string, payload: unknown, schedule: Schedule): Promise<void>;
  /** Starts processing (workers). Producers-only processes never call it. */
  start(): Promise<void>;
  /** Waits for running jobs to finish, then stops. */
  close(): Promise<void>;
  /** Resolves when nothing is queued or running (tests, eval). Inline only; BullMQ polls counts. */
  drain(timeoutMs?: number): Promise<void>;
}
