// Local, frontend-only extensions of the shared contracts (see the report for what shared could add).
import {
  ZDecisionRecord, type TConversation, type TCustomer, type TDecisionRecord, type TMessage, type TChannelType,
  type TConvStatus, type TPlatform,
} from '@convix/shared/contracts';

/** List rows always carry the customer in our UI (the contract marks it optional). */
export type TConversationRow = TConversation & { customer: TCustomer };

export interface TConversationFilters {
  status: TConvStatus | 'ALL';
  channel: TChannelType | 'ALL';
  /** Quick date window; maps to the list query's `from`. */
  range: 'all' | '24h' | '7d' | '30d';
  q: string;
}

export type TDateRangePreset = '7d' | '30d' | '90d' | 'custom';
export interface TDateRange { preset: TDateRangePreset; from: string; to: string }

export interface TNotification { id: string; title: string; body: string; href?: string; createdAt: string; read: boolean }

export const ONBOARDING_STEPS = ['connect-store', 'train-ai', 'customize', 'channels', 'go-live'] as const;
export type TOnboardingStep = (typeof ONBOARDING_STEPS)[number];

export type TPlatformChoice = TPlatform;

/** AI messages keep their decision record in `metadata`; parse rather than cast. */
export function decisionOf(message: TMessage): TDecisionRecord | null {
  if (message.role !== 'AI') return null;
  const parsed = ZDecisionRecord.safeParse(message.metadata?.decision ?? message.metadata);
  return parsed.success ? parsed.data : null;
}
