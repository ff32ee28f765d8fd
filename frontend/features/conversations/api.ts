import type {
  TAgentReplyRequest, TConversationDetail, TConversationListQuery, TConversationListResponse, TMessage, TResolveRequest,
} from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/conversations';

const base = (storeId: string) => `/stores/${storeId}/conversations`;

export const conversationsApi = {
  list: (storeId: string, query: Partial<TConversationListQuery>) =>
    call<TConversationListResponse>({ method: 'GET', path: base(storeId), query }, () => mock.listConversations(query)),
  get: (storeId: string, id: string) =>
    call<TConversationDetail>({ method: 'GET', path: `${base(storeId)}/${id}` }, () => mock.getConversation(id)),
  markRead: (storeId: string, id: string) =>
    call<{ ok: true }>({ method: 'POST', path: `${base(storeId)}/${id}/read` }, () => mock.markRead(id)),
  takeOver: (storeId: string, id: string) =>
    call<TConversationDetail>({ method: 'POST', path: `${base(storeId)}/${id}/takeover` }, () => mock.takeOver(id)),
  reply: (storeId: string, id: string, body: TAgentReplyRequest) =>
    call<TMessage>({ method: 'POST', path: `${base(storeId)}/${id}/messages`, body }, () => mock.reply(id, body)),
  addNote: (storeId: string, id: string, content: string) =>
    call<TMessage>({ method: 'POST', path: `${base(storeId)}/${id}/notes`, body: { content } }, () => mock.addNote(id, content)),
  returnToAi: (storeId: string, id: string) =>
    call<TConversationDetail>({ method: 'POST', path: `${base(storeId)}/${id}/return-to-ai` }, () => mock.returnToAi(id)),
  resolve: (storeId: string, id: string, body: TResolveRequest) =>
    call<TConversationDetail>({ method: 'POST', path: `${base(storeId)}/${id}/resolve`, body }, () => mock.resolve(id, body)),
};
