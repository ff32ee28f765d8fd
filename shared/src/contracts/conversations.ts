import { z } from 'zod';
import {
  ZChannelType, ZConvStatus, ZHandoffDestination, ZHandoffStatus, ZHandoffTrigger, ZId, ZIsoDate, ZMessageRole, zText,
} from './common';

export const ZIntent = z.enum([
  'ORDER_STATUS', 'SHIPPING', 'RETURNS', 'PRODUCT_QUESTION', 'PURCHASE_INTENT', 'COMPLAINT',
  'HUMAN_REQUEST', 'GREETING', 'THANKS', 'OTHER',
]);
export type TIntent = z.infer<typeof ZIntent>;

/** Each score in 0..1; composite = 0.45·factual + 0.35·intent + 0.20·emotional. */
export const ZConfidence = z.object({
  factual: z.number().min(0).max(1),
  intent: z.number().min(0).max(1),
  emotional: z.number().min(0).max(1),
  composite: z.number().min(0).max(1),
});
export type TConfidence = z.infer<typeof ZConfidence>;

export const ZDecisionAction = z.enum(['answer', 'recommend', 'clarify', 'decline', 'handoff']);
export type TDecisionAction = z.infer<typeof ZDecisionAction>;

/** Stored in Message.metadata for every AI turn: why the AI did what it did. */
export const ZDecisionRecord = z.object({
  action: ZDecisionAction,
  intent: ZIntent,
  intentConfidence: z.number(),
  confidence: ZConfidence,
  threshold: z.number(),
  signals: z.array(z.string()),
  trigger: ZHandoffTrigger.nullable(),
  sources: z.array(z.object({ docId: ZId, title: z.string(), score: z.number() })),
  recommendations: z.array(z.object({ productId: ZId, sku: z.string(), name: z.string(), price: z.number() })),
  sentiment: z.number().min(-1).max(1),
  purchaseIntent: z.number().min(0).max(1),
  provider: z.string(),
  model: z.string(),
  latencyMs: z.number(),
});
export type TDecisionRecord = z.infer<typeof ZDecisionRecord>;

export const ZMessage = z.object({
  id: ZId,
  conversationId: ZId,
  role: ZMessageRole,
  content: z.string(),
  isInternal: z.boolean(),
  authorId: ZId.nullable(),
  authorName: z.string().nullable().optional(),
  clientMessageId: z.string().nullable(),
  /** The decision record on AI messages; channel delivery info on others. */
  metadata: z.record(z.string(), z.unknown()),
  createdAt: ZIsoDate,
});
export type TMessage = z.infer<typeof ZMessage>;

export const ZCustomer = z.object({
  id: ZId,
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  whatsappId: z.string().nullable(),
  instagramId: z.string().nullable(),
  messengerId: z.string().nullable(),
  visitorId: z.string().nullable(),
  createdAt: ZIsoDate,
});
export type TCustomer = z.infer<typeof ZCustomer>;

export const ZHandoff = z.object({
  id: ZId,
  conversationId: ZId,
  trigger: ZHandoffTrigger,
  status: ZHandoffStatus,
  destination: ZHandoffDestination,
  summary: z.string(),
  agentId: ZId.nullable(),
  ticketProvider: z.string().nullable(),
  ticketExternalId: z.string().nullable(),
  learningNote: z.string().nullable(),
  createdAt: ZIsoDate,
  joinedAt: ZIsoDate.nullable(),
  resolvedAt: ZIsoDate.nullable(),
});
export type THandoff = z.infer<typeof ZHandoff>;

/** Shopper-safe handoff view (widget): no agent ids, no ticket refs. */
export const ZHandoffBrief = z.object({ trigger: ZHandoffTrigger, summary: z.string(), createdAt: ZIsoDate });

export const ZConversation = z.object({
  id: ZId,
  storeId: ZId,
  customerId: ZId,
  channel: ZChannelType,
  status: ZConvStatus,
  assignedAgentId: ZId.nullable(),
  subject: z.string().nullable(),
  sentiment: z.number(),
  purchaseIntent: z.number(),
  cartValue: z.number().nullable(),
  revenueAttributed: z.number(),
  unreadCount: z.number().int(),
  lastMessageAt: ZIsoDate,
  lastMessagePreview: z.string().nullable().optional(),
  customer: ZCustomer.optional(),
  handoff: ZHandoffBrief.nullable().optional(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
});
export type TConversation = z.infer<typeof ZConversation>;

export const ZConversationDetail = ZConversation.extend({
  customer: ZCustomer,
  messages: z.array(ZMessage),
  handoffs: z.array(ZHandoff),
});
export type TConversationDetail = z.infer<typeof ZConversationDetail>;

export const ZConversationListQuery = z.object({
  status: ZConvStatus.optional(),
  channel: ZChannelType.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['lastMessageAt:desc', 'lastMessageAt:asc', 'createdAt:desc']).default('lastMessageAt:desc'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TConversationListQuery = z.infer<typeof ZConversationListQuery>;
export const ZConversationListResponse = z.object({ items: z.array(ZConversation), nextCursor: z.string().nullable() });
export type TConversationListResponse = z.infer<typeof ZConversationListResponse>;

export const ZUpdateConversationRequest = z.strictObject({ status: ZConvStatus });
export const ZManualHandoffRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });
export const ZAgentReplyRequest = z.strictObject({ content: zText(5000), clientMessageId: z.string().max(100).optional() });
export const ZInternalNoteRequest = z.strictObject({ content: zText(5000) });
export const ZResolveRequest = z.strictObject({ learningNote: z.string().trim().max(5000).optional() });
export type TAgentReplyRequest = z.infer<typeof ZAgentReplyRequest>;
export type TResolveRequest = z.infer<typeof ZResolveRequest>;
