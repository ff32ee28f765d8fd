// npm run eval -w backend -- <store.json> <cases.jsonl> [--verbose]
// Runs in-process on an in-memory PGlite with the local providers and prints the metrics table.
import { openDatabase } from '../../../db/client.js';
import { createAiProviders } from '../providers.js';
import { formatMetrics, loadCases, loadFixture, meetsTargets, playCase, score } from './eval-core.js';
import { ingestStore, localPlayer, seedFixtureStore } from './local-player.js';

const args = process.argv.slice(2);
const [storePath, casesPath] = args.filter((a) => !a.startsWith('--'));
if (!storePath || !casesPath) {
  console.error('usage: eval-cli <store.json> <cases.jsonl> [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const db = await openDatabase({});
try {
  const providers = createAiProviders();
  const storeId = await seedFixtureStore(db.prisma, loadFixture(storePath));
  await ingestStore({ prisma: db.prisma, providers }, storeId);
  const player = localPlayer(db.prisma, providers, storeId);
  const results = [];
  for (const c of loadCases(casesPath)) {
    const r = await playCase(player, c);
    results.push(r);
    if (verbose || !r.pass) {
      const d = r.outcome.debug;
      console.log(`${r.pass ? 'PASS' : 'FAIL'} ${c.id} expect=${JSON.stringify(c.expect)} got=${r.outcome.action}/${r.outcome.trigger} src=${r.outcome.sources.join('|')} skus=${r.outcome.skus.join('|')} conf=${JSON.stringify(d?.confidence)} sig=${d?.signals?.join(' ')}`);
    }
  }
  const m = score(results);
  console.log(formatMetrics(m));
  process.exitCode = meetsTargets(m) ? 0 : 1;
} finally {
  await db.close();
}
