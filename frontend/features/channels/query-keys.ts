export const channelKeys = {
  all: (storeId: string) => ['channels', storeId] as const,
  list: (storeId: string) => [...channelKeys.all(storeId), 'list'] as const,
};
