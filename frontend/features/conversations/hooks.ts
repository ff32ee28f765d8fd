'use client';
import { useEffect } from 'react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { TConversationListQuery } from '@convix/shared/contracts';
import { useStoreId } from '@/lib/stores/current-store';
import { useConversationFilters } from '@/lib/stores/conversation-filters';
import type { TConversationFilters, TConversationRow } from '@/lib/types';
import { conversationsApi } from './api';
import { conversationKeys } from './query-keys';

const HOURS = { all: 0, '24h': 24, '7d': 24 * 7, '30d': 24 * 30 } as const;

export function toListQuery(f: TConversationFilters, now = Date.now()): Partial<TConversationListQuery> {
  return {
    status: f.status === 'ALL' ? undefined : f.status,
    channel: f.channel === 'ALL' ? undefined : f.channel,
    from: f.range === 'all' ? undefined : new Date(now - HOURS[f.range] * 3_600_000).toISOString(),
    q: f.q.trim() || undefined,
    limit: 100,
  };
}

/** Cursor-paginated list; the virtualized table asks for the next page near the end. */
export function useConversationList() {
  const storeId = useStoreId();
  const { status, channel, range, q } = useConversationFilters();
  const filters = { status, channel, range, q };
  return useInfiniteQuery({
    queryKey: conversationKeys.list(storeId, filters),
    queryFn: ({ pageParam }) => conversationsApi.list(storeId, { ...toListQuery(filters), cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (d) => d.pages.flatMap((p) => p.items as TConversationRow[]),
  });
}

/** Small fixed lists (overview widgets). */
export function useConversationSample(query: Partial<TConversationListQuery>) {
  const storeId = useStoreId();
  return useQuery({
    queryKey: conversationKeys.list(storeId, query),
    queryFn: () => conversationsApi.list(storeId, query),
    select: (d) => d.items as TConversationRow[],
  });
}

export function useConversation(id: string) {
  const storeId = useStoreId();
  const qc = useQueryClient();
  const query = useQuery({ queryKey: conversationKeys.detail(storeId, id), queryFn: () => conversationsApi.get(storeId, id) });
  const unread = query.data?.unreadCount ?? 0;
  // Opening a thread marks it read; the list refreshes to drop the unread highlight.
  useEffect(() => {
    if (unread > 0) void conversationsApi.markRead(storeId, id).then(() => qc.invalidateQueries({ queryKey: conversationKeys.lists(storeId) }));
  }, [unread, storeId, id, qc]);
  return query;
}

function useConversationMutation<V>(fn: (storeId: string, v: V) => Promise<unknown>, success: string) {
  const storeId = useStoreId();
  const qc = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: V) => fn(storeId, v),
    onSuccess: () => {
      toast.success(success);
      void qc.invalidateQueries({ queryKey: conversationKeys.all(storeId) });
    },
    onError: (e) => toast.error(e instanceof Error ? e.message : 'Action failed'),
  });
  return mutation;
}

export const useTakeOver = (id: string) => useConversationMutation<void>((s) => conversationsApi.takeOver(s, id), 'You took over — the AI is paused');
export const useReply = (id: string) => useConversationMutation<string>((s, content) => conversationsApi.reply(s, id, { content, clientMessageId: crypto.randomUUID() }), 'Reply sent');
export const useAddNote = (id: string) => useConversationMutation<string>((s, content) => conversationsApi.addNote(s, id, content), 'Internal note added');
export const useReturnToAi = (id: string) => useConversationMutation<void>((s) => conversationsApi.returnToAi(s, id), 'Returned to the AI');
export const useResolve = (id: string) =>
  useConversationMutation<string>((s, learningNote) => conversationsApi.resolve(s, id, { learningNote: learningNote || undefined }), 'Conversation resolved');
