'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { TCreateChannelRequest, TUpdateChannelRequest } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { channelsApi } from './api';
import { channelKeys } from './query-keys';

export function useChannels() {
  const storeId = useStoreId();
  return useQuery({ queryKey: channelKeys.list(storeId), queryFn: () => channelsApi.list(storeId), select: (d) => d.items });
}

function useInvalidate() {
  const storeId = useStoreId();
  const qc = useQueryClient();
  return { storeId, invalidate: () => qc.invalidateQueries({ queryKey: channelKeys.all(storeId) }) };
}

const onError = (e: Error) => toast.error(e.message);

export function useCreateChannel() {
  const { storeId, invalidate } = useInvalidate();
  return useMutation({ mutationFn: (b: TCreateChannelRequest) => channelsApi.create(storeId, b), onSuccess: () => { toast.success('Channel connected'); void invalidate(); }, onError });
}
export function useUpdateChannel() {
  const { storeId, invalidate } = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateChannelRequest }) => channelsApi.update(storeId, id, body),
    onSuccess: () => { toast.success('Channel updated'); void invalidate(); },
    onError,
  });
}
export function useTestChannel() {
  const { storeId, invalidate } = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => channelsApi.test(storeId, id),
    onSuccess: (r) => { if (r.ok) toast.success(r.message); else toast.error(r.message); void invalidate(); },
    onError,
  });
}
export function useDeleteChannel() {
  const { storeId, invalidate } = useInvalidate();
  return useMutation({ mutationFn: (id: string) => channelsApi.remove(storeId, id), onSuccess: () => { toast.success('Channel disconnected'); void invalidate(); }, onError });
}
