import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conversationSentiment, readEmotion } from './sentiment.js';

describe('emotion and ANGER_DETECTED', () => {
  for (const t of ['This is ridiculous. My order is THREE WEEKS late!!!', 'I am so fed up with you people. Refund me NOW.', 'this is a scam and I am disgusted', 'worst company ever, I am furious'])
    it(`detects anger in "${t}"`, () => assert.equal(readEmotion(t).anger, true));
  for (const t of ['The zipper broke after two trips, is that covered?', "You're still not answering what I asked", 'Do you ship to the UK and EU?', 'I love this jacket!'])
    it(`no anger in "${t}"`, () => assert.equal(readEmotion(t).anger, false));

  it('maps calm to 1 and distress towards 0', () => {
    assert.equal(readEmotion('What sizes do you have?').emotional, 1);
    assert.ok(readEmotion('I am furious, this is unacceptable!!!').emotional < 0.3);
  });

  it('weights recent messages more in the conversation sentiment', () => {
    const s = conversationSentiment(['Thanks, great help!', 'This is unacceptable and I am really angry']);
    assert.ok(s < 0 && s >= -1);
    assert.ok(conversationSentiment(['I love it, thank you!']) > 0.5);
    assert.equal(conversationSentiment([]), 0);
  });
});
