// Channel config at rest: validated per type, sealed with AES-256-GCM (bound to the channel id),
// masked for display. Other modules (webhooks, senders) read clear config through openConfig.
import { CHANNEL_SECRET_FIELDS, ZChannelConfigByType, type TChannelType } from '@convix/shared/contracts';
import type { z } from 'zod';
import type { Container } from '../../container.js';
import type { Channel } from '../../generated/prisma/client.js';
import { maskFields, secretBox } from '../../lib/crypto/secret-box.js';

export type ChannelConfig = Record<string, unknown>;
const aad = (channelId: string) => `channel:${channelId}`;

/** The id inbound webhooks route by; unique per channel type. */
export function externalIdFor(type: TChannelType, config: ChannelConfig): string | null {
  const field = { WIDGET: null, WHATSAPP: 'phoneNumberId', MESSENGER: 'pageId', INSTAGRAM: 'instagramAccountId', SMS: 'phoneNumber', EMAIL: 'inboundAddress' }[type];
  if (!field) return null;
  const value = String(config[field]);
  return type === 'EMAIL' ? value.toLowerCase() : value;
}

export function validateConfig(type: TChannelType, config: unknown): z.ZodSafeParseResult<ChannelConfig> {
  return (ZChannelConfigByType[type] as z.ZodType<ChannelConfig>).safeParse(config);
}

export function sealConfig(c: Container, channelId: string, type: TChannelType, config: ChannelConfig) {
  const sealed = secretBox(c.env).seal(config, aad(channelId));
  return {
    configEncrypted: sealed.ciphertext,
    configKeyId: sealed.keyId,
    configMasked: maskFields(config, CHANNEL_SECRET_FIELDS) as object,
    externalId: externalIdFor(type, config),
  };
}

export function openConfig(c: Container, ch: Pick<Channel, 'id' | 'configEncrypted' | 'configKeyId'>): ChannelConfig {
  if (!ch.configEncrypted || !ch.configKeyId) return {};
  return secretBox(c.env).open<ChannelConfig>({ ciphertext: ch.configEncrypted, keyId: ch.configKeyId }, aad(ch.id));
}

/** Secret values of a config, to strip from provider error messages before storing them. */
export function secretValues(config: ChannelConfig): string[] {
  return CHANNEL_SECRET_FIELDS.map((f) => config[f]).filter((v): v is string => typeof v === 'string' && v.length >= 4);
}
