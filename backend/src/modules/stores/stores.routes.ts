// /v1/stores and /v1/stores/:storeId/settings.
import {
  ZCreateStoreRequest, ZId, ZStore, ZStoreListResponse, ZStoreSettings, ZUpdateStoreRequest, ZUpdateStoreSettingsRequest,
} from '@convix/shared/contracts';
import { z } from 'zod';
import { clientIp } from '../../lib/http/rate-limit.js';
import { defineRoute } from '../../lib/http/route.js';
import { getSettings, updateSettings } from './settings.service.js';
import * as stores from './stores.service.js';

const tags = ['stores'];
export const ZStoreParams = z.object({ storeId: ZId });

export const storeRoutes = [
  defineRoute({
    method: 'get', path: '/stores', summary: "The caller's stores, with their role", tags, auth: { kind: 'user' },
    responses: { 200: ZStoreListResponse },
    handler: async ({ c, user }) => ({ items: await stores.listStores(c, user!.id) }),
  }),
  defineRoute({
    method: 'post', path: '/stores', summary: 'Create a store; the caller becomes its OWNER', tags, auth: { kind: 'user' },
    body: ZCreateStoreRequest, status: 201, responses: { 201: ZStore },
    handler: async ({ c, user, body, req }) => stores.createStore(c, user!, body, clientIp(req)),
  }),
  defineRoute({
    method: 'get', path: '/stores/:storeId', summary: 'One store', tags, auth: { kind: 'store', permission: 'store:read' },
    params: ZStoreParams, responses: { 200: ZStore },
    handler: async ({ c, membership }) => stores.getStore(c, membership!),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId', summary: 'Update a store (plan: OWNER only)', tags, auth: { kind: 'store', permission: 'store:update' },
    params: ZStoreParams, body: ZUpdateStoreRequest, responses: { 200: ZStore },
    handler: async ({ c, membership, body }) => stores.updateStore(c, membership!, body),
  }),
  defineRoute({
    method: 'delete', path: '/stores/:storeId', summary: 'Delete a store and everything in it', tags, auth: { kind: 'store', permission: 'store:delete' },
    params: ZStoreParams, status: 204,
    handler: async ({ c, membership, user, req }) => stores.deleteStore(c, membership!, user!.id, clientIp(req)),
  }),
  defineRoute({
    method: 'get', path: '/stores/:storeId/settings', summary: 'AI, hand-off, hours, widget and helpdesk settings', tags,
    auth: { kind: 'store', permission: 'settings:read' }, params: ZStoreParams, responses: { 200: ZStoreSettings },
    handler: async ({ c, membership }) => getSettings(c, membership!.storeId),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId/settings', summary: 'Update settings (helpdesk keys are merged per provider)', tags,
    auth: { kind: 'store', permission: 'settings:update' }, params: ZStoreParams, body: ZUpdateStoreSettingsRequest, responses: { 200: ZStoreSettings },
    handler: async ({ c, membership, user, body, req }) => updateSettings(c, membership!.storeId, user!.id, body, clientIp(req)),
  }),
];
