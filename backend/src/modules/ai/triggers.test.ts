import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cartValueFromText, detectExplicitRequest, detectHighValueRisk, detectUnresolvedSignal, isGreeting, isThanks, matchForbiddenTopic,
} from './triggers.js';

describe('EXPLICIT_REQUEST rule', () => {
  for (const t of ['agent', 'Human please', 'Can I talk to a real person?', 'connect me to customer service', "I'd rather speak with someone from your team", 'Are you a bot? I want a human'])
    it(`fires on "${t}"`, () => assert.equal(detectExplicitRequest(t), true));
  for (const t of ['I need someone to explain the sizing', 'no need for an agent, just tell me the price', 'Is your agent program open?', 'Where is my order?'])
    it(`does not fire on "${t}"`, () => assert.equal(detectExplicitRequest(t), false));
});

describe('UNRESOLVED signal', () => {
  for (const t of ["That's not what I asked", "that doesn't help", 'still not helpful', "You're still not answering my question", "that's not it either"])
    it(`counts "${t}"`, () => assert.equal(detectUnresolvedSignal(t), true));
  for (const t of ['thanks, that helps', 'Does it come in blue?', 'Is it not waterproof?'])
    it(`ignores "${t}"`, () => assert.equal(detectUnresolvedSignal(t), false));
});

describe('HIGH_VALUE_AT_RISK rule', () => {
  it('needs both a high cart and a risk signal', () => {
    assert.equal(detectHighValueRisk('not sure about checking out, should I wait for a sale?', 820, 500).atRisk, true);
    assert.equal(detectHighValueRisk("I'm about to cancel my order", 1376, 500).atRisk, true);
    assert.deepEqual(detectHighValueRisk('thinking of buying it all elsewhere', 1150, 500).signals, ['hesitation', 'competitor']);
    assert.equal(detectHighValueRisk('How long does shipping take?', 950, 500).atRisk, false);
    assert.equal(detectHighValueRisk('not sure about checking out', 120, 500).atRisk, false);
    assert.equal(detectHighValueRisk('not sure about checking out', undefined, 500).atRisk, false);
  });
  it('reads a cart value stated in the text', () => {
    assert.equal(cartValueFromText('I have $1,150 in my cart'), 1150);
    assert.equal(cartValueFromText('the jacket is $179'), undefined);
  });
});

describe('greetings and thanks', () => {
  it('recognises pure greetings and closings only', () => {
    assert.equal(isGreeting('hi there'), true);
    assert.equal(isGreeting('Good morning!'), true);
    assert.equal(isGreeting('hi, where is my order?'), false);
    assert.equal(isThanks("thanks, that's all I needed!"), true);
    assert.equal(isThanks('thanks, but do you ship to Canada?'), false);
  });
});

describe('forbidden topics', () => {
  const topics = ['competitor pricing', 'medical advice'];
  it('matches explicit and implied mentions', () => {
    assert.deepEqual(matchForbiddenTopic("Is your jacket cheaper than the competitor's? Tell me their price", topics), { topic: 'competitor pricing', explicit: true });
    assert.deepEqual(matchForbiddenTopic('I twisted my ankle, should I take ibuprofen?', topics), { topic: 'medical advice', explicit: false });
    assert.deepEqual(matchForbiddenTopic('I found it cheaper at another store, will you match?', topics), { topic: 'competitor pricing', explicit: false });
  });
  it('needs every part of the topic', () => {
    assert.equal(matchForbiddenTopic('How much is the rain jacket?', topics), null);
    assert.equal(matchForbiddenTopic('Do you sell first aid kits?', []), null);
  });
});
