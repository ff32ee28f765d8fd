// Dashboard conversation API (store-scoped; tenancy and permissions by the route framework).
import { z } from 'zod';
import {
  ZAgentReplyRequest, ZConversation, ZConversationDetail, ZConversationListQuery, ZConversationListResponse, ZInternalNoteRequest,
  ZManualHandoffRequest, ZMessage, ZResolveRequest, ZUpdateConversationRequest,
} from '@convix/shared/contracts';
import { defineRoute } from '../../lib/http/route.js';
import { addNote, agentReply, joinConversation, resolveConversation, returnToAi } from '../handoff/agent-actions.service.js';
import { triggerHandoff } from '../handoff/handoff.service.js';
import { loadConversation } from './conversation.repository.js';
import { conversationDetail, listConversations, updateStatus } from './conversations.service.js';

const tags = ['conversations'];
const ZParams = z.object({ storeId: z.uuid(), convId: z.uuid() });
const base = '/stores/:storeId/conversations/:convId';
const read = { kind: 'store', permission: 'conversations:read' } as const;
const reply = { kind: 'store', permission: 'conversations:reply' } as const;

export const conversationRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/conversations', summary: 'List conversations (cursor pagination, filters, search)', tags, auth: read,
    query: ZConversationListQuery, responses: { 200: ZConversationListResponse },
    handler: ({ c, membership, query }) => listConversations(c, membership!.storeId, query),
  }),
  defineRoute({
    method: 'get', path: base, summary: 'Conversation with messages, handoffs, customer and decision records', tags, auth: read, params: ZParams,
    responses: { 200: ZConversationDetail },
    handler: ({ c, params }) => conversationDetail(c, params.storeId, params.convId),
  }),
  defineRoute({
    method: 'patch', path: base, summary: 'Change status (state machine; 409 INVALID_TRANSITION)', tags, auth: reply, params: ZParams,
    body: ZUpdateConversationRequest, responses: { 200: ZConversation },
    handler: ({ c, params, body, user }) => updateStatus(c, params.storeId, params.convId, body.status, user!),
  }),
  defineRoute({
    method: 'post', path: `${base}/handoff`, summary: 'Hand the conversation to the team (manual trigger)', tags, auth: reply, params: ZParams,
    body: ZManualHandoffRequest, responses: { 200: ZConversation },
    handler: async ({ c, params, body }) => {
      await triggerHandoff(c, { storeId: params.storeId, conversationId: params.convId, trigger: 'MANUAL', summary: body.reason ? `Manual handoff: ${body.reason}` : undefined });
      return loadConversation(c, params.convId, params.storeId);
    },
  }),
  defineRoute({
    method: 'post', path: `${base}/join`, summary: 'Join (lock to this agent); 409 CONVERSATION_LOCKED if another agent holds it', tags, auth: reply,
    params: ZParams, responses: { 200: ZConversation },
    handler: async ({ c, params, user }) => (await joinConversation(c, params.storeId, params.convId, user!)).conversation,
  }),
  defineRoute({
    method: 'post', path: `${base}/messages`, summary: 'Agent reply (takes the conversation from the AI)', tags, auth: reply, params: ZParams,
    body: ZAgentReplyRequest, status: 201, responses: { 201: ZMessage },
    handler: ({ c, params, body, user }) => agentReply(c, params.storeId, params.convId, user!, body),
  }),
  defineRoute({
    method: 'post', path: `${base}/notes`, summary: 'Internal note (never shown to the shopper)', tags, auth: reply, params: ZParams,
    body: ZInternalNoteRequest, status: 201, responses: { 201: ZMessage },
    handler: ({ c, params, body, user }) => addNote(c, params.storeId, params.convId, user!, body.content),
  }),
  defineRoute({
    method: 'post', path: `${base}/return-to-ai`, summary: 'Give the conversation back to the AI', tags, auth: reply, params: ZParams,
    responses: { 200: ZConversation },
    handler: ({ c, params, user }) => returnToAi(c, params.storeId, params.convId, user!),
  }),
  defineRoute({
    method: 'post', path: `${base}/resolve`, summary: 'Resolve, optionally teaching the AI (learningNote)', tags, auth: reply, params: ZParams,
    body: ZResolveRequest, responses: { 200: ZConversation },
    handler: ({ c, params, body, user }) => resolveConversation(c, params.storeId, params.convId, user!, body.learningNote),
  }),
];
