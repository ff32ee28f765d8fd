import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { maskSecret, SecretBox } from './secret-box.js';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');

describe('SecretBox', () => {
  it('round-trips and never leaves the plaintext in the ciphertext', () => {
    const box = new SecretBox(`a:${k1}`, 'a');
    const sealed = box.seal({ authToken: 'super-secret-value' }, 'row-1');
    assert.equal(sealed.keyId, 'a');
    assert.ok(!sealed.ciphertext.includes('super-secret'));
    assert.deepEqual(box.open(sealed, 'row-1'), { authToken: 'super-secret-value' });
  });

  it('rejects tampering and a wrong associated-data binding', () => {
    const box = new SecretBox(`a:${k1}`, 'a');
    const sealed = box.seal('x', 'row-1');
    assert.throws(() => box.open(sealed, 'row-2'));
    const parts = sealed.ciphertext.split('.');
    parts[3] = Buffer.from('y').toString('base64');
    assert.throws(() => box.open({ ...sealed, ciphertext: parts.join('.') }, 'row-1'));
  });

  it('rotates: old ciphertexts open after a new key becomes active', () => {
    const old = new SecretBox(`a:${k1}`, 'a').seal({ v: 1 });
    const rotated = new SecretBox(`a:${k1},b:${k2}`, 'b');
    assert.deepEqual(rotated.open(old), { v: 1 });
    assert.equal(rotated.seal({ v: 2 }).keyId, 'b');
    assert.ok(rotated.isStale('a'));
    assert.throws(() => new SecretBox(`b:${k2}`, 'b').open(old), /not configured/);
  });

  it('validates key material', () => {
    assert.throws(() => new SecretBox('a:c2hvcnQ=', 'a'), /32 bytes/);
    assert.throws(() => new SecretBox(`a:${k1}`, 'b'), /ACTIVE/);
  });

  it('masks to the last four characters only when long enough', () => {
    assert.equal(maskSecret('0123456789abcdef'), '••••cdef');
    assert.equal(maskSecret('short123'), '••••');
  });
});
