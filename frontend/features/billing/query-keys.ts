export const billingKeys = {
  usage: (storeId: string) => ['billing', storeId, 'usage'] as const,
};
