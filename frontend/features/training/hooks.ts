'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { TCreateTrainingDocRequest, TTrainingTestRequest, TUpdateTrainingDocRequest } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { trainingApi } from './api';
import { trainingKeys } from './query-keys';

export function useTrainingDocs() {
  const storeId = useStoreId();
  return useQuery({
    queryKey: trainingKeys.list(storeId),
    queryFn: () => trainingApi.list(storeId),
    select: (d) => d.items,
    // Poll only while something is processing (live mode gets `training:progress` events later).
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'PENDING' || d.status === 'PROCESSING') ? 1200 : false),
  });
}

function useOps() {
  const storeId = useStoreId();
  const qc = useQueryClient();
  return { storeId, done: (msg: string) => { toast.success(msg); void qc.invalidateQueries({ queryKey: trainingKeys.all(storeId) }); } };
}
const onError = (e: Error) => toast.error(e.message);

export function useCreateDoc() {
  const { storeId, done } = useOps();
  return useMutation({ mutationFn: (b: TCreateTrainingDocRequest) => trainingApi.create(storeId, b), onSuccess: () => done('Added — processing started'), onError });
}
export function useUploadDoc() {
  const { storeId, done } = useOps();
  return useMutation({
    mutationFn: async (file: File) => trainingApi.upload(storeId, file, file.type.startsWith('text/') ? await file.text() : `Extracted text of ${file.name}`),
    onSuccess: () => done('File uploaded — processing started'),
    onError,
  });
}
export function useUpdateDoc() {
  const { storeId, done } = useOps();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: TUpdateTrainingDocRequest }) => trainingApi.update(storeId, id, body), onSuccess: () => done('Document saved'), onError });
}
export function useDeleteDoc() {
  const { storeId, done } = useOps();
  return useMutation({ mutationFn: (id: string) => trainingApi.remove(storeId, id), onSuccess: () => done('Document deleted'), onError });
}
export function useRetrain() {
  const { storeId, done } = useOps();
  return useMutation({ mutationFn: (ids?: string[]) => trainingApi.retrain(storeId, ids), onSuccess: (r) => done(`Retraining ${r.queued} document${r.queued === 1 ? '' : 's'}`), onError });
}
export function useTestQuestion() {
  const storeId = useStoreId();
  return useMutation({ mutationFn: (b: TTrainingTestRequest) => trainingApi.test(storeId, b), onError });
}
