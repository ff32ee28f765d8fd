import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { luhn, redact, restore } from './redaction.js';

describe('redaction', () => {
  it('redacts emails, phone numbers and Luhn-valid card numbers', () => {
    const r = redact('Mail dana@example.com or call (303) 555-0148; card 4242 4242 4242 4242.');
    assert.equal(r.text, 'Mail [EMAIL_1] or call [PHONE_1]; card [CARD_1].');
    assert.equal(r.map.get('[CARD_1]'), '4242 4242 4242 4242');
  });

  it('leaves order numbers, prices and non-card digit runs alone', () => {
    const r = redact('Order TH104233 cost $179.00, ref 1234567890123');
    assert.equal(r.text, 'Order TH104233 cost $179.00, ref 1234567890123');
    assert.equal(luhn('1234567890123'), false);
  });

  it('restores placeholders in the reply and reuses placeholders for repeated values', () => {
    const r = redact('a@b.co and again a@b.co');
    assert.equal(r.text, '[EMAIL_1] and again [EMAIL_1]');
    assert.equal(restore('We will email [EMAIL_1].', r.map), 'We will email a@b.co.');
  });
});
