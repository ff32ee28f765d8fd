import { z } from 'zod';
import { ZDocStatus, ZDocType, ZId, ZIsoDate } from './common';
import { ZConfidence, ZDecisionRecord } from './conversations';

export const ZTrainingDoc = z.object({
  id: ZId,
  type: ZDocType,
  title: z.string(),
  content: z.string(),
  sourceUrl: z.string().nullable(),
  fileName: z.string().nullable(),
  status: ZDocStatus,
  error: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  chunkCount: z.number().int(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
});
export type TTrainingDoc = z.infer<typeof ZTrainingDoc>;

export const ZCrawlOptions = z.strictObject({
  crawl: z.boolean().default(false),
  maxPages: z.number().int().min(1).max(200).default(20),
  maxDepth: z.number().int().min(0).max(5).default(2),
  include: z.array(z.string().max(200)).max(20).default([]),
  exclude: z.array(z.string().max(200)).max(20).default([]),
});

export const ZCreateTrainingDocRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('FAQ'), title: z.string().trim().min(1).max(200), content: z.string().trim().min(1).max(200_000) }),
  z.strictObject({ type: z.literal('POLICY'), title: z.string().trim().min(1).max(200), content: z.string().trim().min(1).max(200_000) }),
  z.strictObject({ type: z.literal('MANUAL'), title: z.string().trim().min(1).max(200), content: z.string().trim().min(1).max(200_000) }),
  z.strictObject({
    type: z.literal('URL'),
    title: z.string().trim().min(1).max(200).optional(),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    options: ZCrawlOptions.optional(),
  }),
  z.strictObject({ type: z.literal('PRODUCT_CATALOG'), title: z.string().trim().min(1).max(200).default('Product catalog') }),
]);
export type TCreateTrainingDocRequest = z.infer<typeof ZCreateTrainingDocRequest>;

export const ZUpdateTrainingDocRequest = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  content: z.string().trim().min(1).max(200_000).optional(),
});
export type TUpdateTrainingDocRequest = z.infer<typeof ZUpdateTrainingDocRequest>;
export const ZTrainingDocListResponse = z.object({ items: z.array(ZTrainingDoc) });

export const ZTrainingTestRequest = z.strictObject({
  query: z.string().trim().min(1).max(2000),
  topK: z.number().int().min(1).max(20).default(5),
  cartValue: z.number().nonnegative().optional(),
});
export const ZRetrievedChunk = z.object({
  chunkId: ZId,
  docId: ZId,
  title: z.string(),
  content: z.string(),
  score: z.number(),
  vectorScore: z.number().nullable(),
  textScore: z.number().nullable(),
});
export const ZTrainingTestResponse = z.object({
  chunks: z.array(ZRetrievedChunk),
  answer: z.string(),
  confidence: ZConfidence,
  decision: ZDecisionRecord,
});
export type TRetrievedChunk = z.infer<typeof ZRetrievedChunk>;
export type TTrainingTestRequest = z.infer<typeof ZTrainingTestRequest>;
export type TTrainingTestResponse = z.infer<typeof ZTrainingTestResponse>;
export const ZRetrainResponse = z.object({ queued: z.number().int() });

/** POST /stores/:id/training/upload (multipart): the file in field `file`; these fields either as
 *  plain form fields or as JSON in a `payload` field. A CSV (question,answer) becomes an FAQ doc. */
export const ZUploadTrainingDocFields = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  type: z.enum(['FILE', 'FAQ']).optional(),
});
export type TUploadTrainingDocFields = z.infer<typeof ZUploadTrainingDocFields>;
export const TRAINING_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const TRAINING_UPLOAD_EXTENSIONS = ['pdf', 'docx', 'txt', 'md', 'csv'] as const;

/** POST /stores/:id/training/retrain: every source (omit docIds) or just these. */
export const ZRetrainRequest = z.strictObject({ docIds: z.array(ZId).min(1).max(500).optional() });
export type TRetrainRequest = z.infer<typeof ZRetrainRequest>;
export type TRetrainResponse = z.infer<typeof ZRetrainResponse>;

/** Dashboard socket event `training:progress`. */
export const ZTrainingProgressEvent = z.object({ doc: ZTrainingDoc });
