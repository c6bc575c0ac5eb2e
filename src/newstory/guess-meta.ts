// Prefills for the new-story form from the text itself; the reader checks and edits them.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1945 || y > 2100 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The first full date near the top of an article ("16 Jun 2020", "June 16, 2020", "2020-06-16",
 * "2020.06.16"): usually its dateline or publication line. Null when there is none.
 */
export function guessPublished(text: string): string | null {
  const head = text.slice(0, 3000);
  const candidates: Array<{ at: number; day: string | null }> = [];
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  for (const m of head.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${month}\\s*,?\\s+(\\d{4})\\b`, 'gi')))
    candidates.push({ at: m.index, day: valid(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]) });
  for (const m of head.matchAll(new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`, 'gi')))
    candidates.push({ at: m.index, day: valid(+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]) });
  for (const m of head.matchAll(/\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/g)) candidates.push({ at: m.index, day: valid(+m[1], +m[2], +m[3]) });
  return candidates.filter((c) => c.day).sort((a, b) => a.at - b.at)[0]?.day ?? null;
}

/** The first line, when it is short enough to be a headline; else the start of the text. */
export function guessTitle(text: string): string {
  const first = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  if (first.length <= 200) return first;
  return first.slice(0, 100).replace(/\s+\S*$/, '') + '…';
}

/** True for an IANA time zone this browser knows. */
export function validTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Zones offered first in the form (any other IANA zone can be typed). */
export const COMMON_TIME_ZONES = ['Asia/Seoul', 'Asia/Pyongyang', 'Asia/Tokyo', 'Asia/Shanghai', 'UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'];

/** Today in the reader's own zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
