// The eval's HTTP player against the real app: sign up, create and train a store through the
// API, play the holdout cases through the widget message API, and meet the same targets.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { formatMetrics, loadCases, loadFixture, meetsTargets, playCase, score, type CaseResult } from './eval/eval-core.js';
import { HttpClient } from './eval/http-client.js';
import { httpPlayer, setupHttpStore } from './eval/http-player.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval/fixtures');

describe('eval over HTTP', () => {
  let t: TestApp;
  before(async () => { t = await startTestApp({ DEBOUNCE_MS: '0' }); });
  after(async () => { await t?.close(); });

  it('trains a store through the API and meets the targets on the holdout set via the widget API', async () => {
    const api = new HttpClient(t.baseUrl);
    const storeId = await setupHttpStore(api, loadFixture(path.join(fixtures, 'holdout-store.json')));
    const docs = (await api.call('GET', `/stores/${storeId}/training`)).body.items as { status: string }[];
    assert.ok(docs.length > 0 && docs.every((d) => d.status === 'READY'));
    const player = httpPlayer(api, storeId);
    const results: CaseResult[] = [];
    for (const c of loadCases(path.join(fixtures, 'holdout-cases.jsonl'))) results.push(await playCase(player, c));
    const m = score(results);
    assert.ok(meetsTargets(m), `${formatMetrics(m)}\n${results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.outcome.action}/${r.outcome.trigger}`).join('\n')}`);
  });
});
