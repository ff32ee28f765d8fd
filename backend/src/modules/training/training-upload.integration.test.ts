// File uploads over real multipart HTTP: every supported type becomes a searchable doc;
// unsupported, oversized, unreadable and missing files get clear errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ZTrainingDoc } from '@convix/shared/contracts';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { makeAgent, type Agent } from '../conversations/test-fixtures.js';
import { tinyDocx, tinyPdf, uploadForm, waitForDoc } from './test-fixtures.js';

describe('training uploads', () => {
  let t: TestApp;
  let storeId: string;
  let owner: Agent, agent: Agent;
  const upload = (form: FormData, token = owner.token) => t.api(`/stores/${storeId}/training/upload`, { method: 'POST', rawBody: form, token });

  before(async () => {
    t = await startTestApp();
    storeId = (await t.c.prisma.store.create({ data: { name: 'Acme', settings: { create: {} } } })).id;
    owner = await makeAgent(t.c, storeId, 'ADMIN');
    agent = await makeAgent(t.c, storeId, 'AGENT');
  });
  after(async () => { await t?.close(); });

  const cases: { name: string; file: () => Promise<Buffer> | Buffer; mime: string; type: string; title: string; text: RegExp }[] = [
    { name: 'warranty.pdf', file: () => tinyPdf('Every tent has a two year warranty'), mime: 'application/pdf', type: 'FILE', title: 'warranty', text: /two year warranty/ },
    { name: 'care.docx', file: () => tinyDocx(['Care guide', 'Wash jackets cold and hang to dry.']), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', type: 'FILE', title: 'care', text: /Wash jackets cold/ },
    { name: 'hours.txt', file: () => Buffer.from('Our Boulder store opens at 9 am every day.'), mime: 'text/plain', type: 'FILE', title: 'hours', text: /opens at 9 am/ },
    { name: 'sizes.md', file: () => Buffer.from('# Size guide\n\nOur boots run half a size small.'), mime: 'text/markdown', type: 'FILE', title: 'sizes', text: /half a size small/ },
    { name: 'faq.csv', file: () => Buffer.from('question,answer\nDo gift cards expire?,Never.\n"Do you price match?","Yes, within 14 days."\n'), mime: 'text/csv', type: 'FAQ', title: 'faq', text: /Q: Do you price match\? A: Yes, within 14 days\./ },
  ];
  for (const k of cases) {
    it(`ingests ${k.name}`, async () => {
      const res = await upload(uploadForm(await k.file(), k.name, k.mime));
      assert.equal(res.status, 201, JSON.stringify(res.body));
      ZTrainingDoc.parse(res.body);
      assert.equal(res.body.type, k.type);
      assert.equal(res.body.title, k.title);
      assert.equal(res.body.fileName, k.name);
      assert.match(res.body.content, k.text);
      const ready = await waitForDoc(t, storeId, owner.token, res.body.id);
      assert.equal(ready.status, 'READY', ready.error ?? '');
      assert.ok(ready.chunkCount > 0);
    });
  }

  it('takes title and type from form fields or a JSON payload field', async () => {
    const plain = await upload(uploadForm('Q: Is there a warranty? A: Yes, two years.', 'notes.txt', 'text/plain', { title: 'Warranty FAQ', type: 'FAQ' }));
    assert.equal(plain.status, 201, JSON.stringify(plain.body));
    assert.equal(plain.body.title, 'Warranty FAQ');
    assert.equal(plain.body.type, 'FAQ');
    const json = await upload(uploadForm('Some manual text about stoves.', 'stoves.txt', 'application/octet-stream', { payload: JSON.stringify({ title: 'Stoves' }) }));
    assert.equal(json.status, 201, JSON.stringify(json.body));
    assert.equal(json.body.title, 'Stoves');
    const bad = await upload(uploadForm('x', 'a.txt', 'text/plain', { type: 'URL' }));
    assert.equal(bad.status, 400);
    await waitForDoc(t, storeId, owner.token, plain.body.id);
    await waitForDoc(t, storeId, owner.token, json.body.id);
  });

  it('answers 415 for unsupported types, 413 over 10 MB, 422 for unreadable files, 400 without a file', async () => {
    const png = await upload(uploadForm(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'logo.png', 'image/png'));
    assert.equal(png.status, 415);
    assert.equal(png.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.match(png.body.error.message, /logo\.png.*PDF, DOCX, TXT, MD/);
    const big = await upload(uploadForm(Buffer.alloc(10 * 1024 * 1024 + 1, 97), 'big.txt', 'text/plain'));
    assert.equal(big.status, 413);
    const broken = await upload(uploadForm(Buffer.from('not really a pdf'), 'broken.pdf', 'application/pdf'));
    assert.equal(broken.status, 422);
    assert.match(broken.body.error.message, /broken\.pdf/);
    const emptyCsv = await upload(uploadForm('just one column\n', 'faq.csv', 'text/csv'));
    assert.equal(emptyCsv.status, 422);
    assert.match(emptyCsv.body.error.message, /question,answer/);
    const none = new FormData();
    none.set('title', 'nothing');
    assert.equal((await upload(none)).status, 400);
    assert.equal(await t.c.prisma.trainingDoc.count({ where: { title: { in: ['logo', 'big', 'broken', 'nothing'] } } }), 0);
  });

  it('is for admins and owners only', async () => {
    const res = await upload(uploadForm('x', 'a.txt', 'text/plain'), agent.token);
    assert.equal(res.status, 403);
  });
});
