import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEnv } from '../../config/env.js';
import { helpdeskDriverFor } from './helpdesk-drivers.js';

describe('helpdeskDriverFor', () => {
  const env = parseEnv({ NODE_ENV: 'test' });

  it('picks the first provider with complete keys', () => {
    assert.equal(helpdeskDriverFor(env, {}), null);
    assert.equal(helpdeskDriverFor(env, { zendesk: { subdomain: 'acme', email: 'a@b.c' } }), null, 'incomplete zendesk keys');
    assert.equal(helpdeskDriverFor(env, { zendesk: { subdomain: 'acme', email: 'a@b.c', apiToken: 't' } })?.provider, 'zendesk');
    assert.equal(helpdeskDriverFor(env, { gorgias: { domain: 'acme', email: 'a@b.c', apiKey: 'k' } })?.provider, 'gorgias');
    assert.equal(helpdeskDriverFor(env, { freshdesk: { domain: 'acme', apiKey: 'k' } })?.provider, 'freshdesk');
  });

  it('defaults to the providers\' real hosts', () => {
    assert.equal(env.ZENDESK_BASE_URL, 'https://{subdomain}.zendesk.com');
    assert.equal(env.GORGIAS_BASE_URL, 'https://{domain}.gorgias.com');
    assert.equal(env.FRESHDESK_BASE_URL, 'https://{domain}.freshdesk.com');
  });
});
