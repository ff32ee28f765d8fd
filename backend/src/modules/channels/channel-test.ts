// "Test connection": one cheap authenticated call per provider, proving the credentials work.
import type { TChannelType } from '@convix/shared/contracts';
import nodemailer from 'nodemailer';
import type { Env } from '../../config/env.js';
import type { ChannelConfig } from './channel-config.js';

export interface TestOutcome {
  ok: boolean;
  message: string;
}

const TIMEOUT_MS = 10_000;

async function getJson(url: string, headers: Record<string, string>): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: null };
  }
}

async function testTwilio(env: Env, cfg: ChannelConfig): Promise<TestOutcome> {
  const sid = String(cfg.accountSid);
  const auth = Buffer.from(`${sid}:${String(cfg.authToken)}`).toString('base64');
  const { status, body } = await getJson(`${env.TWILIO_API_BASE_URL}/2010-04-01/Accounts/${encodeURIComponent(sid)}.json`, { authorization: `Basic ${auth}` });
  if (status === 200) {
    if (body?.status && body.status !== 'active') return { ok: false, message: `The Twilio account is ${String(body.status)}` };
    return { ok: true, message: `Connected to Twilio account ${JSON.stringify(String(body?.friendly_name ?? sid))}` };
  }
  if (status === 401 || status === 404) return { ok: false, message: 'Twilio rejected the Account SID or auth token' };
  return { ok: false, message: `Twilio answered HTTP ${status}${body?.message ? `: ${String(body.message)}` : ''}` };
}

async function testMeta(env: Env, id: string, token: string, label: string): Promise<TestOutcome> {
  const { status, body } = await getJson(`${env.META_GRAPH_BASE_URL}/${encodeURIComponent(id)}?fields=id`, { authorization: `Bearer ${token}` });
  if (status === 200 && String(body?.id) === id) return { ok: true, message: `Connected to the ${label} ${id}` };
  if (status === 200) return { ok: false, message: `The token works but does not belong to ${label} ${id}` };
  return { ok: false, message: `Meta rejected the request (HTTP ${status})${body?.error?.message ? `: ${String(body.error.message)}` : ''}` };
}

async function testSmtp(cfg: ChannelConfig): Promise<TestOutcome> {
  if (!cfg.smtpHost) return { ok: true, message: 'No SMTP server configured: using the built-in dev outbox' };
  const port = Number(cfg.smtpPort ?? 587);
  const transport = nodemailer.createTransport({
    host: String(cfg.smtpHost), port, secure: port === 465,
    auth: cfg.smtpUser ? { user: String(cfg.smtpUser), pass: String(cfg.smtpPassword ?? '') } : undefined,
    connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.verify();
    return { ok: true, message: `Connected to SMTP server ${String(cfg.smtpHost)}:${port}` };
  } finally {
    transport.close();
  }
}

export async function runChannelTest(env: Env, type: TChannelType, cfg: ChannelConfig): Promise<TestOutcome> {
  try {
    switch (type) {
      case 'WIDGET': return { ok: true, message: 'The website widget needs no credentials' };
      case 'SMS': return await testTwilio(env, cfg);
      case 'WHATSAPP': return await testMeta(env, String(cfg.phoneNumberId), String(cfg.accessToken), 'WhatsApp phone number');
      case 'MESSENGER': return await testMeta(env, String(cfg.pageId), String(cfg.pageAccessToken), 'Facebook page');
      case 'INSTAGRAM': return await testMeta(env, String(cfg.instagramAccountId), String(cfg.pageAccessToken), 'Instagram account');
      case 'EMAIL': return await testSmtp(cfg);
    }
  } catch (err) {
    const e = err as Error;
    // fetch hides the socket error in `cause` ("fetch failed" alone says nothing).
    const reason = e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : e.cause instanceof Error ? e.cause.message : e.message;
    return { ok: false, message: `Could not connect: ${reason}` };
  }
}
