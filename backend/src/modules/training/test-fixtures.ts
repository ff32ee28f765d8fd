// Fixtures for the training integration tests: tiny files of each supported type built in
// memory, multipart bodies, and a wait for a document to finish ingesting.
import type { TTrainingDoc } from '@convix/shared/contracts';
import type { TestApp } from '../../test/test-app.js';
export { tinyDocx, tinyPdf } from '../../test/file-fixtures.js';


export function uploadForm(data: Buffer | string, fileName: string, mime: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mime }), fileName);
  return form;
}

/** Polls the list endpoint until the doc leaves PENDING/PROCESSING (works for both queues). */
export async function waitForDoc(t: TestApp, storeId: string, token: string, docId: string, timeoutMs = 20_000): Promise<TTrainingDoc> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.api(`/stores/${storeId}/training`, { token });
    const doc = (res.body.items as TTrainingDoc[]).find((d) => d.id === docId);
    if (!doc) throw new Error(`doc ${docId} not listed`);
    if (doc.status === 'READY' || doc.status === 'FAILED') return doc;
    if (Date.now() > deadline) throw new Error(`doc ${docId} still ${doc.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
