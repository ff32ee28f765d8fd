// Captures every log line (level silly) while driving flows that handle passwords, tokens and
// channel secrets, then searches the logs and the API responses for those values.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import winston from 'winston';
import { createLogger, setLogger } from '../lib/logger.js';
import { lastMailTo, tokenFromMail, uniqueEmail } from '../test/merchants.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
const lines: string[] = [];
const responses: string[] = [];

before(async () => {
  const logger = createLogger({ level: 'silly', format: 'json' });
  logger.clear().add(new winston.transports.Stream({ stream: new Writable({ write(chunk, _e, cb) { lines.push(String(chunk)); cb(); } }) }));
  setLogger(logger);
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true', TWILIO_API_BASE_URL: 'http://127.0.0.1:9' });
});
after(() => t.close());

describe('no secrets in logs or responses', () => {
  it('passwords, refresh/reset/invitation tokens and channel secrets never reach the log; secrets never reach responses', async () => {
    const password = 'Sup3r-secret-pass!';
    const newPassword = 'An0ther-secret-pass!';
    const email = uniqueEmail('secret');
    const api = async (...args: Parameters<TestApp['api']>) => {
      const res = await t.api(...args);
      responses.push(JSON.stringify(res.body ?? ''));
      return res;
    };
    const reg = await api('/auth/register', { body: { email, password, name: 'S' } });
    const refreshToken: string = reg.body.refreshToken;
    const accessToken: string = reg.body.accessToken;
    await api('/auth/login', { body: { email, password: 'wrong-guess-123' } });
    const rotated = await api('/auth/refresh', { body: { refreshToken } });
    await api('/auth/refresh', { body: { refreshToken } }); // reuse → logged warning
    await api('/auth/forgot-password', { body: { email } });
    await t.c.jobs.drain();
    const resetToken = tokenFromMail((await lastMailTo(t, email))!.body, '/reset-password');
    await api('/auth/reset-password', { body: { token: resetToken, password: newPassword } });
    const login = await api('/auth/login', { body: { email, password: newPassword } });
    const token = login.body.accessToken;
    const store = await api('/stores', { body: { name: 'Secret shop' }, token });
    const invite = await api(`/stores/${store.body.id}/members/invite`, { body: { email: uniqueEmail('inv'), role: 'AGENT' }, token });
    const inviteToken = new URL(invite.body.invitationUrl).searchParams.get('token')!;
    const authToken = 'abcdef0123456789abcdef0123456789';
    const appSecret = 'meta-app-secret-XYZ-987';
    const waToken = 'EAAG-secret-wa-token-555';
    const sms = await api(`/stores/${store.body.id}/channels`, { token, body: { type: 'SMS', config: { accountSid: `AC${'0'.repeat(32)}`, authToken, phoneNumber: '+14155550999' } } });
    await api(`/stores/${store.body.id}/channels/${sms.body.id}/test`, { method: 'POST', token });
    const wa = await api(`/stores/${store.body.id}/channels`, { token, body: { type: 'WHATSAPP', config: { phoneNumberId: '5550001', accessToken: waToken, appSecret, verifyToken: 'verify-secret-42' } } });
    await api(`/stores/${store.body.id}/channels/${wa.body.id}`, { method: 'PATCH', token, body: { config: { accessToken: `${waToken}-2` } } });
    await api(`/stores/${store.body.id}/settings`, { method: 'PATCH', token, body: { helpdesk: { gorgias: { apiKey: 'gorgias-secret-key-77' } } } });
    // A request that fails validation with a secret in it.
    await api('/auth/register', { body: { email: 'bad', password, name: 'S', extra: waToken } });

    const log = lines.join('\n');
    assert.ok(lines.length > 10, 'the log was captured');
    assert.match(log, /refresh token reuse detected/);
    for (const secret of [password, newPassword, refreshToken, rotated.body.refreshToken, accessToken, resetToken, inviteToken, authToken, appSecret, waToken, 'verify-secret-42', 'gorgias-secret-key-77']) {
      assert.ok(!log.includes(secret), `log leaks ${secret.slice(0, 6)}…`);
    }
    // Responses may carry the caller's own tokens and the one-time invitation link, nothing else.
    const body = responses.join('\n');
    for (const secret of [password, newPassword, resetToken, authToken, appSecret, waToken, 'verify-secret-42', 'gorgias-secret-key-77']) {
      assert.ok(!body.includes(secret), `response leaks ${secret.slice(0, 6)}…`);
    }
  });
});
