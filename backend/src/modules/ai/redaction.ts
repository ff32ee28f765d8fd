// Redacts personal data before text leaves for an external LLM, and restores it in the reply.
// Placeholders are stable per value within one turn so the model can refer to them consistently.

export interface Redaction {
  text: string;
  /** placeholder → original value */
  map: Map<string, string>;
}

const PATTERNS: { kind: string; re: RegExp; valid?: (s: string) => boolean }[] = [
  { kind: 'EMAIL', re: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
  // 13–19 digits with optional spaces/dashes, Luhn-checked so order numbers are left alone.
  { kind: 'CARD', re: /\b(?:\d[ -]?){12,18}\d\b/g, valid: (s) => luhn(s.replace(/\D/g, '')) },
  // Phone numbers: optional +country, optional (area), 7+ digits overall.
  { kind: 'PHONE', re: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}\b/g, valid: (s) => s.replace(/\D/g, '').length >= 7 },
];

export function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function redact(text: string, map: Map<string, string> = new Map()): Redaction {
  const byValue = new Map([...map].map(([k, v]) => [v, k]));
  const counters: Record<string, number> = {};
  for (const k of map.keys()) {
    const kind = k.slice(1).split('_')[0];
    counters[kind] = (counters[kind] ?? 0) + 1;
  }
  let out = text;
  for (const { kind, re, valid } of PATTERNS) {
    out = out.replace(re, (m) => {
      if (valid && !valid(m)) return m;
      const existing = byValue.get(m);
      if (existing) return existing;
      counters[kind] = (counters[kind] ?? 0) + 1;
      const ph = `[${kind}_${counters[kind]}]`;
      map.set(ph, m);
      byValue.set(m, ph);
      return ph;
    });
  }
  return { text: out, map };
}

export function restore(text: string, map: Map<string, string>): string {
  let out = text;
  for (const [ph, value] of map) out = out.split(ph).join(value);
  return out;
}
