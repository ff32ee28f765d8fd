import { ZAnalyticsQuery, ZAnalyticsResponse } from '@convix/shared/contracts';
import { defineRoute } from '../../lib/http/route.js';
import { storeAnalytics } from './analytics.service.js';

export const analyticsRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/analytics', summary: 'Store analytics for a date range', tags: ['analytics'],
    auth: { kind: 'store', permission: 'analytics:read' }, query: ZAnalyticsQuery, responses: { 200: ZAnalyticsResponse },
    handler: ({ c, membership, query }) => storeAnalytics(c, membership!.storeId, query),
  }),
];
