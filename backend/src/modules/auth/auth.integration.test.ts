// /v1/auth over real HTTP: registration, login, refresh rotation + reuse detection, logout,
// family limit, password reset through the mail outbox, rate limits and token checks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { sha256 } from '../../lib/crypto/tokens.js';
import { lastMailTo, PASSWORD, signUp, tokenFromMail, uniqueEmail } from '../../test/merchants.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let ipN = 0;
// Each test gets its own client IP so per-IP limits only bite where a test wants them to.
const ip = () => ({ 'x-forwarded-for': `10.0.${Math.floor(++ipN / 250)}.${ipN % 250}` });
const cookieOf = (res: { headers: Headers }) => /convix_rt=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

before(async () => {
  t = await startTestApp({ TRUST_PROXY: 'true' });
});
after(() => t.close());

describe('register', () => {
  it('creates the user, returns tokens and sets an httpOnly SameSite cookie', async () => {
    const email = uniqueEmail();
    const res = await t.api('/auth/register', { body: { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: ' Ann ' }, headers: ip() });
    assert.equal(res.status, 201);
    assert.equal(res.body.user.email, email);
    assert.equal(res.body.user.name, 'Ann');
    assert.match(res.body.accessToken, /^eyJ/);
    const cookie = res.headers.get('set-cookie')!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\/v1\/auth/);
    assert.equal(cookieOf(res), res.body.refreshToken);
    const row = await t.c.prisma.refreshToken.findFirstOrThrow({ where: { userId: res.body.user.id } });
    assert.equal(row.tokenHash, sha256(res.body.refreshToken)); // only the hash is stored
    const days = (new Date(res.body.refreshTokenExpiresAt).getTime() - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30);
    const user = await t.c.prisma.user.findUniqueOrThrow({ where: { email } });
    assert.match(user.passwordHash, /^\$argon2id\$/);
  });

  it('rejects weak passwords, bad emails and unknown fields with field-level details', async () => {
    const res = await t.api('/auth/register', { body: { email: 'nope', password: 'short', name: '', admin: true }, headers: ip() });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    for (const p of ['body.email', 'body.password', 'body.name', 'body.admin']) assert.ok(paths.includes(p), `${p} in ${paths}`);
    const letters = await t.api('/auth/register', { body: { email: uniqueEmail(), password: 'onlyletters', name: 'x' }, headers: ip() });
    assert.equal(letters.status, 400);
  });

  it('refuses a duplicate email with 409', async () => {
    const m = await signUp(t, { headers: ip() });
    const res = await t.api('/auth/register', { body: { email: m.email, password: PASSWORD, name: 'Again' }, headers: ip() });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, 'ALREADY_EXISTS');
  });
});

describe('login', () => {
  it('signs in, records lastLoginAt and an audit row', async () => {
    const m = await signUp(t, { headers: ip() });
    const res = await t.api('/auth/login', { body: { email: m.email.toUpperCase(), password: PASSWORD }, headers: ip() });
    assert.equal(res.status, 200);
    assert.equal(res.body.user.id, m.userId);
    assert.ok(cookieOf(res));
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'auth.login', userId: m.userId } }));
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const m = await signUp(t, { headers: ip() });
    const wrong = await t.api('/auth/login', { body: { email: m.email, password: 'wrong-password-1' }, headers: ip() });
    const unknown = await t.api('/auth/login', { body: { email: uniqueEmail('ghost'), password: 'wrong-password-1' }, headers: ip() });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.equal(wrong.body.error.code, 'INVALID_CREDENTIALS');
  });

  it('rate-limits per email (5 / 15 min) the same way for unknown emails, and per IP', async () => {
    for (const email of [(await signUp(t, { headers: ip() })).email, uniqueEmail('ghost')]) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await t.api('/auth/login', { body: { email, password: 'wrong-password-1' }, headers: ip() })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    }
    const fixed = ip();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await t.api('/auth/login', { body: { email: uniqueEmail('ghost'), password: 'x' }, headers: fixed })).status);
    assert.equal(statuses.filter((s) => s === 429).length, 1);
    const limited = await t.api('/auth/login', { body: { email: uniqueEmail('ghost'), password: 'x' }, headers: fixed });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('a successful login clears the per-email failure count', async () => {
    const m = await signUp(t, { headers: ip() });
    for (let i = 0; i < 4; i++) await t.api('/auth/login', { body: { email: m.email, password: 'wrong-password-1' }, headers: ip() });
    assert.equal((await t.api('/auth/login', { body: { email: m.email, password: PASSWORD }, headers: ip() })).status, 200);
    for (let i = 0; i < 4; i++) assert.equal((await t.api('/auth/login', { body: { email: m.email, password: 'bad-password-2' }, headers: ip() })).status, 401);
  });
});

