// Civil dates in a named time zone, using only Intl (works in Node and browsers).
import type { DatePrecision } from '../data/types';
import type { Civil } from './types';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`unknown time zone "${tz}" (expected an IANA name such as Asia/Seoul)`);
    }
    formatters.set(tz, f);
  }
  return f;
}

/** Throws a plain error when tz is not an IANA time zone. */
export function checkTimeZone(tz: string): void {
  formatter(tz);
}

// Offsets by zone and quarter hour: zones change offset on the quarter hour at the finest, and Intl's
// formatToParts is the pipeline's most expensive call.
const offsets = new Map<string, Map<number, number>>();
const QUARTER = 15 * 60000;

/** The zone's offset from UTC in minutes at an instant. */
export function offsetMinutes(instantMs: number, tz: string): number {
  // By zone, then by quarter number: no key string to build on every call.
  const quarter = Math.floor(instantMs / QUARTER);
  let byQuarter = offsets.get(tz);
  if (!byQuarter) offsets.set(tz, (byQuarter = new Map()));
  let off = byQuarter.get(quarter);
  if (off === undefined) {
    if (byQuarter.size > 50_000) byQuarter.clear();
    byQuarter.set(quarter, (off = computeOffset(quarter * QUARTER, tz)));
  }
  return off;
}

function computeOffset(instantMs: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instantMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** The instant (ms) of a civil time in tz. */
export function civilToInstant(c: Civil, tz: string, second = 0): number {
  const guess = Date.UTC(c.y, c.m - 1, c.d, c.h ?? 0, c.mi ?? 0, second);
  let off = offsetMinutes(guess, tz);
  off = offsetMinutes(guess - off * 60000, tz);
  return guess - off * 60000;
}

/** The civil time in tz of an instant. */
export function instantToCivil(ms: number, tz: string): Civil {
  const off = offsetMinutes(ms, tz);
  const d = new Date(ms + off * 60000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes() };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the zone's offset, e.g. 2020-06-16T14:49:00+09:00. */
export function toIso(c: Civil, tz: string, second = 0): string {
  const off = offsetMinutes(civilToInstant(c, tz, second), tz);
  const sign = off < 0 ? '-' : '+';
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}T${pad(c.h ?? 0)}:${pad(c.mi ?? 0)}:${pad(second)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

export function addDays(c: Civil, n: number): Civil {
  const d = new Date(Date.UTC(c.y, c.m - 1, c.d + n));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(c: Civil): number {
  return new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Compare two civil times (missing hour/minute count as 0). */
export function compareCivil(a: Civil, b: Civil): number {
  return (a.y - b.y) * 1e8 + (a.m - b.m) * 1e6 + (a.d - b.d) * 1e4 + ((a.h ?? 0) - (b.h ?? 0)) * 100 + ((a.mi ?? 0) - (b.mi ?? 0));
}

/** Parse YYYY-MM-DD strictly; throws a plain error naming the bad value. */
export function parseDay(s: string, what = 'date'): Civil {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= daysInMonth(c.y, c.m)) return c;
  }
  throw new Error(`bad ${what} "${s}": expected a real calendar date as YYYY-MM-DD`);
}

/** The last moment of an interval that starts at `from` with a precision, as [from, to]. */
export function spanOf(from: Civil, precision: DatePrecision): [Civil, Civil] {
  switch (precision) {
    case 'minute':
      return [from, from];
    case 'hour':
      return [{ ...from, mi: 0 }, { ...from, mi: 59 }];
    case 'day':
      return [{ y: from.y, m: from.m, d: from.d, h: 0, mi: 0 }, { y: from.y, m: from.m, d: from.d, h: 23, mi: 59 }];
    case 'week': {
      const end = addDays(from, 6);
      return [{ ...from, h: 0, mi: 0 }, { ...end, h: 23, mi: 59 }];
    }
    case 'month':
      return [{ y: from.y, m: from.m, d: 1, h: 0, mi: 0 }, { y: from.y, m: from.m, d: daysInMonth(from.y, from.m), h: 23, mi: 59 }];
    case 'year':
      return [{ y: from.y, m: 1, d: 1, h: 0, mi: 0 }, { y: from.y, m: 12, d: 31, h: 23, mi: 59 }];
  }
}

export function startOfDay(c: Civil): Civil {
  return { y: c.y, m: c.m, d: c.d, h: 0, mi: 0 };
}
export function endOfDay(c: Civil): Civil {
  return { y: c.y, m: c.m, d: c.d, h: 23, mi: 59 };
}
