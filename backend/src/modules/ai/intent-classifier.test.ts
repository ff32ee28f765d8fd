import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyIntent } from './intent-classifier.js';

const cases: [string, string][] = [
  ['Where is my package?', 'ORDER_STATUS'],
  ['How long does standard shipping take?', 'SHIPPING'],
  ["What's your return policy?", 'RETURNS'],
  ['Looking for a tent for backpacking', 'PURCHASE_INTENT'],
  ['Is the Swift trail shoe in stock?', 'PRODUCT_QUESTION'],
  ['The zipper broke and the jacket is defective', 'COMPLAINT'],
  ['Can I talk to a real person?', 'HUMAN_REQUEST'],
  ['hello', 'GREETING'],
  ['thank you!', 'THANKS'],
  ['Do gift cards expire?', 'OTHER'],
];

describe('intent classifier', () => {
  for (const [text, intent] of cases) it(`${text} → ${intent}`, () => assert.equal(classifyIntent(text, { catalogTerms: new Set(['swift', 'tent']) }).intent, intent));

  it('gives clear questions higher confidence than vague fragments', () => {
    assert.ok(classifyIntent('Do gift cards expire?').confidence > classifyIntent('stuff').confidence);
    assert.ok(classifyIntent('Where is my package?').confidence >= 0.8);
  });

  it('scores purchase intent 0…1', () => {
    const buy = classifyIntent('I want to buy a waterproof jacket, what do you recommend?').purchaseIntent;
    const info = classifyIntent('What is your return policy?').purchaseIntent;
    assert.ok(buy >= 0.5 && buy <= 1 && info < 0.3, `${buy} ${info}`);
  });
});