describe('refresh, reuse detection and logout', () => {
  it('rotates on every use (cookie or body) and keeps the absolute expiry', async () => {
    const m = await signUp(t, { headers: ip() });
    const viaCookie = await t.api('/auth/refresh', { method: 'POST', headers: { ...ip(), cookie: `convix_rt=${m.refreshToken}` } });
    assert.equal(viaCookie.status, 200);
    assert.notEqual(viaCookie.body.refreshToken, m.refreshToken);
    assert.equal(cookieOf(viaCookie), viaCookie.body.refreshToken);
    const viaBody = await t.api('/auth/refresh', { body: { refreshToken: viaCookie.body.refreshToken }, headers: ip() });
    assert.equal(viaBody.status, 200);
    assert.equal(viaBody.body.refreshTokenExpiresAt, viaCookie.body.refreshTokenExpiresAt);
    const me = await t.api('/auth/me', { token: viaBody.body.accessToken });
    assert.equal(me.status, 200);
  });

  it('presenting a rotated token revokes the whole family, end to end', async () => {
    const m = await signUp(t, { headers: ip() });
    const second = await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() });
    assert.equal(second.status, 200);
    // The attacker replays the first token: rejected, and the legitimate newer token dies too.
    const replay = await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.error.code, 'TOKEN_INVALID');
    const legit = await t.api('/auth/refresh', { body: { refreshToken: second.body.refreshToken }, headers: ip() });
    assert.equal(legit.status, 401);
    const rows = await t.c.prisma.refreshToken.findMany({ where: { userId: m.userId } });
    assert.ok(rows.every((r) => r.revokedAt));
    assert.ok(rows.some((r) => r.revokedReason === 'reuse'));
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'auth.refresh_reuse', userId: m.userId } }));
  });

  it('rejects unknown, expired and missing refresh tokens', async () => {
    assert.equal((await t.api('/auth/refresh', { body: { refreshToken: 'x'.repeat(43) }, headers: ip() })).status, 401);
    assert.equal((await t.api('/auth/refresh', { method: 'POST', headers: ip() })).status, 401);
    const m = await signUp(t, { headers: ip() });
    await t.c.prisma.refreshToken.updateMany({ where: { userId: m.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    assert.equal((await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() })).status, 401);
  });

  it('logout revokes the family and clears the cookie', async () => {
    const m = await signUp(t, { headers: ip() });
    const next = await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() });
    const out = await t.api('/auth/logout', { method: 'POST', headers: { ...ip(), cookie: `convix_rt=${next.body.refreshToken}` } });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /convix_rt=;/);
    assert.equal((await t.api('/auth/refresh', { body: { refreshToken: next.body.refreshToken }, headers: ip() })).status, 401);
    // Logging out with a garbage token is harmless.
    assert.equal((await t.api('/auth/logout', { body: { refreshToken: 'y'.repeat(43) }, headers: ip() })).status, 204);
  });

  it('keeps at most 5 active families per user, evicting the oldest', async () => {
    const m = await signUp(t, { headers: ip() }); // family 1
    const later: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.api('/auth/login', { body: { email: m.email, password: PASSWORD }, headers: ip() });
      later.push(res.body.refreshToken);
    }
    assert.equal((await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() })).status, 401);
    for (const token of later) assert.equal((await t.api('/auth/refresh', { body: { refreshToken: token }, headers: ip() })).status, 200);
    const evicted = await t.c.prisma.refreshToken.findFirst({ where: { userId: m.userId, revokedReason: 'evicted' } });
    assert.ok(evicted);
  });
});

