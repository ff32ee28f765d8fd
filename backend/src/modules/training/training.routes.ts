// /v1/stores/:storeId/training: knowledge sources, uploads, retraining and the test probe.
import {
  TRAINING_UPLOAD_MAX_BYTES, ZCreateTrainingDocRequest, ZId, ZRetrainRequest, ZRetrainResponse, ZTrainingDoc, ZTrainingDocListResponse,
  ZTrainingTestRequest, ZTrainingTestResponse, ZUpdateTrainingDocRequest, ZUploadTrainingDocFields,
} from '@convix/shared/contracts';
import { z } from 'zod';
import { defineRoute } from '../../lib/http/route.js';
import { ZStoreParams } from '../stores/stores.routes.js';
import * as training from './training.service.js';

const tags = ['training'];
const ZDocParams = z.object({ storeId: ZId, docId: ZId });
const read = { kind: 'store', permission: 'training:read' } as const;
const manage = { kind: 'store', permission: 'training:manage' } as const;

export const trainingRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/training', summary: 'List training sources with their ingestion status', tags,
    auth: read, params: ZStoreParams, responses: { 200: ZTrainingDocListResponse },
    handler: async ({ c, membership }) => training.listDocs(c, membership!.storeId),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/training', summary: 'Add a source (FAQ, policy, manual, URL to crawl, product catalog); ingestion is queued', tags,
    auth: manage, params: ZStoreParams, body: ZCreateTrainingDocRequest, status: 201, responses: { 201: ZTrainingDoc },
    handler: async ({ c, membership, body }) => training.createDoc(c, membership!.storeId, body),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/training/upload',
    summary: 'Upload a PDF, DOCX, TXT or MD file (or a CSV of question,answer rows for FAQs), max 10 MB; ingestion is queued', tags,
    auth: manage, params: ZStoreParams, body: ZUploadTrainingDocFields, upload: { maxBytes: TRAINING_UPLOAD_MAX_BYTES },
    status: 201, responses: { 201: ZTrainingDoc },
    handler: async ({ c, membership, body, file }) => training.uploadDoc(c, membership!.storeId, file, body),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/training/retrain', summary: 'Re-ingest every source (and re-embed products), or only docIds', tags,
    auth: manage, params: ZStoreParams, body: ZRetrainRequest, status: 202, responses: { 202: ZRetrainResponse },
    handler: async ({ c, membership, body }) => training.retrain(c, membership!.storeId, body.docIds),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/training/test', summary: 'What the AI would retrieve and answer for a question, with confidence and decision', tags,
    auth: read, params: ZStoreParams, body: ZTrainingTestRequest, responses: { 200: ZTrainingTestResponse },
    handler: async ({ c, membership, body }) => training.testQuery(c, membership!.storeId, body),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId/training/:docId', summary: 'Edit a source; a title or content change re-ingests it', tags,
    auth: manage, params: ZDocParams, body: ZUpdateTrainingDocRequest, responses: { 200: ZTrainingDoc },
    handler: async ({ c, membership, params, body }) => training.updateDoc(c, membership!.storeId, params.docId, body),
  }),
  defineRoute({
    method: 'delete', path: '/stores/:storeId/training/:docId', summary: 'Delete a source and its chunks', tags,
    auth: manage, params: ZDocParams, status: 204,
    handler: async ({ c, membership, params }) => training.deleteDoc(c, membership!.storeId, params.docId),
  }),
];
