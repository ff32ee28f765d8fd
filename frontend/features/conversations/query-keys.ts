import type { TConversationFilters } from '@/lib/types';

export const conversationKeys = {
  all: (storeId: string) => ['conversations', storeId] as const,
  lists: (storeId: string) => [...conversationKeys.all(storeId), 'list'] as const,
  list: (storeId: string, filters: TConversationFilters | Record<string, unknown>) => [...conversationKeys.lists(storeId), filters] as const,
  detail: (storeId: string, id: string) => [...conversationKeys.all(storeId), 'detail', id] as const,
};
