// Conversation pipeline bench (local AI): 100 concurrent widget conversations × 10 messages,
// then 1,000 idle dashboard sockets and event fan-out.
//   node --import tsx bench/pipeline-bench.ts            (PGlite + in-process queue)
//   DATABASE_URL=… REDIS_URL=… node --import tsx bench/pipeline-bench.ts   (Postgres + BullMQ)
// Env: BENCH_CONVERSATIONS (100), BENCH_MESSAGES (10), BENCH_SOCKETS (1000), BENCH_FANOUT_ROUNDS (20).
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { startTestApp } from '../backend/src/test/test-app.js';
import { dashboardSocket, makeStore } from '../backend/src/modules/conversations/test-fixtures.js';

const CONVS = Number(process.env.BENCH_CONVERSATIONS ?? 100);
const MSGS = Number(process.env.BENCH_MESSAGES ?? 10);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 20);
const QUESTIONS = [
  'How long does standard shipping take?', 'What is your returns policy?', 'Which payment methods do you accept?',
  'Do you ship to Canada?', 'Can you recommend waterproof hiking boots?', 'How do your jackets fit?',
  'What warranty do tents have?', 'Can I cancel my order?', 'Do your boots run true to size?', 'How much is express shipping?',
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const fmt = (xs: number[]) => `n=${xs.length} p50=${pct(xs, 50).toFixed(1)}ms p95=${pct(xs, 95).toFixed(1)}ms max=${Math.max(...xs).toFixed(1)}ms`;

async function main(): Promise<void> {
const t = await startTestApp({ RATE_LIMIT_DISABLED: 'true', DEBOUNCE_MS: '0', REPLY_WAIT_MS: '30000' });
console.log(`mode: db=${t.c.db.kind} queue=${t.c.jobs.kind} ai=${t.c.env.aiProvider}`);
try {
  const { store, owner } = await makeStore(t.c, { knowledge: true, products: true });
  const dash = await dashboardSocket(t.baseUrl, owner.token, store.id);
  const seenAt = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  dash.on('message:new', (p: { message: { id: string } }) => {
    const at = performance.now();
    seenAt.set(p.message.id, at);
    waiters.get(p.message.id)?.(at);
  });
  const seen = (id: string) => seenAt.get(id) ?? new Promise<number>((r) => waiters.set(id, r));

  const toPersisted: number[] = [], toSocket: number[] = [], http: number[] = [], aiTurn: number[] = [];
  let accepted = 0;
  const t0 = performance.now();
  const wall0 = Date.now();
  await Promise.all(Array.from({ length: CONVS }, async (_, i) => {
    const start = await t.api(`/widget/${store.id}/conversation`, { method: 'POST', body: {} });
    const { conversation, visitorToken } = start.body as { conversation: { id: string }; visitorToken: string };
    for (let m = 0; m < MSGS; m++) {
      const sentWall = Date.now();
      const sent = performance.now();
      const res = await t.api(`/widget/${store.id}/message`, {
        method: 'POST', token: visitorToken, body: { conversationId: conversation.id, content: QUESTIONS[(i + m) % QUESTIONS.length], clientMessageId: `b${i}-${m}` },
      });
      http.push(performance.now() - sent);
      if (res.status === 202) {
        accepted++;
        continue; // handed off (or slower than the wait): no reply to time
      }
      if (res.status !== 200) throw new Error(`message failed ${res.status} ${JSON.stringify(res.body)}`);
      toPersisted.push(Date.parse(res.body.reply.createdAt) - sentWall);
      if (typeof res.body.reply.metadata.latencyMs === 'number') aiTurn.push(res.body.reply.metadata.latencyMs);
      toSocket.push((await seen(res.body.reply.id)) - sent);
      if (res.body.conversation.status !== 'OPEN') break; // handed off: the shopper would wait for a person
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  console.log(`\n${CONVS} conversations × up to ${MSGS} messages in ${elapsed.toFixed(1)} s (${((toPersisted.length + accepted) / elapsed).toFixed(1)} msg/s); 202s: ${accepted}`);
  console.log(`POST → reply persisted:           ${fmt(toPersisted)}`);
  console.log(`POST → message:new on dashboard:  ${fmt(toSocket)}`);
  console.log(`POST round trip (HTTP 200/202):   ${fmt(http)}`);
  console.log(`AI engine turn (decision.latencyMs): ${fmt(aiTurn)}`);
  void wall0;
  dash.close();

  // Fan-out: SOCKETS idle dashboard sockets in the store room; each round one domain event.
  const socks: Socket[] = [];
  const c0 = performance.now();
  for (let i = 0; i < SOCKETS; i += 100) {
    socks.push(...(await Promise.all(Array.from({ length: Math.min(100, SOCKETS - i) }, () => dashboardSocket(t.baseUrl, owner.token, store.id)))));
  }
  console.log(`\n${socks.length} dashboard sockets connected in ${((performance.now() - c0) / 1000).toFixed(1)} s; rss=${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  const lat: number[] = [];
  const roundFull: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const emitted = performance.now();
    await new Promise<void>((resolve) => {
      let left = socks.length;
      for (const s of socks) {
        s.once('analytics:update', () => {
          lat.push(performance.now() - emitted);
          if (--left === 0) resolve();
        });
      }
      t.c.events.emit('analytics.changed', { storeId: store.id });
    });
    roundFull.push(performance.now() - emitted);
  }
  console.log(`event → each of ${socks.length} sockets:       ${fmt(lat)}`);
  console.log(`event → last socket (per round):   ${fmt(roundFull)}`);
  socks.forEach((s) => s.close());
} finally {
  await t.close();
}
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
