// Socket.io namespaces, event names and payloads. Client → server payloads are validated
// with these schemas on the server; acks carry `{ ok: true, ... } | { ok: false, error }`.
import { z } from 'zod';
import { ZId } from './contracts/common';
import { ZConversation, ZHandoff, ZMessage } from './contracts/conversations';
import { ZTrainingDoc } from './contracts/training';
import { ZErrorCode } from './errors';

export const NAMESPACES = { dashboard: '/dashboard', widget: '/widget' } as const;

export const ZDashboardAuth = z.object({ token: z.string().min(1), storeId: ZId });
export const ZWidgetAuth = z.object({ visitorToken: z.string().min(1), conversationId: ZId });

export const ZTypingPayload = z.object({
  conversationId: ZId,
  isTyping: z.boolean(),
  actor: z.enum(['customer', 'agent', 'ai']).optional(),
  name: z.string().max(120).optional(),
});

export const ServerToDashboard = {
  'conversation:new': z.object({ conversation: ZConversation }),
  'conversation:updated': z.object({ conversation: ZConversation }),
  'message:new': z.object({ conversationId: ZId, message: ZMessage }),
  'handoff:triggered': z.object({ conversationId: ZId, handoff: ZHandoff, conversation: ZConversation }),
  'analytics:update': z.object({ storeId: ZId, at: z.string() }),
  'training:progress': z.object({ doc: ZTrainingDoc }),
  typing: ZTypingPayload,
} as const;

export const DashboardToServer = {
  'agent:join-conversation': z.object({ conversationId: ZId }),
  'agent:message': z.object({ conversationId: ZId, content: z.string().trim().min(1).max(5000), clientMessageId: z.string().max(100).optional() }),
  'agent:resolve': z.object({ conversationId: ZId, learningNote: z.string().trim().max(5000).optional() }),
  typing: ZTypingPayload,
} as const;

export const ServerToWidget = {
  'message:new': z.object({ conversationId: ZId, message: ZMessage }),
  'message:streaming': z.object({ conversationId: ZId, streamId: z.string(), delta: z.string(), done: z.boolean() }),
  'agent:joined': z.object({ conversationId: ZId, agentName: z.string() }),
  'conversation:updated': z.object({ conversation: ZConversation }),
  typing: ZTypingPayload,
} as const;

export const WidgetToServer = {
  typing: ZTypingPayload,
} as const;

type Payloads<T extends Record<string, z.ZodType>> = { [K in keyof T]: z.infer<T[K]> };
export type TServerToDashboard = Payloads<typeof ServerToDashboard>;
export type TDashboardToServer = Payloads<typeof DashboardToServer>;
export type TServerToWidget = Payloads<typeof ServerToWidget>;
export type TWidgetToServer = Payloads<typeof WidgetToServer>;

export const ZAck = z.union([
  z.object({ ok: z.literal(true) }).passthrough(),
  z.object({ ok: z.literal(false), error: z.object({ code: ZErrorCode, message: z.string(), details: z.unknown().optional() }) }),
]);
export type TAck = z.infer<typeof ZAck>;
export type AckFn = (ack: TAck) => void;

/** Typed listener maps for socket.io's generics. */
export type ListenerMap<T> = { [K in keyof T]: (payload: T[K], ack?: AckFn) => void };
