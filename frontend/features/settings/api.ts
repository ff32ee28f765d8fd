import type {
  TCreateStoreRequest, TStore, TStoreSettings, TUpdateStoreRequest, TUpdateStoreSettingsRequest,
} from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/store';

export const storeApi = {
  list: () => call<{ items: TStore[] }>({ method: 'GET', path: '/stores' }, mock.listStores),
  get: (storeId: string) => call<TStore>({ method: 'GET', path: `/stores/${storeId}` }, mock.getStore),
  create: (body: TCreateStoreRequest) => call<TStore>({ method: 'POST', path: '/stores', body }, () => mock.createStore(body)),
  update: (storeId: string, body: TUpdateStoreRequest) => call<TStore>({ method: 'PATCH', path: `/stores/${storeId}`, body }, () => mock.updateStore(body)),
  getSettings: (storeId: string) => call<TStoreSettings>({ method: 'GET', path: `/stores/${storeId}/settings` }, mock.getSettings),
  updateSettings: (storeId: string, body: TUpdateStoreSettingsRequest) =>
    call<TStoreSettings>({ method: 'PATCH', path: `/stores/${storeId}/settings`, body }, () => mock.updateSettings(body)),
};