describe('forgot and reset password', () => {
  it('mails a one-hour single-use link; reset changes the password and revokes every family', async () => {
    const m = await signUp(t, { headers: ip() });
    const res = await t.api('/auth/forgot-password', { body: { email: m.email }, headers: ip() });
    assert.equal(res.status, 202);
    await t.c.jobs.drain();
    const mail = await lastMailTo(t, m.email);
    assert.ok(mail, 'reset mail in the outbox');
    const token = tokenFromMail(mail.body, '/reset-password');
    assert.ok(mail.body.startsWith('Hi') && mail.body.includes(t.env.APP_URL));
    const stored = await t.c.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: m.userId } });
    assert.equal(stored.tokenHash, sha256(token));
    const minutes = (stored.expiresAt.getTime() - Date.now()) / 60_000;
    assert.ok(minutes > 59 && minutes <= 60);

    const newPassword = 'brand-new-pass-7';
    const reset = await t.api('/auth/reset-password', { body: { token, password: newPassword }, headers: ip() });
    assert.equal(reset.status, 200);
    assert.equal((await t.api('/auth/refresh', { body: { refreshToken: m.refreshToken }, headers: ip() })).status, 401);
    assert.equal((await t.api('/auth/login', { body: { email: m.email, password: PASSWORD }, headers: ip() })).status, 401);
    assert.equal((await t.api('/auth/login', { body: { email: m.email, password: newPassword }, headers: ip() })).status, 200);
    const again = await t.api('/auth/reset-password', { body: { token, password: 'another-pass-8' }, headers: ip() });
    assert.equal(again.status, 401);
    assert.equal(again.body.error.code, 'TOKEN_INVALID');
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'auth.password_reset', userId: m.userId } }));
  });

  it('answers the same for unknown emails and sends nothing', async () => {
    const email = uniqueEmail('ghost');
    const res = await t.api('/auth/forgot-password', { body: { email }, headers: ip() });
    assert.equal(res.status, 202);
    assert.deepEqual(res.body, { ok: true });
    await t.c.jobs.drain();
    assert.equal(await lastMailTo(t, email), null);
  });

  it('rejects expired tokens and weak new passwords; rate-limits per email', async () => {
    const m = await signUp(t, { headers: ip() });
    await t.api('/auth/forgot-password', { body: { email: m.email }, headers: ip() });
    await t.c.jobs.drain();
    const token = tokenFromMail((await lastMailTo(t, m.email))!.body, '/reset-password');
    const weak = await t.api('/auth/reset-password', { body: { token, password: 'weak' }, headers: ip() });
    assert.equal(weak.status, 400);
    await t.c.prisma.passwordResetToken.updateMany({ where: { userId: m.userId }, data: { expiresAt: new Date(Date.now() - 1) } });
    assert.equal((await t.api('/auth/reset-password', { body: { token, password: 'fine-password-9' }, headers: ip() })).status, 401);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.api('/auth/forgot-password', { body: { email: m.email }, headers: ip() })).status);
    assert.deepEqual(statuses, [202, 202, 202, 202, 429]);
    await t.c.jobs.drain();
  });
});

describe('access tokens and /me', () => {
  it('returns the user and their stores', async () => {
    const m = await signUp(t, { headers: ip() });
    const store = await t.api('/stores', { body: { name: 'Mine' }, token: m.token });
    const me = await t.api('/auth/me', { token: m.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.user.email, m.email);
    assert.deepEqual(me.body.stores, [{ id: store.body.id, name: 'Mine', role: 'OWNER' }]);
  });

  it('rejects missing, malformed, tampered, wrong-audience, wrong-type, alg=none and expired tokens', async () => {
    const m = await signUp(t, { headers: ip() });
    const key = new TextEncoder().encode(t.env.JWT_SECRET);
    const sign = (claims: Record<string, unknown>, opts: { aud?: string; exp?: number; typ?: string } = {}) =>
      new SignJWT({ email: m.email, typ: opts.typ ?? 'access', ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject(m.userId)
        .setIssuer(t.env.JWT_ISSUER).setAudience(opts.aud ?? t.env.JWT_AUDIENCE).setIssuedAt().setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 60).sign(key);
    const [h, p] = m.token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    const cases: [string, Record<string, string>, string][] = [
      ['missing', {}, 'UNAUTHENTICATED'],
      ['not bearer', { authorization: `Basic ${m.token}` }, 'UNAUTHENTICATED'],
      ['garbage', { authorization: 'Bearer abc.def.ghi' }, 'TOKEN_INVALID'],
      ['tampered', { authorization: `Bearer ${h}.${p}x.${m.token.split('.')[2]}` }, 'TOKEN_INVALID'],
      ['alg none', { authorization: `Bearer ${none}` }, 'TOKEN_INVALID'],
      ['wrong audience', { authorization: `Bearer ${await sign({}, { aud: 'someone-else' })}` }, 'TOKEN_INVALID'],
      ['wrong type', { authorization: `Bearer ${await sign({}, { typ: 'visitor' })}` }, 'TOKEN_INVALID'],
      ['expired', { authorization: `Bearer ${await sign({}, { exp: Math.floor(Date.now() / 1000) - 60 })}` }, 'TOKEN_EXPIRED'],
    ];
    for (const [name, headers, code] of cases) {
      const res = await t.api('/auth/me', { headers });
      assert.equal(res.status, 401, name);
      assert.equal(res.body.error.code, code, name);
    }
  });
});
