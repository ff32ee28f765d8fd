// Runs the shopper-conversation eval with the local providers and asserts the targets.
// The Trailhead set lives outside the repo (/work/shared/eval); a second merchant fixture in
// eval/fixtures guards against rules that only fit one store.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAiProviders } from './providers.js';
import { formatMetrics, loadCases, loadFixture, playCase, score, TARGETS, type CaseResult } from './eval/eval-core.js';
import { ingestStore, localPlayer, seedFixtureStore } from './eval/local-player.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../test/test-db.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const EVAL_DIR = process.env.CONVIX_EVAL_DIR ?? '/work/shared/eval';
const sets = [
  { name: 'trailhead', store: path.join(EVAL_DIR, 'trailhead-store.json'), cases: path.join(EVAL_DIR, 'trailhead-cases.jsonl') },
  { name: 'holdout (coffee merchant)', store: path.join(here, 'eval/fixtures/holdout-store.json'), cases: path.join(here, 'eval/fixtures/holdout-cases.jsonl') },
];

describe('AI eval (local providers)', () => {
  // One database for both merchants: stores are isolated by storeId like in production.
  let db: Database;
  before(async () => { db = await createTestDatabase(); });
  after(async () => { await db?.close(); });
  for (const set of sets) {
    it(`meets the targets on ${set.name}`, { skip: !existsSync(set.store) && 'eval data not present' }, async () => {
      {
        const providers = createAiProviders();
        const storeId = await seedFixtureStore(db.prisma, loadFixture(set.store));
        await ingestStore({ prisma: db.prisma, providers }, storeId);
        const player = localPlayer(db.prisma, providers, storeId);
        const results: CaseResult[] = [];
        for (const c of loadCases(set.cases)) results.push(await playCase(player, c));
        const m = score(results);
        const failed = results.filter((r) => !r.pass).map((r) => `${r.id}: expected ${JSON.stringify(r.expect)} got ${r.outcome.action}/${r.outcome.trigger}`);
        const report = `${formatMetrics(m)}\n${failed.join('\n')}`;
        assert.ok(m.answerAccuracy >= TARGETS.answerAccuracy, report);
        assert.ok(m.handoffPrecision >= TARGETS.handoffPrecision, report);
        assert.ok(m.handoffRecall >= TARGETS.handoffRecall, report);
        assert.ok(m.triggerAccuracy >= TARGETS.triggerAccuracy, report);
        assert.ok(m.falseHandoffRate <= TARGETS.falseHandoffRate, report);
        assert.equal(m.declineAccuracy, 1, report);
      }
    });
  }
});
