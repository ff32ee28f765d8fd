import { z } from 'zod';
import { ZEmail } from './auth';
import { ZId } from './common';
import { ZConversation, ZMessage } from './conversations';
import { ZWidgetConfig } from './stores';

export const ZWidgetContext = z.strictObject({
  pageUrl: z.url().max(2000).optional(),
  referrer: z.string().max(2000).optional(),
  locale: z.string().max(20).optional(),
  cartValue: z.number().nonnegative().max(1e9).optional(),
});
export type TWidgetContext = z.infer<typeof ZWidgetContext>;

export const ZWidgetConfigResponse = z.object({
  storeId: ZId,
  storeName: z.string(),
  config: ZWidgetConfig,
  businessHours: z.object({ open: z.boolean(), start: z.string(), end: z.string(), timezone: z.string() }),
});
export type TWidgetConfigResponse = z.infer<typeof ZWidgetConfigResponse>;

export const ZStartConversationRequest = z.strictObject({
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 URL-safe characters').optional(),
  customer: z.strictObject({ name: z.string().trim().max(120).optional(), email: ZEmail.optional() }).optional(),
  context: ZWidgetContext.optional(),
});
export const ZStartConversationResponse = z.object({
  conversation: ZConversation,
  visitorId: z.string(),
  visitorToken: z.string(),
});
export type TStartConversationRequest = z.infer<typeof ZStartConversationRequest>;
export type TStartConversationResponse = z.infer<typeof ZStartConversationResponse>;

export const ZWidgetMessageRequest = z.strictObject({
  conversationId: ZId,
  content: z.string().trim().min(1).max(4000),
  clientMessageId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/).optional(),
  context: ZWidgetContext.optional(),
});
export type TWidgetMessageRequest = z.infer<typeof ZWidgetMessageRequest>;
export const ZWidgetMessageResponse = z.object({
  message: ZMessage,
  reply: ZMessage.nullable().optional(),
  conversation: ZConversation,
});
export type TWidgetMessageResponse = z.infer<typeof ZWidgetMessageResponse>;

export const ZWidgetHistoryQuery = z.object({ after: z.string().max(64).optional() });
export const ZWidgetHistoryResponse = z.object({ items: z.array(ZMessage) });
