// Training jobs. All are idempotent: ingestion skips unchanged documents by content hash and
// reuses vectors of unchanged chunks, so a redelivered job costs little.
import { z } from 'zod';
import { defineJob, type JobContext } from '../../jobs/job.js';
import type { Container } from '../../container.js';
import { embedProducts } from '../ai/ingestion.service.js';
import { emitDoc, isTransient, refreshProducts, runIngest, trainingDeps } from './ingest-runner.js';

async function markFailed(c: Container, where: { id?: string; storeId?: string }, err: Error) {
  const docs = await c.prisma.trainingDoc.findMany({ where: { ...where, status: { in: ['PENDING', 'PROCESSING'] } }, select: { id: true } });
  const error = `Training failed: ${err.message}`.slice(0, 500);
  for (const d of docs) {
    await c.prisma.trainingDoc.update({ where: { id: d.id }, data: { status: 'FAILED', error, progress: 100 } });
    await emitDoc(c, d.id);
  }
}

/** A transient failure (provider down, rate limited) with attempts left goes back to PENDING and is retried. */
async function ingestOrRetry(c: Container, docId: string, ctx: JobContext) {
  const res = await runIngest(c, docId);
  if (res?.status === 'FAILED' && isTransient(res.error) && ctx.attempt < ctx.maxAttempts) {
    await c.prisma.trainingDoc.update({ where: { id: docId }, data: { status: 'PENDING', error: `Retrying: ${res.error}` } });
    await emitDoc(c, docId);
    throw new Error(res.error);
  }
}

export const trainingIngestJob = defineJob({
  name: 'training.ingest',
  schema: z.object({ docId: z.uuid() }),
  attempts: 3,
  backoffMs: 5_000,
  handler: async ({ docId }, ctx) => ingestOrRetry(ctx.c, docId, ctx),
  onFinalFailure: async ({ docId }, err, { c }) => markFailed(c, { id: docId }, err),
});

/** Every document and product of a store; a provider or model change re-embeds everything. */
export const trainingReindexJob = defineJob({
  name: 'training.reindex',
  schema: z.object({ storeId: z.uuid() }),
  attempts: 2,
  backoffMs: 10_000,
  handler: async ({ storeId }, ctx) => {
    const { c } = ctx;
    await embedProducts(trainingDeps(c), storeId);
    const docs = await c.prisma.trainingDoc.findMany({ where: { storeId }, select: { id: true }, orderBy: { createdAt: 'asc' } });
    for (const d of docs) await ingestOrRetry(c, d.id, ctx);
  },
  onFinalFailure: async ({ storeId }, err, { c }) => markFailed(c, { storeId }, err),
});

export const productsEmbedJob = defineJob({
  name: 'products.embed',
  schema: z.object({ storeId: z.uuid() }),
  attempts: 3,
  backoffMs: 5_000,
  handler: async ({ storeId }, { c }) => void (await refreshProducts(c, storeId)),
});

export const trainingJobs = [trainingIngestJob, trainingReindexJob, productsEmbedJob];
