import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import winston from 'winston';
import { REDACTED, scrub, scrubString } from './scrub.js';
import { createLogger } from './logger.js';

describe('secret scrubbing', () => {
  it('redacts secret-named fields at any depth, keeps the rest', () => {
    const out = scrub({
      email: 'a@b.co', password: 'hunter2', headers: { authorization: 'Bearer abc', cookie: 'sid=1', accept: 'json' },
      channel: { configEncrypted: 'xyz', config: { accessToken: 't' }, name: 'WA' }, apiKey: 'k', nested: [{ refreshToken: 'r' }],
    }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(out.email, 'a@b.co');
    assert.equal(out.password, REDACTED);
    assert.equal(out.headers.authorization, REDACTED);
    assert.equal(out.headers.cookie, REDACTED);
    assert.equal(out.headers.accept, 'json');
    assert.equal(out.channel.configEncrypted, REDACTED);
    assert.equal(out.channel.config, REDACTED);
    assert.equal(out.channel.name, 'WA');
    assert.equal(out.apiKey, REDACTED);
    assert.equal(out.nested[0].refreshToken, REDACTED);
  });

  it('redacts bearer tokens, JWTs and key=value secrets inside free text', () => {
    const s = scrubString('failed: Bearer abc.def password=hunter2 token: "xyz" eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX2hlcmU ok');
    assert.doesNotMatch(s, /abc\.def|hunter2|xyz|eyJhbGci/);
    assert.match(s, /ok$/);
  });

  it('applies to every line the logger writes', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
    const log = createLogger({ level: 'info', format: 'json' });
    log.clear().add(new winston.transports.Stream({ stream: sink }));
    log.info('login attempt password=hunter2', { body: { email: 'a@b.co', password: 'hunter2' }, err: new Error('token=abc123') });
    await new Promise((r) => setImmediate(r));
    const text = lines.join('');
    assert.match(text, /a@b\.co/);
    assert.doesNotMatch(text, /hunter2|abc123/);
  });
});
