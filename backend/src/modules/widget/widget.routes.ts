// Public widget API (per store). Browser access is limited by widget-cors.ts; shopper calls
// after the start carry the visitor token (Authorization: Bearer <visitorToken>).
import { z } from 'zod';
import {
  ZStartConversationRequest, ZStartConversationResponse, ZWidgetConfigResponse, ZWidgetHistoryQuery, ZWidgetHistoryResponse,
  ZWidgetMessageRequest, ZWidgetMessageResponse,
} from '@convix/shared/contracts';
import type { Request } from 'express';
import type { Container } from '../../container.js';
import { bearerToken } from '../../lib/http/mount-routes.js';
import { defineRoute } from '../../lib/http/route.js';
import { AppError } from '../../lib/app-error.js';
import { demoPage, WIDGET_JS } from './widget-assets.js';
import { sendWidgetMessage, startConversation, widgetConfig, widgetHistory, activeStore } from './widget.service.js';

const ZStoreParams = z.object({ storeId: z.string() });
const tags = ['widget'];

async function visitor(c: Container, req: Request, storeId: string) {
  const token = bearerToken(req);
  if (!token) throw AppError.unauthenticated('Visitor token required');
  return c.visitorTokens.verify(token, storeId);
}

export const widgetRoutes = [
  defineRoute({
    method: 'get', path: '/widget.js', summary: 'Embeddable widget script', tags, auth: { kind: 'public' },
    handler: async ({ res }) => {
      res.type('application/javascript').set('Cache-Control', 'public, max-age=300').send(WIDGET_JS);
    },
  }),
  defineRoute({
    method: 'get', path: '/widget/:storeId/config', summary: 'Widget configuration (cacheable)', tags, auth: { kind: 'public' },
    params: ZStoreParams, responses: { 200: ZWidgetConfigResponse },
    handler: async ({ c, params, req, res }) => {
      const { body, etag } = await widgetConfig(c, params.storeId);
      res.set({ ETag: etag, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' });
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      return body;
    },
  }),
  defineRoute({
    method: 'post', path: '/widget/:storeId/conversation', summary: 'Start (or resume) a shopper conversation', tags, auth: { kind: 'public' },
    params: ZStoreParams, body: ZStartConversationRequest, status: 201, responses: { 201: ZStartConversationResponse }, rateLimit: 'widget-start',
    handler: ({ c, params, body }) => startConversation(c, params.storeId, body),
  }),
  defineRoute({
    method: 'post', path: '/widget/:storeId/message', summary: 'Send a shopper message; 200 with the reply, or 202 and the reply over the socket', tags,
    auth: { kind: 'public' }, params: ZStoreParams, body: ZWidgetMessageRequest, responses: { 200: ZWidgetMessageResponse, 202: ZWidgetMessageResponse },
    handler: async ({ c, params, body, req, res }) => {
      const claims = await visitor(c, req, params.storeId);
      const out = await sendWidgetMessage(c, params.storeId, claims, body);
      res.status(out.status).json(out.body);
    },
  }),
  defineRoute({
    method: 'get', path: '/widget/:storeId/conversations/:conversationId/messages', summary: "The shopper's message history", tags, auth: { kind: 'public' },
    params: z.object({ storeId: z.string(), conversationId: z.uuid() }), query: ZWidgetHistoryQuery, responses: { 200: ZWidgetHistoryResponse },
    handler: async ({ c, params, query, req }) => {
      const claims = await visitor(c, req, params.storeId);
      return widgetHistory(c, params.storeId, claims, params.conversationId, query.after);
    },
  }),
  defineRoute({
    method: 'get', path: '/widget/:storeId/demo', summary: 'Demo page embedding the widget', tags, auth: { kind: 'public' }, params: ZStoreParams,
    handler: async ({ c, params, res }) => {
      const store = await activeStore(c, params.storeId);
      res.type('html').send(demoPage(store.id, store.name));
    },
  }),
];
