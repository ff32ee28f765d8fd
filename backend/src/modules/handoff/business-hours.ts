// Business hours in the store's time zone (Intl, no tz library). Hours apply every day; an
// end before the start means overnight hours (e.g. 22:00–06:00).
export interface BusinessHours {
  start: string; // HH:MM
  end: string; // HH:MM
  timezone: string;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Minutes since local midnight in `timezone` at `now`. */
export function localMinutes(now: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

export function isOpen(hours: BusinessHours, now = new Date()): boolean {
  const s = minutes(hours.start);
  const e = minutes(hours.end);
  if (s === e) return true; // same start and end: always open
  const t = localMinutes(now, safeTz(hours.timezone));
  return s < e ? t >= s && t < e : t >= s || t < e;
}

/** When the team is next available: null if open now, else the instant hours next start. */
export function nextOpening(hours: BusinessHours, now = new Date()): Date | null {
  if (isOpen(hours, now)) return null;
  const t = localMinutes(now, safeTz(hours.timezone));
  let wait = minutes(hours.start) - t;
  if (wait <= 0) wait += 24 * 60;
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}

/** "9:00 (America/New_York), tomorrow" style text for the shopper. */
export function describeOpening(hours: BusinessHours, now = new Date()): string {
  const at = nextOpening(hours, now);
  if (!at) return 'now';
  const tz = safeTz(hours.timezone);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const [h, m] = hours.start.split(':');
  const when = day(at) === day(now) ? 'today' : 'tomorrow';
  return `${Number(h)}:${m} ${when} (${tz})`;
}

function safeTz(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}
