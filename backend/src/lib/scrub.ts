// Removes secrets from anything that is about to be logged. Matching is by key name, so a
// new secret field is covered as long as its name says what it is.
const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|apikey|credential|private|signature|config(Encrypted)?$|smtp|^auth$/i;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const KEY_VALUE = /\b(password|passwd|pwd|secret|token|api[_-]?key|authorization)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&,;]+)/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\b/g;

export const REDACTED = '[redacted]';

export function scrubString(s: string): string {
  return s.replace(BEARER, `$1 ${REDACTED}`).replace(JWT, REDACTED).replace(KEY_VALUE, `$1$2${REDACTED}`);
}

export function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value instanceof Error) {
    return { name: value.name, message: scrubString(value.message), stack: value.stack && scrubString(value.stack) };
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEY.test(k) && v !== undefined && v !== null ? REDACTED : scrub(v, depth + 1);
    }
    return out;
  }
  return value;
}
