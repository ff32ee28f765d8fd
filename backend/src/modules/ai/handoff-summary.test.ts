import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeHandoff } from './handoff-summary.js';

describe('handoff summary', () => {
  it('says what the shopper wants, what was tried and the key facts', () => {
    const s = summarizeHandoff({
      trigger: 'LOW_CONFIDENCE', intent: 'ORDER_STATUS', message: 'Status of order TH558210 for dana@example.com?',
      history: [{ role: 'CUSTOMER', content: 'hi' }, { role: 'AI', content: 'Hello!' }], cartValue: 120, sentiment: -0.2,
      missing: ['embroidery'], sourcesTried: ['How do I track my order?'],
    });
    for (const part of ['an update on an order', 'TH558210', 'dana@example.com', 'cart $120.00', 'embroidery', 'AI replied 1 time', 'does not cover']) assert.ok(s.includes(part), part);
    assert.ok(s.length <= 600);
  });
});
