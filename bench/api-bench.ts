// Management API micro-benchmark: POST /v1/auth/login, authenticated GET /v1/stores/:id and
// GET /healthz under a short local load. Boots the app in-process on in-memory PGlite (rate
// limits off, or login would be throttled after 5 tries) unless --url points at a running API.
//   node --import tsx bench/api-bench.ts [--url http://127.0.0.1:3001] [--connections 10] [--seconds 5]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';

type CannonOptions = Record<string, unknown>;
type CannonResult = { requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number };
import { createApp } from '../backend/src/app.js';
import { parseEnv } from '../backend/src/config/env.js';
import { createContainer } from '../backend/src/container.js';
import { createLogger, setLogger } from '../backend/src/lib/logger.js';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, connections: { type: 'string', default: '10' }, seconds: { type: 'string', default: '5' } } });
const connections = Number(args.connections);
const duration = Number(args.seconds);

async function boot(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (args.url) return { url: args.url.replace(/\/$/, ''), stop: async () => undefined };
  setLogger(createLogger({ level: 'error', format: 'pretty' }));
  const env = parseEnv({ NODE_ENV: 'test', RATE_LIMIT_DISABLED: 'true', SEED_DEMO: 'false' });
  const c = await createContainer(env, { inMemoryDb: true });
  await c.jobs.start();
  const server = createServer(createApp(c));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await c.close();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(url: string, init: RequestInit = {}): Promise<any> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(title: string, opts: CannonOptions) {
  const times: number[] = [];
  const instance = autocannon({ connections, duration, ...opts });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result: CannonResult = await instance;
  times.sort((a, b) => a - b);
  return {
    endpoint: title,
    'req/s': Math.round(result.requests.average),
    'p50 ms': Number(pct(times, 50).toFixed(1)),
    'p95 ms': Number(pct(times, 95).toFixed(1)),
    'p99 ms': Number(pct(times, 99).toFixed(1)),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

// The root package is CommonJS for tsx, so no top-level await.
async function main(): Promise<void> {
  const { url, stop } = await boot();
  const email = `bench-${Date.now()}@example.com`;
  const password = 'bench-password-1';
  const reg = await json(`${url}/v1/auth/register`, { method: 'POST', body: JSON.stringify({ email, password, name: 'Bench' }) });
  const store = await json(`${url}/v1/stores`, { method: 'POST', body: JSON.stringify({ name: 'Bench store' }), headers: { authorization: `Bearer ${reg.accessToken}` } });

  const rows = [];
  rows.push(await run('POST /v1/auth/login', { url: `${url}/v1/auth/login`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }));
  rows.push(await run('GET /v1/stores/:id', { url: `${url}/v1/stores/${store.id}`, headers: { authorization: `Bearer ${reg.accessToken}` } }));
  rows.push(await run('GET /healthz', { url: `${url}/healthz` }));
  console.log(`\n${args.url ? url : 'in-process, in-memory PGlite'}; ${connections} connections, ${duration} s per endpoint`);
  console.table(rows);
  await stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
