// The same behaviour from both queues: the in-process runner always, BullMQ on real Redis
// when REDIS_URL is set.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { Container } from '../container.js';
import { BullmqQueue } from './bullmq-queue.js';
import { InlineQueue } from './inline-queue.js';
import { defineJob, type JobDef, type JobQueue } from './job.js';
import { createLogger, setLogger } from '../lib/logger.js';

setLogger(createLogger({ level: 'error', format: 'pretty' }));

function makeJobs(log: string[], failures: Map<string, number>, finalFailures: string[]) {
  const defs: JobDef[] = [
    defineJob({
      name: 'flaky', schema: z.object({ id: z.string() }), attempts: 3, backoffMs: 20,
      handler: async ({ id }, ctx) => {
        log.push(`${id}#${ctx.attempt}`);
        const left = failures.get(id) ?? 0;
        if (left > 0) {
          failures.set(id, left - 1);
          throw new Error(`transient ${id}`);
        }
      },
      onFinalFailure: async ({ id }) => {
        finalFailures.push(id);
      },
    }),
    defineJob({
      name: 'reply', schema: z.object({ conv: z.string(), text: z.string() }),
      handler: async ({ conv, text }) => {
        log.push(`${conv}:${text}`);
      },
    }),
  ];
  return new Map(defs.map((d) => [d.name, d]));
}

const container = {} as Container; // these handlers don't touch the container

function suite(name: string, make: (jobs: Map<string, JobDef>) => Promise<JobQueue>) {
  describe(`${name} queue`, () => {
    const log: string[] = [];
    const failures = new Map<string, number>();
    const finalFailures: string[] = [];
    let queue: JobQueue;
    after(() => queue?.close());

    it('retries a failing job with backoff until it succeeds', async () => {
      queue = await make(makeJobs(log, failures, finalFailures));
      await queue.start();
      failures.set('a', 2);
      await queue.enqueue('flaky', { id: 'a' });
      await queue.drain(10_000);
      assert.deepEqual(log.filter((l) => l.startsWith('a#')), ['a#1', 'a#2', 'a#3']);
      assert.deepEqual(finalFailures, []);
    });

    it('calls the final-failure hook once after the last attempt', async () => {
      failures.set('b', 10);
      await queue.enqueue('flaky', { id: 'b' });
      await queue.drain(10_000);
      assert.deepEqual(log.filter((l) => l.startsWith('b#')), ['b#1', 'b#2', 'b#3']);
      assert.deepEqual(finalFailures, ['b']);
    });

    it('debounces: a burst with one key runs once, with the newest payload', async () => {
      for (const text of ['hi', 'are you there', 'hello?']) {
        await queue.enqueue('reply', { conv: 'c1', text }, { delayMs: 150, debounceKey: 'reply:c1' });
      }
      await queue.enqueue('reply', { conv: 'c2', text: 'other' }, { delayMs: 150, debounceKey: 'reply:c2' });
      await queue.drain(10_000);
      assert.deepEqual(log.filter((l) => l.startsWith('c1:')), ['c1:hello?']);
      assert.deepEqual(log.filter((l) => l.startsWith('c2:')), ['c2:other']);
    });

    it('accepts a job id once (idempotent producers) and rejects invalid payloads', async () => {
      const id = `job-${randomBytes(3).toString('hex')}`;
      await queue.enqueue('reply', { conv: 'c3', text: 'x' }, { jobId: id });
      await queue.enqueue('reply', { conv: 'c3', text: 'x' }, { jobId: id });
      await queue.drain(10_000);
      assert.equal(log.filter((l) => l.startsWith('c3:')).length, 1);
      await assert.rejects(queue.enqueue('reply', { conv: 1 }), /expected string/);
      await assert.rejects(queue.enqueue('nope', {}), /unknown job/);
    });
  });
}

suite('inline', async (jobs) => new InlineQueue(jobs, () => container));

if (process.env.REDIS_URL) {
  const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
  after(() => redis.quit());
  suite('BullMQ', async (jobs) => new BullmqQueue(jobs, () => container, redis, { queueName: `test-${randomBytes(4).toString('hex')}` }));
}
