// /v1/stores/:storeId/channels.
import { ZChannel, ZChannelListResponse, ZChannelTestResponse, ZCreateChannelRequest, ZId, ZUpdateChannelRequest } from '@convix/shared/contracts';
import { z } from 'zod';
import { clientIp } from '../../lib/http/rate-limit.js';
import { defineRoute, type RouteContext } from '../../lib/http/route.js';
import { ZStoreParams } from '../stores/stores.routes.js';
import * as channels from './channels.service.js';

const tags = ['channels'];
const ZChannelParams = z.object({ storeId: ZId, channelId: ZId });
const actor = ({ membership, user, req }: RouteContext<unknown, unknown, unknown>) => ({ storeId: membership!.storeId, userId: user!.id, ip: clientIp(req) });

export const channelRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/channels', summary: 'Connected channels (config masked)', tags,
    auth: { kind: 'store', permission: 'channels:read' }, params: ZStoreParams, responses: { 200: ZChannelListResponse },
    handler: async ({ c, membership }) => ({ items: await channels.listChannels(c, membership!.storeId) }),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/channels', summary: 'Connect a channel; config is validated per type and encrypted', tags,
    auth: { kind: 'store', permission: 'channels:manage' }, params: ZStoreParams, body: ZCreateChannelRequest, status: 201, responses: { 201: ZChannel },
    handler: async (ctx) => channels.createChannel(ctx.c, actor(ctx), ctx.body),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId/channels/:channelId', summary: 'Rename, (de)activate or change config (omitted fields kept)', tags,
    auth: { kind: 'store', permission: 'channels:manage' }, params: ZChannelParams, body: ZUpdateChannelRequest, responses: { 200: ZChannel },
    handler: async (ctx) => channels.updateChannel(ctx.c, actor(ctx), ctx.params.channelId, ctx.body),
  }),
  defineRoute({
    method: 'delete', path: '/stores/:storeId/channels/:channelId', summary: 'Disconnect a channel', tags,
    auth: { kind: 'store', permission: 'channels:manage' }, params: ZChannelParams, status: 204,
    handler: async (ctx) => channels.deleteChannel(ctx.c, actor(ctx), ctx.params.channelId),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/channels/:channelId/test', summary: 'Check the credentials against the provider', tags,
    auth: { kind: 'store', permission: 'channels:manage' }, params: ZChannelParams, body: z.strictObject({}), responses: { 200: ZChannelTestResponse },
    handler: async ({ c, membership, params }) => channels.testChannel(c, membership!.storeId, params.channelId),
  }),
];
