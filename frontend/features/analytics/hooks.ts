'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAnalyticsQuery } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { analyticsApi } from './api';
import { analyticsKeys } from './query-keys';

export function useAnalytics(q: TAnalyticsQuery) {
  const storeId = useStoreId();
  // Keep the previous range on screen while a new one loads: charts morph instead of flashing.
  return useQuery({ queryKey: analyticsKeys.range(storeId, q), queryFn: () => analyticsApi.get(storeId, q), placeholderData: keepPreviousData });
}
