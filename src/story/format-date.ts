import type { DatePrecision } from '../data/types';

// Building an Intl.DateTimeFormat costs far more than using one: long lists reuse them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tz + JSON.stringify(o);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, ...o })));
  return f;
}

/** Formats an event's date for a reader: local time in the story's zone, plus UTC where the time is known. */
export function formatEventDate(startIso: string, endIso: string, precision: DatePrecision, tz: string): { local: string; utc?: string } {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime())) return { local: 'date unknown' };
  const opt = (o: Intl.DateTimeFormatOptions) => formatter(tz, o);
  const zoneName = opt({ timeZoneName: 'short' })
    .formatToParts(start)
    .find((p) => p.type === 'timeZoneName')?.value;
  switch (precision) {
    case 'minute':
    case 'hour': {
      const local = `${opt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start)}, ${opt({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start)}${zoneName ? ` ${zoneName === 'GMT+9' && tz === 'Asia/Seoul' ? 'KST' : zoneName}` : ''}`;
      const utc = `${formatter('UTC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start)} UTC`;
      return { local, utc };
    }
    case 'day':
      return { local: opt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start) };
    case 'week': {
      const last = new Date(end.getTime() - 1);
      return { local: `${opt({ day: 'numeric', month: 'short' }).format(start)} – ${opt({ day: 'numeric', month: 'short', year: 'numeric' }).format(last)}` };
    }
    case 'month': {
      const last = new Date(end.getTime() - 1);
      const a = opt({ month: 'long', year: 'numeric' }).format(start);
      const b = opt({ month: 'long', year: 'numeric' }).format(last);
      return { local: a === b ? a : `${a} – ${b}` };
    }
    case 'year': {
      const last = new Date(end.getTime() - 1);
      const a = opt({ year: 'numeric' }).format(start);
      const b = opt({ year: 'numeric' }).format(last);
      return { local: a === b ? a : `${a} – ${b}` };
    }
  }
}
