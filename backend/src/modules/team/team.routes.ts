// /v1/stores/:storeId/members and /v1/invitations/accept.
import {
  ZAcceptInvitationRequest, ZAcceptInvitationResponse, ZId, ZInviteMemberRequest, ZInviteMemberResponse, ZMember,
  ZMemberListResponse, ZUpdateMemberRequest,
} from '@convix/shared/contracts';
import { z } from 'zod';
import { clientIp } from '../../lib/http/rate-limit.js';
import { defineRoute } from '../../lib/http/route.js';
import { ZStoreParams } from '../stores/stores.routes.js';
import * as team from './team.service.js';

const tags = ['team'];
const ZMemberParams = z.object({ storeId: ZId, memberId: ZId });

export const teamRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/members', summary: 'Members and pending invitations', tags,
    auth: { kind: 'store', permission: 'team:read' }, params: ZStoreParams, responses: { 200: ZMemberListResponse },
    handler: async ({ c, membership }) => ({ items: await team.listMembers(c, membership!.storeId) }),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/members/invite', summary: 'Invite someone by email (ADMIN or AGENT)', tags,
    auth: { kind: 'store', permission: 'team:manage' }, params: ZStoreParams, body: ZInviteMemberRequest, status: 201,
    responses: { 201: ZInviteMemberResponse },
    handler: async ({ c, membership, user, body, req }) => team.inviteMember(c, { ...membership!, userId: user!.id }, body, clientIp(req)),
  }),
  defineRoute({
    method: 'post', path: '/invitations/accept', summary: 'Accept an invitation sent to the signed-in email', tags,
    auth: { kind: 'user' }, body: ZAcceptInvitationRequest, responses: { 200: ZAcceptInvitationResponse },
    handler: async ({ c, user, body }) => team.acceptInvitation(c, user!, body.token),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId/members/:memberId', summary: "Change a member's role", tags,
    auth: { kind: 'store', permission: 'team:manage' }, params: ZMemberParams, body: ZUpdateMemberRequest, responses: { 200: ZMember },
    handler: async ({ c, membership, user, params, body, req }) =>
      team.updateMemberRole(c, { ...membership!, userId: user!.id }, params.memberId, body.role, clientIp(req)),
  }),
  defineRoute({
    method: 'delete', path: '/stores/:storeId/members/:memberId', summary: 'Remove a member or cancel an invitation', tags,
    auth: { kind: 'store', permission: 'team:manage' }, params: ZMemberParams, status: 204,
    handler: async ({ c, membership, user, params, req }) => team.removeMember(c, { ...membership!, userId: user!.id }, params.memberId, clientIp(req)),
  }),
];
