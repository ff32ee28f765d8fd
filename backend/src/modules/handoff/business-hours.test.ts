import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeOpening, isOpen, nextOpening } from './business-hours.js';

describe('business hours', () => {
  const ny = { start: '09:00', end: '17:00', timezone: 'America/New_York' };

  it('uses the store time zone, not UTC', () => {
    // 14:00 UTC = 09:00/10:00 in New York depending on DST; 13:00 UTC on 2026-01-15 is 08:00 EST.
    assert.equal(isOpen(ny, new Date('2026-01-15T13:59:00Z')), false);
    assert.equal(isOpen(ny, new Date('2026-01-15T14:00:00Z')), true);
    assert.equal(isOpen(ny, new Date('2026-01-15T21:59:00Z')), true);
    assert.equal(isOpen(ny, new Date('2026-01-15T22:00:00Z')), false);
    // Summer (EDT, UTC-4): 13:00 UTC is 09:00 local.
    assert.equal(isOpen(ny, new Date('2026-07-15T13:00:00Z')), true);
  });

  it('handles overnight hours', () => {
    const night = { start: '22:00', end: '06:00', timezone: 'UTC' };
    assert.equal(isOpen(night, new Date('2026-01-15T23:00:00Z')), true);
    assert.equal(isOpen(night, new Date('2026-01-15T05:59:00Z')), true);
    assert.equal(isOpen(night, new Date('2026-01-15T12:00:00Z')), false);
  });

  it('computes the next opening and a shopper-friendly ETA', () => {
    const evening = new Date('2026-01-15T23:30:00Z'); // 18:30 EST
    assert.equal(nextOpening(ny, evening)?.toISOString(), '2026-01-16T14:00:00.000Z');
    assert.equal(describeOpening(ny, evening), '9:00 tomorrow (America/New_York)');
    const early = new Date('2026-01-15T12:00:00Z'); // 07:00 EST
    assert.equal(describeOpening(ny, early), '9:00 today (America/New_York)');
    assert.equal(nextOpening(ny, new Date('2026-01-15T15:00:00Z')), null);
  });
});
