export const trainingKeys = {
  all: (storeId: string) => ['training', storeId] as const,
  list: (storeId: string) => [...trainingKeys.all(storeId), 'list'] as const,
};
