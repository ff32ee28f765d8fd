import type {
  TCreateTrainingDocRequest, TTrainingDoc, TTrainingTestRequest, TTrainingTestResponse, TUpdateTrainingDocRequest,
} from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/training';

const base = (storeId: string) => `/stores/${storeId}/training`;

export const trainingApi = {
  list: (storeId: string) => call<{ items: TTrainingDoc[] }>({ method: 'GET', path: base(storeId) }, mock.listDocs),
  create: (storeId: string, body: TCreateTrainingDocRequest) => call<TTrainingDoc>({ method: 'POST', path: base(storeId), body }, () => mock.createDoc(body)),
  /** FILE docs are multipart uploads (not part of ZCreateTrainingDocRequest). */
  upload: (storeId: string, file: File, content: string) => {
    const body = new FormData();
    body.set('file', file);
    return call<TTrainingDoc>({ method: 'POST', path: `${base(storeId)}/upload`, body }, () =>
      mock.createDoc({ type: 'FILE', title: file.name.replace(/\.[^.]+$/, ''), fileName: file.name, content }));
  },
  update: (storeId: string, id: string, body: TUpdateTrainingDocRequest) =>
    call<TTrainingDoc>({ method: 'PATCH', path: `${base(storeId)}/${id}`, body }, () => mock.updateDoc(id, body)),
  remove: (storeId: string, id: string) => call<{ ok: true }>({ method: 'DELETE', path: `${base(storeId)}/${id}` }, () => mock.deleteDoc(id)),
  retrain: (storeId: string, docIds?: string[]) =>
    call<{ queued: number }>({ method: 'POST', path: `${base(storeId)}/retrain`, body: docIds ? { docIds } : {} }, () => mock.retrain(docIds)),
  test: (storeId: string, body: TTrainingTestRequest) =>
    call<TTrainingTestResponse>({ method: 'POST', path: `${base(storeId)}/test`, body }, () => mock.testQuestion(body)),
};
