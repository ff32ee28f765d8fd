import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ERROR_STATUS, ZErrorBody, statusForCode } from './errors';
import { ZPassword, ZRegisterRequest } from './contracts/auth';
import { ZChannelConfigByType } from './contracts/channels';

describe('shared contracts', () => {
  it('maps every error code to a 4xx or 5xx status', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      assert.ok(status >= 400 && status < 600, code);
      assert.equal(statusForCode(code as keyof typeof ERROR_STATUS), status);
    }
    assert.ok(ZErrorBody.safeParse({ error: { code: 'NOT_FOUND', message: 'x' } }).success);
    assert.ok(!ZErrorBody.safeParse({ error: { code: 'NOPE', message: 'x' } }).success);
  });

  it('enforces the password policy and normalises emails', () => {
    assert.ok(!ZPassword.safeParse('short1').success);
    assert.ok(!ZPassword.safeParse('onlyletters').success);
    assert.ok(!ZPassword.safeParse('12345678').success);
    assert.ok(ZPassword.safeParse('letters-and-1').success);
    const r = ZRegisterRequest.parse({ email: '  Dana@Example.COM ', password: 'secret-123', name: 'Dana' });
    assert.equal(r.email, 'dana@example.com');
    assert.ok(!ZRegisterRequest.safeParse({ email: 'a@b.co', password: 'secret-123', name: 'x', admin: true }).success);
  });

  it('validates channel config per type with field-level errors', () => {
    const bad = ZChannelConfigByType.SMS.safeParse({ accountSid: 'nope', authToken: 'x', phoneNumber: '555' });
    assert.ok(!bad.success);
    assert.deepEqual(bad.error.issues.map((i) => i.path.join('.')).sort(), ['accountSid', 'authToken', 'phoneNumber']);
    assert.ok(ZChannelConfigByType.SMS.safeParse({ accountSid: `AC${'a'.repeat(32)}`, authToken: 'b'.repeat(32), phoneNumber: '+14155550123' }).success);
  });
});
