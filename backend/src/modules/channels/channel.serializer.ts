import type { TChannel } from '@convix/shared/contracts';
import type { Env } from '../../config/env.js';
import type { Channel } from '../../generated/prisma/client.js';

/** Where the provider must post inbound events; the widget talks to the API directly. */
export function webhookUrl(env: Env, type: Channel['type']): string | null {
  return type === 'WIDGET' ? null : `${env.API_URL.replace(/\/$/, '')}/v1/webhooks/${type.toLowerCase()}`;
}

export function serializeChannel(env: Env, ch: Channel): TChannel {
  return {
    id: ch.id, type: ch.type, name: ch.name, isActive: ch.isActive, externalId: ch.externalId,
    config: (ch.configMasked ?? {}) as Record<string, unknown>, // masked at write time; the ciphertext never leaves
    webhookUrl: webhookUrl(env, ch.type),
    lastTestedAt: ch.lastTestedAt?.toISOString() ?? null, lastTestOk: ch.lastTestOk, lastTestError: ch.lastTestError,
    createdAt: ch.createdAt.toISOString(), updatedAt: ch.updatedAt.toISOString(),
  };
}
