// Repeating jobs (nightly learning loop etc.), registered by whichever process runs workers.
import type { Container } from '../container.js';

export const SCHEDULES: { job: string; payload: unknown; schedule: { dailyAtUtcHour?: number; everyMs?: number } }[] = [
  // Learning loop: resolved handoffs with a learning note → FAQ training docs (modules/learning).
  { job: 'learning-run', payload: {}, schedule: { dailyAtUtcHour: 3 } },
];

export async function startSchedules(c: Container): Promise<void> {
  for (const s of SCHEDULES) if (c.jobDefs.has(s.job)) await c.jobs.schedule(s.job, s.payload, s.schedule);
}
