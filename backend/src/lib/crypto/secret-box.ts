// AES-256-GCM for secrets at rest (channel config, helpdesk keys). Keys come from
// ENCRYPTION_KEYS ("id:base64key,...") and every ciphertext is stored next to the id of the key
// that sealed it, so a new active key can be introduced while old rows still decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Env } from '../../config/env.js';

const VERSION = 'v1';

export interface Sealed {
  ciphertext: string;
  keyId: string;
}

export class SecretBox {
  private readonly keys = new Map<string, Buffer>();

  constructor(keysSpec: string, private readonly activeKeyId: string) {
    for (const entry of keysSpec.split(',').map((s) => s.trim()).filter(Boolean)) {
      const at = entry.indexOf(':');
      const id = entry.slice(0, at);
      const key = Buffer.from(entry.slice(at + 1), 'base64');
      if (at < 1 || key.length !== 32) throw new Error(`ENCRYPTION_KEYS entry "${id || '?'}" must be id:<32 bytes base64>`);
      this.keys.set(id, key);
    }
    if (!this.keys.has(activeKeyId)) throw new Error('ENCRYPTION_ACTIVE_KEY_ID names no key in ENCRYPTION_KEYS');
  }

  /** Seals a JSON-serialisable value with the active key. `aad` binds it to its row. */
  seal(value: unknown, aad = ''): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const ciphertext = [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
    return { ciphertext, keyId: this.activeKeyId };
  }

  open<T = unknown>(sealed: Sealed, aad = ''): T {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new Error(`encryption key "${sealed.keyId}" is not configured`);
    const [version, iv, tag, body] = sealed.ciphertext.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('malformed ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  /** True when the value was sealed with an older key and should be re-sealed on next write. */
  isStale(keyId: string): boolean {
    return keyId !== this.activeKeyId;
  }
}

const cache = new WeakMap<Env, SecretBox>();
/** One SecretBox per parsed environment (the container's env object). */
export function secretBox(env: Env): SecretBox {
  let box = cache.get(env);
  if (!box) {
    box = new SecretBox(env.ENCRYPTION_KEYS, env.ENCRYPTION_ACTIVE_KEY_ID);
    cache.set(env, box);
  }
  return box;
}

/** `••••` + the last 4 characters; short values reveal nothing (4 of 6 would be most of it). */
export function maskSecret(value: string): string {
  return value.length >= 12 ? `••••${value.slice(-4)}` : '••••';
}

/** Copy of `config` with the named secret fields masked and everything else as is. */
export function maskFields(config: Record<string, unknown>, secretFields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    out[k] = secretFields.includes(k) && typeof v === 'string' && v ? maskSecret(v) : v;
  }
  return out;
}
