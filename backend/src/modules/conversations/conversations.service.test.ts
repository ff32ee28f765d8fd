import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canTransition, TRANSITIONS } from './conversations.service.js';

describe('conversation status state machine', () => {
  it('allows the documented transitions only', () => {
    assert.ok(canTransition('OPEN', 'HANDED_OFF'));
    assert.ok(canTransition('HANDED_OFF', 'OPEN'));
    assert.ok(canTransition('RESOLVED', 'OPEN'));
    assert.ok(canTransition('CLOSED', 'OPEN'));
    assert.ok(!canTransition('CLOSED', 'RESOLVED'));
    assert.ok(!canTransition('RESOLVED', 'HANDED_OFF'));
    assert.ok(!canTransition('CLOSED', 'HANDED_OFF'));
  });

  it('never lists a self-transition and every state can reach OPEN', () => {
    for (const [from, tos] of Object.entries(TRANSITIONS)) {
      assert.ok(!tos.includes(from as never), from);
      assert.ok(from === 'OPEN' || tos.includes('OPEN'), from);
    }
  });
});
