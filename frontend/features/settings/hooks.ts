'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { TUpdateStoreRequest, TUpdateStoreSettingsRequest } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { storeApi } from './api';
import { storeKeys } from './query-keys';

export function useStore() {
  const storeId = useStoreId();
  return useQuery({ queryKey: storeKeys.detail(storeId), queryFn: () => storeApi.get(storeId) });
}

export function useSettings() {
  const storeId = useStoreId();
  return useQuery({ queryKey: storeKeys.settings(storeId), queryFn: () => storeApi.getSettings(storeId) });
}

export function useUpdateSettings(successMessage = 'Settings saved') {
  const storeId = useStoreId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateStoreSettingsRequest) => storeApi.updateSettings(storeId, body),
    onSuccess: (data) => {
      qc.setQueryData(storeKeys.settings(storeId), data);
      toast.success(successMessage);
    },
    onError: (e) => toast.error(e.message),
  });
}

export function useUpdateStore() {
  const storeId = useStoreId();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateStoreRequest) => storeApi.update(storeId, body),
    onSuccess: (data) => {
      qc.setQueryData(storeKeys.detail(storeId), data);
      toast.success('Store details saved');
    },
    onError: (e) => toast.error(e.message),
  });
}
