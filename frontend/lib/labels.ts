import type { TChannelType, TConvStatus, TDocStatus, TDocType, THandoffTrigger, TPlatform } from '@convix/shared/contracts';
import type { BadgeTone } from '@/components/ui/badge';

export const TRIGGER_LABEL: Record<THandoffTrigger, string> = {
  LOW_CONFIDENCE: 'Low confidence',
  AMBIGUOUS_INTENT: 'Ambiguous intent',
  ANGER_DETECTED: 'Frustration detected',
  EXPLICIT_REQUEST: 'Asked for a human',
  HIGH_VALUE_AT_RISK: 'High-value cart at risk',
  UNRESOLVED_AFTER_3: 'Unresolved after 3 turns',
  MANUAL: 'Taken over manually',
  SYSTEM_ERROR: 'System error',
};

export const CHANNEL_LABEL: Record<TChannelType, string> = {
  WIDGET: 'Website widget', WHATSAPP: 'WhatsApp', INSTAGRAM: 'Instagram', MESSENGER: 'Messenger', SMS: 'SMS', EMAIL: 'Email',
};
export const CHANNEL_ORDER: TChannelType[] = ['WIDGET', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER', 'SMS', 'EMAIL'];
/** Chart colours per channel; chosen to stay distinguishable in both themes. */
export const CHANNEL_COLOR: Record<TChannelType, string> = {
  WIDGET: '#6366f1', WHATSAPP: '#22c55e', INSTAGRAM: '#ec4899', MESSENGER: '#3b82f6', SMS: '#f59e0b', EMAIL: '#14b8a6',
};

export const STATUS_LABEL: Record<TConvStatus, string> = { OPEN: 'Open', HANDED_OFF: 'Needs human', RESOLVED: 'Resolved', CLOSED: 'Closed' };
export const STATUS_TONE: Record<TConvStatus, BadgeTone> = { OPEN: 'info', HANDED_OFF: 'warning', RESOLVED: 'success', CLOSED: 'neutral' };

export const DOC_TYPE_LABEL: Record<TDocType, string> = { FAQ: 'FAQ', POLICY: 'Policy', MANUAL: 'Manual', URL: 'Web page', FILE: 'File', PRODUCT_CATALOG: 'Catalog' };
export const DOC_STATUS_TONE: Record<TDocStatus, BadgeTone> = { PENDING: 'neutral', PROCESSING: 'info', READY: 'success', FAILED: 'danger' };

export const PLATFORM_LABEL: Record<TPlatform, string> = {
  SHOPIFY: 'Shopify', WOOCOMMERCE: 'WooCommerce', BIGCOMMERCE: 'BigCommerce', SQUARESPACE: 'Squarespace', WIX: 'Wix', CUSTOM: 'Custom site', SAAS: 'SaaS product',
};
