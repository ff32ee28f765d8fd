// Store settings. Helpdesk keys are sealed with the SecretBox (like channel config) and only
// their masked form is ever read back out.
import { HELPDESK_SECRET_FIELDS, type TStoreSettings, type TUpdateStoreSettingsRequest } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import type { StoreSettings } from '../../generated/prisma/client.js';
import { maskFields, secretBox } from '../../lib/crypto/secret-box.js';
import { recordAudit } from '../audit/audit.service.js';
import { serializeSettings } from './store.serializer.js';

type Helpdesk = Record<string, Record<string, string>>;
const aad = (storeId: string) => `store-settings:${storeId}`;

async function load(c: Container, storeId: string): Promise<StoreSettings> {
  // Stores created before settings existed (or by hand) get defaults on first touch.
  return c.prisma.storeSettings.upsert({ where: { storeId }, create: { storeId }, update: {} });
}

export async function getSettings(c: Container, storeId: string): Promise<TStoreSettings> {
  return serializeSettings(await load(c, storeId));
}

/** Decrypted helpdesk keys, for the module that opens tickets. */
export function readHelpdeskKeys(c: Container, s: StoreSettings): Helpdesk {
  if (!s.helpdeskConfigEncrypted || !s.helpdeskConfigKeyId) return {};
  return secretBox(c.env).open<Helpdesk>({ ciphertext: s.helpdeskConfigEncrypted, keyId: s.helpdeskConfigKeyId }, aad(s.storeId));
}

function mergeHelpdesk(current: Helpdesk, patch: NonNullable<TUpdateStoreSettingsRequest['helpdesk']>): Helpdesk {
  const next: Helpdesk = { ...current };
  for (const [provider, fields] of Object.entries(patch)) {
    if (fields === undefined) continue;
    if (fields === null) delete next[provider];
    else next[provider] = { ...next[provider], ...(fields as Record<string, string>) };
  }
  return next;
}

export async function updateSettings(
  c: Container, storeId: string, userId: string, input: TUpdateStoreSettingsRequest, ip: string,
): Promise<TStoreSettings> {
  const current = await load(c, storeId);
  const { helpdesk, widgetConfig, ...plain } = input;
  const data: Record<string, unknown> = { ...plain };
  if (widgetConfig) data.widgetConfig = { ...(current.widgetConfig as object), ...widgetConfig };
  if (helpdesk) {
    const merged = mergeHelpdesk(readHelpdeskKeys(c, current), helpdesk);
    const sealed = secretBox(c.env).seal(merged, aad(storeId));
    data.helpdeskConfigEncrypted = sealed.ciphertext;
    data.helpdeskConfigKeyId = sealed.keyId;
    data.helpdeskConfigMasked = Object.fromEntries(Object.entries(merged).map(([p, f]) => [p, maskFields(f, HELPDESK_SECRET_FIELDS)]));
  }
  const updated = await c.prisma.$transaction(async (tx) => {
    const row = await tx.storeSettings.update({ where: { storeId }, data });
    if (helpdesk) {
      await recordAudit(c, {
        action: 'settings.helpdesk_changed', storeId, userId, targetType: 'StoreSettings', targetId: row.id,
        metadata: { providers: Object.keys(helpdesk) }, ip,
      }, tx);
    }
    return row;
  });
  return serializeSettings(updated);
}
