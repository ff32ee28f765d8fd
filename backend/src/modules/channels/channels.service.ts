// Channels: create/update with per-type config validation, encryption at rest, masked output,
// externalId uniqueness per type, connection tests; config changes and deletions are audited.
import type { TChannel, TChannelTestResponse, TChannelType, TCreateChannelRequest, TUpdateChannelRequest } from '@convix/shared/contracts';
import { randomUUID } from 'node:crypto';
import type { Container } from '../../container.js';
import { AppError, fieldErrors } from '../../lib/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { openConfig, sealConfig, secretValues, validateConfig, type ChannelConfig } from './channel-config.js';
import { runChannelTest } from './channel-test.js';
import { serializeChannel } from './channel.serializer.js';

const DEFAULT_NAMES: Record<TChannelType, string> = {
  WIDGET: 'Website chat', WHATSAPP: 'WhatsApp', INSTAGRAM: 'Instagram', MESSENGER: 'Messenger', SMS: 'SMS', EMAIL: 'Email',
};

export interface Actor { storeId: string; userId: string; ip: string }

async function assertExternalIdFree(c: Container, type: TChannelType, externalId: string | null, exceptId?: string): Promise<void> {
  if (!externalId) return;
  const taken = await c.prisma.channel.findFirst({ where: { type, externalId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new AppError('CONFLICT', `This ${type} account is already connected to a Convix store`, [{ path: 'body.config', message: 'already connected' }]);
}

async function own(c: Container, storeId: string, channelId: string) {
  const ch = await c.prisma.channel.findFirst({ where: { id: channelId, storeId } });
  if (!ch) throw AppError.notFound('Channel');
  return ch;
}

export async function listChannels(c: Container, storeId: string): Promise<TChannel[]> {
  const rows = await c.prisma.channel.findMany({ where: { storeId }, orderBy: { createdAt: 'asc' } });
  return rows.map((ch) => serializeChannel(c.env, ch));
}

export async function createChannel(c: Container, actor: Actor, input: TCreateChannelRequest): Promise<TChannel> {
  const id = randomUUID(); // known up front: the ciphertext is bound to it
  const sealed = sealConfig(c, id, input.type, input.config as ChannelConfig);
  await assertExternalIdFree(c, input.type, sealed.externalId);
  const ch = await c.prisma.$transaction(async (tx) => {
    const row = await tx.channel.create({ data: { id, storeId: actor.storeId, type: input.type, name: input.name ?? DEFAULT_NAMES[input.type], ...sealed } });
    await recordAudit(c, { action: 'channel.created', storeId: actor.storeId, userId: actor.userId, targetType: 'Channel', targetId: id, metadata: { type: input.type }, ip: actor.ip }, tx);
    return row;
  });
  return serializeChannel(c.env, ch);
}

export async function updateChannel(c: Container, actor: Actor, channelId: string, input: TUpdateChannelRequest): Promise<TChannel> {
  const current = await own(c, actor.storeId, channelId);
  const data: Record<string, unknown> = {};
  if (input.name !== undefined) data.name = input.name;
  if (input.isActive !== undefined) data.isActive = input.isActive;
  let changedFields: string[] = [];
  if (input.config) {
    // Fields left out keep their stored (secret) values; null removes an optional field.
    const merged: ChannelConfig = { ...openConfig(c, current), ...input.config };
    for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
    const parsed = validateConfig(current.type, merged);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'Invalid channel config', fieldErrors(parsed.error, 'body.config'));
    Object.assign(data, sealConfig(c, current.id, current.type, parsed.data), { lastTestedAt: null, lastTestOk: null, lastTestError: null });
    await assertExternalIdFree(c, current.type, data.externalId as string | null, current.id);
    changedFields = Object.keys(input.config);
  }
  const ch = await c.prisma.$transaction(async (tx) => {
    const row = await tx.channel.update({ where: { id: current.id }, data });
    const action = changedFields.length ? 'channel.config_changed' : 'channel.updated';
    // Field names only, never values.
    await recordAudit(c, {
      action, storeId: actor.storeId, userId: actor.userId, targetType: 'Channel', targetId: current.id,
      metadata: { type: current.type, fields: [...changedFields, ...Object.keys(data).filter((k) => k === 'name' || k === 'isActive')] }, ip: actor.ip,
    }, tx);
    return row;
  });
  return serializeChannel(c.env, ch);
}

export async function deleteChannel(c: Container, actor: Actor, channelId: string): Promise<void> {
  const current = await own(c, actor.storeId, channelId);
  await c.prisma.$transaction(async (tx) => {
    await tx.channel.delete({ where: { id: current.id } });
    await recordAudit(c, { action: 'channel.deleted', storeId: actor.storeId, userId: actor.userId, targetType: 'Channel', targetId: current.id, metadata: { type: current.type, name: current.name }, ip: actor.ip }, tx);
  });
}

export async function testChannel(c: Container, storeId: string, channelId: string): Promise<TChannelTestResponse> {
  const ch = await own(c, storeId, channelId);
  const config = openConfig(c, ch);
  const outcome = await runChannelTest(c.env, ch.type, config);
  // Providers sometimes echo what they were sent; nothing secret may reach the row or the client.
  let message = outcome.message.slice(0, 500);
  for (const secret of secretValues(config)) message = message.split(secret).join('[redacted]');
  const testedAt = new Date();
  await c.prisma.channel.update({ where: { id: ch.id }, data: { lastTestedAt: testedAt, lastTestOk: outcome.ok, lastTestError: outcome.ok ? null : message } });
  return { ok: outcome.ok, message, testedAt: testedAt.toISOString() };
}
