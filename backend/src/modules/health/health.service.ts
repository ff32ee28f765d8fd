import type { Container } from '../../container.js';

async function timed(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<{ ok: boolean; ms: number; error?: string }> {
  const t0 = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), timeoutMs).unref())]);
    return { ok: true, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - t0), error: (err as Error).message };
  }
}

export async function checkReadiness(c: Container) {
  const checks: Record<string, { ok: boolean; ms: number; error?: string }> = {
    database: await timed(() => c.db.driver.query('SELECT 1')),
  };
  if (c.redis) checks.redis = await timed(() => c.redis!.ping());
  return {
    ok: Object.values(checks).every((x) => x.ok),
    mode: { database: c.db.kind, queue: c.jobs.kind },
    checks,
  };
}
