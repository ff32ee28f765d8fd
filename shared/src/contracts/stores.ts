import { z } from 'zod';
import { ZEmail } from './auth';
import {
  ZHandoffDestination, ZId, ZIsoDate, ZMoney, ZPlanTier, ZPlatform, ZUserRole, zPatch,
} from './common';

const ZHexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a #rrggbb colour');
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour');
const ZTimezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as America/Denver');

export const ZWidgetConfig = z.object({
  primaryColor: ZHexColor.default('#4f46e5'),
  accentColor: ZHexColor.default('#22c55e'),
  position: z.enum(['bottom-right', 'bottom-left']).default('bottom-right'),
  size: z.enum(['compact', 'standard', 'large']).default('standard'),
  greeting: z.string().trim().max(280).default('Hi! How can we help you today?'),
  agentName: z.string().trim().max(60).default('Assistant'),
  avatarUrl: z.url().max(2000).nullable().default(null),
  quickReplies: z.array(z.string().trim().min(1).max(60)).max(6).default(['Track my order', 'Shipping times', 'Returns']),
  showBranding: z.boolean().default(true),
});
export type TWidgetConfig = z.infer<typeof ZWidgetConfig>;

/** Per provider: fields sent replace the stored ones, fields left out are kept; `null` removes
 *  the provider. `apiToken`/`apiKey` are secrets (encrypted at rest, masked in responses). */
export const ZHelpdeskKeys = z.strictObject({
  zendesk: z.strictObject({ subdomain: z.string().trim().max(100), email: z.string().trim().max(254), apiToken: z.string().trim().min(1).max(500) }).partial().nullable().optional(),
  gorgias: z.strictObject({ domain: z.string().trim().max(200), email: z.string().trim().max(254), apiKey: z.string().trim().min(1).max(500) }).partial().nullable().optional(),
  freshdesk: z.strictObject({ domain: z.string().trim().max(200), apiKey: z.string().trim().min(1).max(500) }).partial().nullable().optional(),
});
export const HELPDESK_SECRET_FIELDS = ['apiToken', 'apiKey'] as const;

export const ZStoreSettings = z.object({
  brandVoice: z.string(),
  forbiddenTopics: z.array(z.string()),
  confidenceThreshold: z.number().min(0).max(1),
  handoffDestination: ZHandoffDestination,
  handoffEmail: z.string().nullable(),
  businessHoursStart: z.string(),
  businessHoursEnd: z.string(),
  businessHoursTimezone: z.string(),
  highValueCartThreshold: z.number(),
  widgetConfig: ZWidgetConfig,
  /** Helpdesk keys, masked (e.g. `••••abcd`); never returned in clear. */
  helpdesk: z.record(z.string(), z.record(z.string(), z.string())),
  updatedAt: ZIsoDate,
});
export type TStoreSettings = z.infer<typeof ZStoreSettings>;

export const ZUpdateStoreSettingsRequest = z.strictObject({
  brandVoice: z.string().trim().max(500).optional(),
  forbiddenTopics: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  confidenceThreshold: z.number().min(0).max(1).optional(),
  handoffDestination: ZHandoffDestination.optional(),
  handoffEmail: ZEmail.nullable().optional(),
  businessHoursStart: ZClock.optional(),
  businessHoursEnd: ZClock.optional(),
  businessHoursTimezone: ZTimezone.optional(),
  highValueCartThreshold: ZMoney.optional(),
  widgetConfig: zPatch(ZWidgetConfig).optional(),
  helpdesk: ZHelpdeskKeys.optional(),
});
export type TUpdateStoreSettingsRequest = z.infer<typeof ZUpdateStoreSettingsRequest>;

export const ZStore = z.object({
  id: ZId,
  name: z.string(),
  domain: z.string().nullable(),
  platform: ZPlatform,
  plan: ZPlanTier,
  isActive: z.boolean(),
  widgetDomains: z.array(z.string()),
  role: ZUserRole.optional(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
});
export type TStore = z.infer<typeof ZStore>;

const ZDomain = z.string().trim().toLowerCase().max(253)
  .regex(/^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d{1,5})?$/, 'a host name such as shop.example.com');

export const ZCreateStoreRequest = z.strictObject({
  name: z.string().trim().min(1).max(120),
  domain: ZDomain.optional(),
  platform: ZPlatform.default('CUSTOM'),
  widgetDomains: z.array(ZDomain).max(20).optional(),
});
export const ZUpdateStoreRequest = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  domain: ZDomain.nullable().optional(),
  platform: ZPlatform.optional(),
  plan: ZPlanTier.optional(),
  isActive: z.boolean().optional(),
  widgetDomains: z.array(ZDomain).max(20).optional(),
});
export type TCreateStoreRequest = z.infer<typeof ZCreateStoreRequest>;
export type TUpdateStoreRequest = z.infer<typeof ZUpdateStoreRequest>;
export const ZStoreListResponse = z.object({ items: z.array(ZStore) });

export const ZMember = z.object({
  id: ZId,
  userId: ZId.nullable(),
  email: z.string(),
  name: z.string().nullable(),
  role: ZUserRole,
  status: z.enum(['ACTIVE', 'INVITED', 'EXPIRED']),
  invitationExpiresAt: ZIsoDate.nullable(),
  createdAt: ZIsoDate,
});
export type TMember = z.infer<typeof ZMember>;
export const ZInviteMemberRequest = z.strictObject({ email: ZEmail, role: ZUserRole.exclude(['OWNER']) });
export const ZInviteMemberResponse = z.object({
  member: ZMember,
  /** Returned once so an owner can share the link when mail is not configured. */
  invitationUrl: z.string(),
});
export const ZAcceptInvitationRequest = z.strictObject({ token: z.string().min(20).max(200) });
export const ZAcceptInvitationResponse = z.object({ store: ZStore, member: ZMember });
export const ZUpdateMemberRequest = z.strictObject({ role: ZUserRole });
export const ZMemberListResponse = z.object({ items: z.array(ZMember) });
export type TInviteMemberRequest = z.infer<typeof ZInviteMemberRequest>;
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;
