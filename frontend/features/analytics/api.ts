import type { TAnalyticsQuery, TAnalyticsResponse } from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/analytics';

export const analyticsApi = {
  get: (storeId: string, query: TAnalyticsQuery) =>
    call<TAnalyticsResponse>({ method: 'GET', path: `/stores/${storeId}/analytics`, query }, () => mock.getAnalytics(query)),
};
