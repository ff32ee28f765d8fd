'use client';
import { useQuery } from '@tanstack/react-query';
import { useStoreId } from '@/lib/stores/current-store';
import { billingApi } from './api';
import { billingKeys } from './query-keys';

export function useUsage() {
  const storeId = useStoreId();
  return useQuery({ queryKey: billingKeys.usage(storeId), queryFn: () => billingApi.usage(storeId) });
}
