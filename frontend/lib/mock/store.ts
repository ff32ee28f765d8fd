// TODO: REPLACE WITH API — GET /v1/stores
// TODO: REPLACE WITH API — POST /v1/stores
// TODO: REPLACE WITH API — PATCH /v1/stores/:storeId
// TODO: REPLACE WITH API — GET /v1/stores/:storeId/settings
// TODO: REPLACE WITH API — PATCH /v1/stores/:storeId/settings
import type {
  TCreateStoreRequest, TStore, TStoreSettings, TUpdateStoreRequest, TUpdateStoreSettingsRequest,
} from '@convix/shared/contracts';
import { getDb } from './db';

export const listStores = (): { items: TStore[] } => ({ items: [getDb().store] });
export const getStore = (): TStore => getDb().store;

export function createStore(req: TCreateStoreRequest): TStore {
  // The demo keeps one tenant: onboarding "creates" the store by renaming the demo store.
  const db = getDb();
  Object.assign(db.store, { name: req.name, domain: req.domain ?? db.store.domain, platform: req.platform, updatedAt: new Date().toISOString() });
  return db.store;
}

export function updateStore(req: TUpdateStoreRequest): TStore {
  const db = getDb();
  Object.assign(db.store, Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)), { updatedAt: new Date().toISOString() });
  return db.store;
}

export const getSettings = (): TStoreSettings => getDb().settings;

const mask = (v: string | undefined) => (v ? `••••${v.slice(-4)}` : v);
const SECRET_KEYS = new Set(['apiToken', 'apiKey']);

export function updateSettings(req: TUpdateStoreSettingsRequest): TStoreSettings {
  const s = getDb().settings;
  const { widgetConfig, helpdesk, ...rest } = req;
  Object.assign(s, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
  if (widgetConfig) s.widgetConfig = { ...s.widgetConfig, ...widgetConfig };
  if (helpdesk) {
    // Secrets come back masked, like the live API promises.
    for (const [provider, fields] of Object.entries(helpdesk)) {
      if (!fields) continue;
      const masked = Object.fromEntries(Object.entries(fields).filter(([, v]) => v).map(([k, v]) => [k, SECRET_KEYS.has(k) ? mask(v)! : v!]));
      s.helpdesk[provider] = { ...s.helpdesk[provider], ...masked };
    }
  }
  s.updatedAt = new Date().toISOString();
  return s;
}
