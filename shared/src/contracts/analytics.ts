import { z } from 'zod';
import { ZChannelType, ZHandoffTrigger } from './common';

export const ZAnalyticsQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

export const ZOverviewStats = z.object({
  conversations: z.number().int(),
  aiResolutionRate: z.number().min(0).max(1),
  handoffRate: z.number().min(0).max(1),
  revenueAttributed: z.number(),
  avgResponseTimeMs: z.number(),
  openHandoffs: z.number().int(),
  /** Change vs the previous period of equal length, as a fraction (0.12 = +12%). */
  deltas: z.object({
    conversations: z.number(), aiResolutionRate: z.number(), handoffRate: z.number(), revenueAttributed: z.number(), avgResponseTimeMs: z.number(),
  }),
});
export type TOverviewStats = z.infer<typeof ZOverviewStats>;

export const ZAnalyticsResponse = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  overview: ZOverviewStats,
  volume: z.array(z.object({ date: z.string(), conversations: z.number().int(), messages: z.number().int(), handoffs: z.number().int() })),
  byChannel: z.array(z.object({ channel: ZChannelType, conversations: z.number().int(), handoffRate: z.number() })),
  topQuestions: z.array(z.object({ question: z.string(), count: z.number().int(), aiAnswered: z.number() })),
  handoffTrend: z.array(z.object({ date: z.string(), rate: z.number() })),
  triggers: z.array(z.object({ trigger: ZHandoffTrigger, count: z.number().int() })),
  revenue: z.array(z.object({ date: z.string(), amount: z.number() })),
});
export type TAnalyticsResponse = z.infer<typeof ZAnalyticsResponse>;

export const ZUsageResponse = z.object({
  plan: z.enum(['STARTER', 'GROWTH', 'SCALE', 'ENTERPRISE']),
  period: z.object({ start: z.string(), end: z.string() }),
  meters: z.array(z.object({ key: z.enum(['conversations', 'aiMessages', 'trainingDocs', 'seats', 'channels']), used: z.number(), limit: z.number().nullable() })),
});
export type TUsageResponse = z.infer<typeof ZUsageResponse>;

/** Plan limits (null = unlimited), used by pricing pages and usage meters alike. */
export const PLAN_LIMITS = {
  STARTER: { priceUsd: 49, conversations: 1000, aiMessages: 5000, trainingDocs: 50, seats: 2, channels: 2 },
  GROWTH: { priceUsd: 149, conversations: 5000, aiMessages: 25000, trainingDocs: 250, seats: 5, channels: 6 },
  SCALE: { priceUsd: 399, conversations: 25000, aiMessages: 125000, trainingDocs: 1000, seats: 20, channels: 6 },
  ENTERPRISE: { priceUsd: null, conversations: null, aiMessages: null, trainingDocs: null, seats: null, channels: 6 },
} as const;
