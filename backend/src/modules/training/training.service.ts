// Training sources of a store: CRUD, file uploads, retraining and the "test a question" probe.
// Every change that affects what the AI knows queues ingestion; the job reports progress.
import {
  ZCrawlOptions, type TCreateTrainingDocRequest, type TRetrainResponse, type TTrainingDoc, type TTrainingTestRequest,
  type TTrainingTestResponse, type TUpdateTrainingDocRequest, type TUploadTrainingDocFields,
} from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { trainingTest } from '../ai/ai-turn.service.js';
import { extractFileText, fileKind } from '../ai/extractors.js';
import { trainingDeps } from './ingest-runner.js';
import { assertPublicUrl } from './safe-fetch.js';
import { serializeTrainingDoc } from './training.serializer.js';

type UploadedFile = { buffer: Buffer; originalname: string; mimetype: string; size: number };

async function own(c: Container, storeId: string, docId: string) {
  const row = await c.prisma.trainingDoc.findFirst({ where: { id: docId, storeId } });
  if (!row) throw AppError.notFound('Training document');
  return row;
}

/** Marks the doc PENDING, tells the dashboard, and queues ingestion. */
async function queueIngest(c: Container, docId: string): Promise<TTrainingDoc> {
  const row = await c.prisma.trainingDoc.update({ where: { id: docId }, data: { status: 'PENDING', progress: 0, error: null } });
  const doc = serializeTrainingDoc(row);
  c.events.emit('training.progress', { storeId: row.storeId, doc });
  await c.jobs.enqueue('training.ingest', { docId });
  return doc;
}

export async function listDocs(c: Container, storeId: string): Promise<{ items: TTrainingDoc[] }> {
  const rows = await c.prisma.trainingDoc.findMany({ where: { storeId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return { items: rows.map(serializeTrainingDoc) };
}

export async function createDoc(c: Container, storeId: string, input: TCreateTrainingDocRequest): Promise<TTrainingDoc> {
  let data: { type: TCreateTrainingDocRequest['type']; title: string; content?: string; sourceUrl?: string; options?: object };
  if (input.type === 'URL') {
    if (c.env.NODE_ENV === 'production') {
      await assertPublicUrl(input.url).catch((err: Error) => {
        throw new AppError('VALIDATION_FAILED', err.message, [{ path: 'body.url', message: err.message }]);
      });
    }
    const u = new URL(input.url);
    data = { type: 'URL', title: input.title ?? `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`, sourceUrl: input.url, options: ZCrawlOptions.parse(input.options ?? {}) };
  } else if (input.type === 'PRODUCT_CATALOG') {
    // Its content is generated from the products; one per store is enough.
    const exists = await c.prisma.trainingDoc.findFirst({ where: { storeId, type: 'PRODUCT_CATALOG' }, select: { id: true } });
    if (exists) throw new AppError('CONFLICT', 'This store already has a product catalog source; retrain it instead');
    data = { type: 'PRODUCT_CATALOG', title: input.title };
  } else {
    data = { type: input.type, title: input.title, content: input.content };
  }
  const row = await c.prisma.trainingDoc.create({ data: { ...data, storeId } });
  return queueIngest(c, row.id);
}

export async function uploadDoc(c: Container, storeId: string, file: UploadedFile | undefined, fields: TUploadTrainingDocFields): Promise<TTrainingDoc> {
  if (!file) throw new AppError('BAD_REQUEST', 'Attach the file in the multipart field "file"');
  const kind = fileKind(file.originalname, file.mimetype === 'application/octet-stream' ? null : file.mimetype);
  if (!kind) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Unsupported file type "${file.originalname}": upload a PDF, DOCX, TXT, MD, or a CSV of question,answer rows`);
  }
  let content: string;
  try {
    content = await extractFileText(file.buffer, file.originalname, file.mimetype);
  } catch (err) {
    throw new AppError('UNPROCESSABLE', (err as Error).message);
  }
  const row = await c.prisma.trainingDoc.create({
    data: {
      storeId, type: fields.type ?? (kind === 'csv' ? 'FAQ' : 'FILE'), content: content.slice(0, 200_000),
      title: fields.title ?? (file.originalname.replace(/\.[^.]+$/, '').slice(0, 200) || 'Uploaded file'),
      fileName: file.originalname.slice(0, 255), mimeType: file.mimetype, metadata: { size: file.size, truncated: content.length > 200_000 },
    },
  });
  return queueIngest(c, row.id);
}

export async function updateDoc(c: Container, storeId: string, docId: string, input: TUpdateTrainingDocRequest): Promise<TTrainingDoc> {
  const current = await own(c, storeId, docId);
  if (input.content !== undefined && (current.type === 'URL' || current.type === 'PRODUCT_CATALOG')) {
    const why = current.type === 'URL' ? 'is crawled from its address' : 'is built from your products';
    throw new AppError('VALIDATION_FAILED', `The content of this source ${why}; retrain it instead`, [{ path: 'body.content', message: 'not editable for this source type' }]);
  }
  const changed = (input.title !== undefined && input.title !== current.title) || (input.content !== undefined && input.content !== current.content);
  if (!changed) return serializeTrainingDoc(current);
  await c.prisma.trainingDoc.update({ where: { id: docId }, data: input });
  // Ingestion replaces the chunks in one transaction, so retrieval never sees a half-updated doc.
  return queueIngest(c, docId);
}

export async function deleteDoc(c: Container, storeId: string, docId: string): Promise<void> {
  await own(c, storeId, docId);
  await c.prisma.$transaction([
    c.prisma.trainingChunk.deleteMany({ where: { docId } }),
    c.prisma.trainingDoc.delete({ where: { id: docId } }),
  ]);
}

export async function retrain(c: Container, storeId: string, docIds?: string[]): Promise<TRetrainResponse> {
  if (docIds) {
    const ids = [...new Set(docIds)];
    const found = await c.prisma.trainingDoc.findMany({ where: { storeId, id: { in: ids } }, select: { id: true } });
    if (found.length !== ids.length) throw AppError.notFound('Training document');
    for (const d of found) await queueIngest(c, d.id);
    return { queued: found.length };
  }
  await c.prisma.trainingDoc.updateMany({ where: { storeId }, data: { status: 'PENDING', progress: 0, error: null } });
  const rows = await c.prisma.trainingDoc.findMany({ where: { storeId } });
  for (const row of rows) c.events.emit('training.progress', { storeId, doc: serializeTrainingDoc(row) });
  await c.jobs.enqueue('training.reindex', { storeId });
  return { queued: rows.length };
}

export async function testQuery(c: Container, storeId: string, req: TTrainingTestRequest): Promise<TTrainingTestResponse> {
  return trainingTest(trainingDeps(c), storeId, req);
}
