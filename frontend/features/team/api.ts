import type { TInviteMemberRequest, TMember, TUpdateMemberRequest } from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/team';

const base = (storeId: string) => `/stores/${storeId}/members`;

export const teamApi = {
  list: (storeId: string) => call<{ items: TMember[] }>({ method: 'GET', path: base(storeId) }, mock.listMembers),
  invite: (storeId: string, body: TInviteMemberRequest) =>
    call<{ member: TMember; invitationUrl: string }>({ method: 'POST', path: `${base(storeId)}/invitations`, body }, () => mock.inviteMember(body)),
  update: (storeId: string, id: string, body: TUpdateMemberRequest) =>
    call<TMember>({ method: 'PATCH', path: `${base(storeId)}/${id}`, body }, () => mock.updateMember(id, body)),
  remove: (storeId: string, id: string) => call<{ ok: true }>({ method: 'DELETE', path: `${base(storeId)}/${id}` }, () => mock.removeMember(id)),
};
