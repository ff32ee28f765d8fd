import type { TUsageResponse } from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/billing';

export const billingApi = {
  usage: (storeId: string) => call<TUsageResponse>({ method: 'GET', path: `/stores/${storeId}/usage` }, mock.getUsage),
};
