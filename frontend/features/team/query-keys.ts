export const teamKeys = {
  all: (storeId: string) => ['team', storeId] as const,
  list: (storeId: string) => [...teamKeys.all(storeId), 'list'] as const,
};
