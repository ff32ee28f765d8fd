import type { TAnalyticsQuery } from '@convix/shared/contracts';

export const analyticsKeys = {
  all: (storeId: string) => ['analytics', storeId] as const,
  range: (storeId: string, q: TAnalyticsQuery) => [...analyticsKeys.all(storeId), q] as const,
};
