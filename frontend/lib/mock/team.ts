// TODO: REPLACE WITH API — GET /v1/stores/:storeId/members
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/members/invitations
// TODO: REPLACE WITH API — PATCH /v1/stores/:storeId/members/:memberId
// TODO: REPLACE WITH API — DELETE /v1/stores/:storeId/members/:memberId
import type { TInviteMemberRequest, TMember, TUpdateMemberRequest } from '@convix/shared/contracts';
import { ApiError } from '@/lib/api-client';
import { getDb } from './db';

export const listMembers = () => ({ items: getDb().members });

export function inviteMember(req: TInviteMemberRequest): { member: TMember; invitationUrl: string } {
  const db = getDb();
  if (db.members.some((m) => m.email === req.email)) throw new ApiError('ALREADY_EXISTS', 'That person is already on the team', 409);
  const member: TMember = {
    id: crypto.randomUUID(), userId: null, email: req.email, name: null, role: req.role, status: 'INVITED',
    invitationExpiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), createdAt: new Date().toISOString(),
  };
  db.members.push(member);
  return { member, invitationUrl: `https://app.convix.app/invite/${crypto.randomUUID().replace(/-/g, '')}` };
}

export function updateMember(id: string, req: TUpdateMemberRequest) {
  const m = getDb().members.find((x) => x.id === id);
  if (!m) throw new ApiError('NOT_FOUND', 'Member not found', 404);
  if (m.role === 'OWNER') throw new ApiError('FORBIDDEN', 'The owner role cannot be changed here', 403);
  m.role = req.role;
  return m;
}

export function removeMember(id: string) {
  const db = getDb();
  const m = db.members.find((x) => x.id === id);
  if (m?.role === 'OWNER') throw new ApiError('FORBIDDEN', 'The owner cannot be removed', 403);
  db.members = db.members.filter((x) => x.id !== id);
  return { ok: true as const };
}
