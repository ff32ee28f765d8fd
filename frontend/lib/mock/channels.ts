// TODO: REPLACE WITH API — GET /v1/stores/:storeId/channels
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/channels
// TODO: REPLACE WITH API — PATCH /v1/stores/:storeId/channels/:channelId
// TODO: REPLACE WITH API — POST /v1/stores/:storeId/channels/:channelId/test
// TODO: REPLACE WITH API — DELETE /v1/stores/:storeId/channels/:channelId
import {
  CHANNEL_SECRET_FIELDS, type TChannel, type TChannelTestResponse, type TCreateChannelRequest, type TUpdateChannelRequest,
} from '@convix/shared/contracts';
import { ApiError } from '@/lib/api-client';
import { getDb } from './db';

const secret = new Set<string>(CHANNEL_SECRET_FIELDS);
function maskConfig(config: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, secret.has(k) && typeof v === 'string' && v ? `••••${v.slice(-4)}` : v]));
}
function find(id: string) {
  const c = getDb().channels.find((x) => x.id === id);
  if (!c) throw new ApiError('NOT_FOUND', 'Channel not found', 404);
  return c;
}

export const listChannels = () => ({ items: getDb().channels });

export function createChannel(req: TCreateChannelRequest): TChannel {
  const db = getDb();
  if (db.channels.some((c) => c.type === req.type)) throw new ApiError('ALREADY_EXISTS', `A ${req.type.toLowerCase()} channel is already connected`, 409);
  const now = new Date().toISOString();
  const ch: TChannel = {
    id: crypto.randomUUID(), type: req.type, name: req.name ?? `${req.type[0]}${req.type.slice(1).toLowerCase()}`, isActive: true, externalId: null,
    config: maskConfig(req.config as Record<string, unknown>),
    webhookUrl: req.type === 'WIDGET' ? null : `https://api.convix.app/v1/webhooks/${req.type.toLowerCase()}/${crypto.randomUUID().slice(0, 8)}`,
    lastTestedAt: null, lastTestOk: null, lastTestError: null, createdAt: now, updatedAt: now,
  };
  db.channels.push(ch);
  return ch;
}

export function updateChannel(id: string, req: TUpdateChannelRequest): TChannel {
  const ch = find(id);
  if (req.name !== undefined) ch.name = req.name;
  if (req.isActive !== undefined) ch.isActive = req.isActive;
  // Fields left out keep their stored (secret) values, as the contract specifies.
  if (req.config) {
    ch.config = { ...ch.config, ...maskConfig(req.config) };
    ch.lastTestOk = null;
    ch.lastTestError = null;
  }
  ch.updatedAt = new Date().toISOString();
  return ch;
}

export function testChannel(id: string): TChannelTestResponse {
  const ch = find(id);
  const testedAt = new Date().toISOString();
  const ok = ch.lastTestError === null || ch.lastTestOk !== false;
  Object.assign(ch, { lastTestedAt: testedAt, lastTestOk: ok });
  return { ok, message: ok ? 'Connection verified: credentials accepted and webhook reachable.' : ch.lastTestError ?? 'Test failed', testedAt };
}

export function deleteChannel(id: string) {
  const db = getDb();
  find(id);
  db.channels = db.channels.filter((c) => c.id !== id);
  return { ok: true as const };
}
