import type { TChannel, TChannelTestResponse, TCreateChannelRequest, TUpdateChannelRequest } from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/channels';

const base = (storeId: string) => `/stores/${storeId}/channels`;

export const channelsApi = {
  list: (storeId: string) => call<{ items: TChannel[] }>({ method: 'GET', path: base(storeId) }, mock.listChannels),
  create: (storeId: string, body: TCreateChannelRequest) => call<TChannel>({ method: 'POST', path: base(storeId), body }, () => mock.createChannel(body)),
  update: (storeId: string, id: string, body: TUpdateChannelRequest) =>
    call<TChannel>({ method: 'PATCH', path: `${base(storeId)}/${id}`, body }, () => mock.updateChannel(id, body)),
  test: (storeId: string, id: string) => call<TChannelTestResponse>({ method: 'POST', path: `${base(storeId)}/${id}/test` }, () => mock.testChannel(id)),
  remove: (storeId: string, id: string) => call<{ ok: true }>({ method: 'DELETE', path: `${base(storeId)}/${id}` }, () => mock.deleteChannel(id)),
};
