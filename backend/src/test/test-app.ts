// Boots the real app for an integration test: real database (see test-db.ts), real Redis
// when REDIS_URL is set, the HTTP server on an ephemeral port and Socket.io attached.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import type { JobDef } from '../jobs/job.js';
import type { RouteDef } from '../lib/http/route.js';
import { apiRoutes } from '../modules/routes.js';
import { parseEnv, type Env } from '../config/env.js';
import { createContainer, type Container } from '../container.js';
import { createLogger, setLogger } from '../lib/logger.js';
import { attachRealtime, closeRealtime } from '../realtime/socket-server.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

setLogger(createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'error', format: 'pretty' }));

export interface TestApp {
  c: Container;
  env: Env;
  db: TestDatabase;
  server: Server;
  baseUrl: string;
  /** fetch against `${baseUrl}/v1${path}` with JSON in and out. */
  api: (path: string, init?: ApiInit) => Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  rawBody?: string | Buffer | FormData;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function startTestApp(overrides: Record<string, string> = {}, opts: { extraRoutes?: RouteDef[]; extraJobs?: JobDef[] } = {}): Promise<TestApp> {
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: '0',
    REDIS_URL: process.env.REDIS_URL,
    REPLY_WAIT_MS: '10000',
    DEBOUNCE_MS: '0',
    ...overrides,
    DATABASE_URL: undefined, // the test database below decides
  } as Record<string, string | undefined>);
  const db = await createTestDatabase();
  const c = await createContainer(env, { db, redisPrefix: `t${randomBytes(4).toString('hex')}`, extraJobs: opts.extraJobs });
  await c.jobs.start();
  const server = createServer(createApp(c, [...apiRoutes, ...(opts.extraRoutes ?? [])]));
  const io = await attachRealtime(c, server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const api = async (path: string, init: ApiInit = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | Buffer | FormData | undefined = init.rawBody;
    if (init.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(init.body);
    }
    const res = await fetch(`${baseUrl}/v1${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* non-JSON body: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };

  return {
    c, env, db, server, baseUrl, api,
    async close() {
      await c.jobs.close(); // let running jobs finish while their events can still go out
      await closeRealtime(io);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await c.close();
      await db.close();
    },
  };
}
