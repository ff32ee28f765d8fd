'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { TInviteMemberRequest, TUserRole } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { teamApi } from './api';
import { teamKeys } from './query-keys';

export function useMembers() {
  const storeId = useStoreId();
  return useQuery({ queryKey: teamKeys.list(storeId), queryFn: () => teamApi.list(storeId), select: (d) => d.items });
}

function useOps() {
  const storeId = useStoreId();
  const qc = useQueryClient();
  return { storeId, invalidate: () => qc.invalidateQueries({ queryKey: teamKeys.all(storeId) }) };
}

export function useInvite() {
  const { storeId, invalidate } = useOps();
  return useMutation({ mutationFn: (b: TInviteMemberRequest) => teamApi.invite(storeId, b), onSuccess: () => void invalidate() });
}
export function useChangeRole() {
  const { storeId, invalidate } = useOps();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: TUserRole }) => teamApi.update(storeId, id, { role }),
    onSuccess: () => { toast.success('Role updated'); void invalidate(); },
    onError: (e) => toast.error(e.message),
  });
}
export function useRemoveMember() {
  const { storeId, invalidate } = useOps();
  return useMutation({
    mutationFn: (id: string) => teamApi.remove(storeId, id),
    onSuccess: () => { toast.success('Member removed'); void invalidate(); },
    onError: (e) => toast.error(e.message),
  });
}
