import { z } from 'zod';
import { ZChannelType, ZId, ZIsoDate } from './common';

const secret = (label: string) => z.string().trim().min(8, `${label} looks too short`).max(1000);
const ZE164 = z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +14155550123');

/** Exact fields each channel needs; secrets are encrypted at rest and masked in responses. */
export const ZChannelConfigByType = {
  WIDGET: z.strictObject({}),
  WHATSAPP: z.strictObject({
    phoneNumberId: z.string().trim().regex(/^\d{5,20}$/, 'the numeric phone number ID from Meta'),
    accessToken: secret('access token'),
    appSecret: secret('app secret'),
    verifyToken: z.string().trim().min(8).max(200),
  }),
  INSTAGRAM: z.strictObject({
    instagramAccountId: z.string().trim().regex(/^\d{5,30}$/, 'the numeric Instagram account ID'),
    pageAccessToken: secret('page access token'),
    appSecret: secret('app secret'),
    verifyToken: z.string().trim().min(8).max(200),
  }),
  MESSENGER: z.strictObject({
    pageId: z.string().trim().regex(/^\d{5,30}$/, 'the numeric Facebook page ID'),
    pageAccessToken: secret('page access token'),
    appSecret: secret('app secret'),
    verifyToken: z.string().trim().min(8).max(200),
  }),
  SMS: z.strictObject({
    accountSid: z.string().trim().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio Account SID (AC + 32 hex)'),
    authToken: z.string().trim().regex(/^[0-9a-fA-F]{32}$/, 'a 32-character Twilio auth token'),
    phoneNumber: ZE164,
  }),
  EMAIL: z.strictObject({
    inboundAddress: z.email(),
    fromAddress: z.email(),
    fromName: z.string().trim().max(100).optional(),
    smtpHost: z.string().trim().min(1).max(253).optional(),
    smtpPort: z.number().int().min(1).max(65535).optional(),
    smtpUser: z.string().trim().max(254).optional(),
    smtpPassword: z.string().max(500).optional(),
  }),
} as const;

/** Which config fields are secrets (masked in responses, scrubbed from logs). */
export const CHANNEL_SECRET_FIELDS = [
  'accessToken', 'appSecret', 'verifyToken', 'pageAccessToken', 'authToken', 'smtpPassword',
] as const;

export const ZChannel = z.object({
  id: ZId,
  type: ZChannelType,
  name: z.string(),
  isActive: z.boolean(),
  externalId: z.string().nullable(),
  /** Masked config: secrets appear as `••••1234`. */
  config: z.record(z.string(), z.unknown()),
  /** Where the provider should send webhooks for this channel. */
  webhookUrl: z.string().nullable(),
  lastTestedAt: ZIsoDate.nullable(),
  lastTestOk: z.boolean().nullable(),
  lastTestError: z.string().nullable(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
});
export type TChannel = z.infer<typeof ZChannel>;

export const ZCreateChannelRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('WIDGET'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.WIDGET.default({}) }),
  z.strictObject({ type: z.literal('WHATSAPP'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.WHATSAPP }),
  z.strictObject({ type: z.literal('INSTAGRAM'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.INSTAGRAM }),
  z.strictObject({ type: z.literal('MESSENGER'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.MESSENGER }),
  z.strictObject({ type: z.literal('SMS'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.SMS }),
  z.strictObject({ type: z.literal('EMAIL'), name: z.string().trim().min(1).max(80).optional(), config: ZChannelConfigByType.EMAIL }),
]);
export type TCreateChannelRequest = z.infer<typeof ZCreateChannelRequest>;

/** Partial config updates: fields left out keep their stored (secret) values. */
export const ZUpdateChannelRequest = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  isActive: z.boolean().optional(),
  config: z.record(z.string(), z.unknown()).optional(),
});
export type TUpdateChannelRequest = z.infer<typeof ZUpdateChannelRequest>;

export const ZChannelListResponse = z.object({ items: z.array(ZChannel) });
export const ZChannelTestResponse = z.object({ ok: z.boolean(), message: z.string(), testedAt: ZIsoDate });
export type TChannelTestResponse = z.infer<typeof ZChannelTestResponse>;
