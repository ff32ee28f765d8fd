import { z } from 'zod';
import { defineRoute } from '../../lib/http/route.js';
import { learnFromHandoffs } from './learning.service.js';

export const learningRoutes = [
  defineRoute({
    method: 'post', path: '/stores/:storeId/training/learn', summary: 'Run the learning loop now (resolved handoffs with a learning note → FAQ docs)',
    tags: ['training'], auth: { kind: 'store', permission: 'training:manage' },
    responses: { 200: z.object({ handoffs: z.number().int(), docIds: z.array(z.uuid()) }) },
    handler: ({ c, membership }) => learnFromHandoffs(c, membership!.storeId),
  }),
];
