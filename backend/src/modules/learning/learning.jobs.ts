// Nightly learning run (SCHEDULES, 03:00 UTC) over every store; on demand per store via the route.
import { z } from 'zod';
import { defineJob } from '../../jobs/job.js';
import { learnFromHandoffs } from './learning.service.js';

export const learningJob = defineJob({
  name: 'learning-run',
  schema: z.object({ storeId: z.uuid().optional() }),
  attempts: 3,
  backoffMs: 5_000,
  handler: async ({ storeId }, { c }) => {
    await learnFromHandoffs(c, storeId);
  },
});
