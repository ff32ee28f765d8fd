export const storeKeys = {
  all: (storeId: string) => ['store', storeId] as const,
  detail: (storeId: string) => [...storeKeys.all(storeId), 'detail'] as const,
  settings: (storeId: string) => [...storeKeys.all(storeId), 'settings'] as const,
};
