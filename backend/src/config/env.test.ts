import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv, ZEnv } from './env.js';
import { repoRoot } from '../lib/paths.js';

describe('environment parsing', () => {
  it('defaults to the embedded mode with local AI', () => {
    const env = parseEnv({});
    assert.equal(env.dbMode, 'pglite');
    assert.equal(env.queueMode, 'inline');
    assert.equal(env.aiProvider, 'local');
    assert.equal(env.PORT, 3001);
  });

  it('switches to real services and OpenAI when configured', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u@h:5432/d', REDIS_URL: 'redis://h:6379', OPENAI_API_KEY: 'sk-x' });
    assert.equal(env.dbMode, 'postgres');
    assert.equal(env.queueMode, 'bullmq');
    assert.equal(env.aiProvider, 'openai');
  });

  it('treats empty strings as unset (docker-compose passes empty values)', () => {
    const env = parseEnv({ DATABASE_URL: '', OPENAI_API_KEY: '' });
    assert.equal(env.dbMode, 'pglite');
    assert.equal(env.aiProvider, 'local');
  });

  it('refuses dev secrets in production and names every bad field', () => {
    assert.throws(() => parseEnv({ NODE_ENV: 'production' }), /JWT_SECRET[\s\S]*ENCRYPTION_KEYS/);
    assert.throws(() => parseEnv({ PORT: 'abc', LOG_LEVEL: 'loud' }), /PORT[\s\S]*LOG_LEVEL/);
    assert.throws(() => parseEnv({ AI_PROVIDER: 'openai' }), /OPENAI_API_KEY/);
    assert.throws(() => parseEnv({ ENCRYPTION_ACTIVE_KEY_ID: 'k9' }), /ENCRYPTION_ACTIVE_KEY_ID/);
  });

  it('.env.example documents every variable and parses as it stands', () => {
    const text = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const keys = Object.keys((ZEnv as unknown as { in: { shape: Record<string, unknown> } }).in.shape);
    const missing = keys.filter((k) => !new RegExp(`^#?\\s*${k}=`, 'm').test(text));
    assert.deepEqual(missing, []);
    const values = Object.fromEntries(
      text.split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => {
        const [k, ...rest] = l.split('=');
        return [k, rest.join('=').replace(/\s+#.*$/, '').trim()];
      }),
    );
    assert.doesNotThrow(() => parseEnv(values));
  });
});
