// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate is silently turned into U+FFFD
// on the way in. Both are refused up front with a field path instead of a 500 or a mangled row.
import type { TFieldError } from '@convix/shared/errors';

const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableText(value: unknown, path: string, depth = 0): TFieldError | null {
  if (typeof value === 'string') return BAD.test(value) ? { path, message: 'contains a NUL byte or an invalid Unicode sequence', code: 'invalid_string' } : null;
  if (depth > 20 || !value || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    if (BAD.test(k)) return { path: `${path}.${k.replace(BAD, '?')}`, message: 'field name contains a NUL byte or an invalid Unicode sequence', code: 'invalid_key' };
    const found = unstorableText(v, `${path}.${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}
