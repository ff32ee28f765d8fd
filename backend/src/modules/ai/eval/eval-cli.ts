// npm run eval -- <store.json> <cases.jsonl> [--api http://localhost:3001] [--verbose]
// With --api (or CONVIX_API_URL) it drives a running API over HTTP: sign up, create and train the
// store, then play every case through the widget message API. Without it, it runs in-process on
// an in-memory PGlite with the local providers. Prints the metrics table; exit 1 below target.
import path from 'node:path';
import { openDatabase } from '../../../db/client.js';
import { createAiProviders } from '../providers.js';
import { formatMetrics, loadCases, loadFixture, meetsTargets, playCase, score, type CasePlayer, type CaseResult } from './eval-core.js';
import { HttpClient } from './http-client.js';
import { httpPlayer, setupHttpStore } from './http-player.js';
import { ingestStore, localPlayer, seedFixtureStore } from './local-player.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const apiUrl = flag('--api') ?? process.env.CONVIX_API_URL;
const [storePath, casesPath] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--api');
if (!storePath || !casesPath) {
  console.error('usage: eval-cli <store.json> <cases.jsonl> [--api http://localhost:3001] [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
// `npm run eval` runs in backend/; relative paths mean the directory npm was started from.
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const fixture = loadFixture(here(storePath));
const cases = loadCases(here(casesPath));

async function run(player: CasePlayer): Promise<void> {
  const results: CaseResult[] = [];
  const t0 = performance.now();
  for (const c of cases) {
    const r = await playCase(player, c);
    results.push(r);
    if (verbose || !r.pass) {
      const d = r.outcome.debug;
      console.log(`${r.pass ? 'PASS' : 'FAIL'} ${c.id} expect=${JSON.stringify(c.expect)} got=${r.outcome.action}/${r.outcome.trigger} src=${r.outcome.sources.join('|')} skus=${r.outcome.skus.join('|')} conf=${JSON.stringify(d?.confidence)} sig=${d?.signals?.join(' ')}`);
    }
  }
  const m = score(results);
  console.log(formatMetrics(m));
  console.log(`played ${cases.length} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.exitCode = meetsTargets(m) ? 0 : 1;
}

if (apiUrl) {
  const api = new HttpClient(apiUrl);
  console.log(`eval over HTTP against ${api.base}`);
  const storeId = await setupHttpStore(api, fixture, console.log);
  await run(httpPlayer(api, storeId));
} else {
  const db = await openDatabase({});
  try {
    const providers = createAiProviders();
    const storeId = await seedFixtureStore(db.prisma, fixture);
    await ingestStore({ prisma: db.prisma, providers }, storeId);
    await run(localPlayer(db.prisma, providers, storeId));
  } finally {
    await db.close();
  }
}
