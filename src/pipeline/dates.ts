// Stage 4: date expressions → intervals in the article's time zone, relative to publication.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../data/types';
import { addDays, civilToInstant, compareCivil, daysInMonth, endOfDay, instantToCivil, spanOf, startOfDay, toIso, weekday } from './time';
import type { Civil, DateMention, Sentence } from './types';

export interface DateContext {
  published: Civil;
  tz: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

interface Found {
  start: number; // offset in the sentence
  end: number;
  from: Civil;
  to: Civil;
  precision: DatePrecision;
  /** Time of day only; the day comes from context. */
  timeOnly?: boolean;
  utcOffset?: number;
}

const monday = (c: Civil) => addDays(c, -((weekday(c) + 6) % 7));

/** Patterns chrono does not read the way a news report means them. */
function custom(s: string, ctx: DateContext): Found[] {
  const p = ctx.published;
  const out: Found[] = [];
  const push = (m: RegExpMatchArray, from: Civil, to: Civil, precision: DatePrecision) =>
    out.push({ start: m.index!, end: m.index! + m[0].length, from: startOfDay(from), to: endOfDay(to), precision });
  for (const m of s.matchAll(/\b(?:(last|this|next|the\s+past|the\s+previous|previous|past)\s+(week|month|year))\b/gi)) {
    const which = m[1].toLowerCase().replace(/^the\s+/, '');
    const unit = m[2].toLowerCase();
    if (unit === 'week') {
      if (which === 'past') push(m, addDays(p, -7), p, 'week');
      else {
        const mon = addDays(monday(p), which === 'this' ? 0 : which === 'next' ? 7 : -7);
        push(m, mon, addDays(mon, 6), 'week');
      }
    } else if (unit === 'month') {
      if (which === 'past') push(m, addDays(p, -30), p, 'month');
      else {
        const k = which === 'this' ? 0 : which === 'next' ? 1 : -1;
        const y = p.y + Math.floor((p.m - 1 + k) / 12);
        const mo = ((((p.m - 1 + k) % 12) + 12) % 12) + 1;
        push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month');
      }
    } else {
      if (which === 'past') push(m, addDays(p, -365), p, 'year');
      else {
        const y = p.y + (which === 'this' ? 0 : which === 'next' ? 1 : -1);
        push(m, { y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year');
      }
    }
  }
  for (const m of s.matchAll(/\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few|past\s+few)\s+(days|weeks|months)\b/gi)) {
    const unit = m[1].toLowerCase();
    const back = unit === 'days' ? 7 : unit === 'weeks' ? 28 : 90;
    push(m, addDays(p, -back), p, unit === 'days' ? 'week' : 'month');
  }
  for (const m of s.matchAll(/\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase();
    if (unit === 'day') push(m, addDays(p, -n), addDays(p, -n), 'day');
    else if (unit === 'week') push(m, addDays(p, -7 * n - 3), addDays(p, -7 * n + 3), 'week');
    else if (unit === 'month') {
      const k = p.y * 12 + (p.m - 1) - n;
      const y = Math.floor(k / 12);
      const mo = (k % 12) + 1;
      push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month');
    } else push(m, { y: p.y - n, m: 1, d: 1 }, { y: p.y - n, m: 12, d: 31 }, 'year');
  }
  // "early 2019", "mid-2018", "late 2017", "the end of 2019".
  for (const m of s.matchAll(/\b(early|mid|late|the\s+(?:start|beginning|end)\s+of|the\s+middle\s+of)[\s-]+((?:19|20)\d\d)\b/gi)) {
    const y = Number(m[2]);
    const w = m[1].toLowerCase();
    const [a, b] = /early|start|beginning/.test(w) ? [1, 4] : /mid|middle/.test(w) ? [5, 8] : [9, 12];
    push(m, { y, m: a, d: 1 }, { y, m: b, d: daysInMonth(y, b) }, 'month');
  }
  // "in 2018", "since 2010": a bare year after a preposition (not "2018-19", not an amount).
  for (const m of s.matchAll(/\b(?:in|since|during|by|until|before|after|from|of)\s+((?:19|20)\d\d)\b(?![-–/]?\d)(?!\s*(?:people|troops|soldiers|km|kilometres|miles|won|dollars))/gi)) {
    const y = Number(m[1]);
    const start = m.index! + m[0].length - m[1].length;
    out.push({ start, end: start + 4, from: { y, m: 1, d: 1, h: 0, mi: 0 }, to: { y, m: 12, d: 31, h: 23, mi: 59 }, precision: 'year' });
  }
  return out;
}

// chrono results we refuse: future offsets ("for the first time in 11 years"), bare numbers.
const REJECT = /^(?:in|within|for|after)\s+(?:\d+|a|an|one|two|three|several|few)\b|^\d{1,2}$|^(?:now|then|once|may|march)$/i;

function fromChrono(s: string, ctx: DateContext): Found[] {
  const p = ctx.published;
  const refInstant = new Date(civilToInstant({ ...p, h: 12, mi: 0 }, ctx.tz));
  const tzOffset = Math.round((civilToInstant({ ...p, h: 12, mi: 0 }, 'UTC') - refInstant.getTime()) / 60000);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(s, { instant: refInstant, timezone: tzOffset }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: Found[] = [];
  for (const r of results) {
    const text = r.text.replace(/[\s,.;:]+$/, '').trim();
    // Lower-case weekday abbreviations are words ("they sat on higher ground").
    if (REJECT.test(text) || /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|noon|midnight)$/.test(text)) continue;
    const c = r.start;
    const known = (k: chrono.Component) => c.isCertain(k);
    const hasTime = known('hour');
    const lead = r.text.length - r.text.trimStart().length;
    const found: Found = { start: r.index + lead, end: r.index + lead + text.length, from: p, to: p, precision: 'day' };
    let day: Civil | null = null;
    let precision: DatePrecision = 'day';
    if (known('day') && known('month')) {
      let y = known('year') ? c.get('year')! : p.y;
      let d: Civil = { y, m: c.get('month')!, d: c.get('day')! };
      // A date without its year is the latest such date on or before publication (a day's grace).
      if (!known('year') && compareCivil(d, addDays(p, 1)) > 0) d = { ...d, y: --y };
      day = d;
    } else if (known('weekday') && !known('day')) {
      const w = c.get('weekday')!;
      day = addDays(p, -((weekday(p) - w + 7) % 7));
    } else if (known('month')) {
      let y = known('year') ? c.get('year')! : p.y;
      if (!known('year') && c.get('month')! > p.m) y--;
      day = { y, m: c.get('month')!, d: 1 };
      precision = 'month';
    } else if (known('year') && !hasTime) {
      day = { y: c.get('year')!, m: 1, d: 1 };
      precision = 'year';
    } else if (c.get('day') != null && !hasTime && /\b(?:today|yesterday|tonight|tomorrow)\b/i.test(text)) {
      day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
    }
    if (/\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(text)) {
      day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
    }
    if (hasTime && precision === 'day') {
      const t: Civil = { ...(day ?? p), h: c.get('hour')!, mi: known('minute') ? c.get('minute')! : 0 };
      found.from = found.to = t;
      found.precision = known('minute') ? 'minute' : 'hour';
      if (known('timezoneOffset')) found.utcOffset = c.get('timezoneOffset')!;
      if (!day) found.timeOnly = true;
    } else if (day) {
      [found.from, found.to] = spanOf(day, precision);
      found.precision = precision;
    } else continue;
    if (r.end && (r.end.isCertain('day') || r.end.isCertain('month')) && !hasTime) {
      const e = r.end;
      const ed: Civil = { y: e.isCertain('year') ? e.get('year')! : found.from.y, m: e.get('month')!, d: e.get('day')! };
      if (compareCivil(ed, found.from) >= 0) found.to = endOfDay(ed);
    }
    out.push(found);
  }
  return out;
}

// "said on Monday", "the ministry said Monday": the date of the report, not of the event.
const REPORTING_BEFORE = /\b(?:said|says|announced|reported|added|told\s+[\w\s]{1,30}?|confirmed|stated)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * Date expressions in the sentences. Time-of-day mentions take their day from the latest dated
 * sentence of the same or previous paragraph, else the publication date. A stated GMT/UTC time
 * right after a local one ("2:49pm local time (05:49 GMT)") is checked, not counted again.
 * @param text the original article text
 * @param sentences findSentences output
 * @param ctx publication date (civil, in tz) and tz
 */
export function findDates(text: string, sentences: Sentence[], ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  let lastDay: { day: Civil; paragraph: number } | null = null;
  for (const s of sentences) {
    const list = custom(s.text, ctx);
    for (const f of fromChrono(s.text, ctx)) if (!list.some((o) => o.start < f.end && f.start < o.end)) list.push(f);
    list.sort((a, b) => a.start - b.start);
    const mentions: DateMention[] = [];
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (f.utcOffset != null && f.timeOnly) {
        // A UTC time in brackets after a local time checks it; alone, it is converted.
        const prev = mentions[mentions.length - 1];
        const between = prev ? s.text.slice(prev.end - s.start, f.start) : '';
        const instant = Date.UTC(ctx.published.y, ctx.published.m - 1, ctx.published.d, f.from.h ?? 0, f.from.mi ?? 0) - f.utcOffset * 60000;
        if (prev && prev.precision === 'minute' && /^[^.;]{0,25}\(\s*$/.test(between)) {
          const local = civilToInstant(prev.from, ctx.tz);
          const diff = Math.abs(((local - instant) / 60000) % 1440);
          prev.utc_check = { text: s.text.slice(f.start, f.end), ok: diff === 0 || diff === 1440 };
          // The date's words run to the checked time: "2:49pm local time (05:49 GMT)".
          const close = s.text.indexOf(')', f.end);
          prev.end = s.start + (close >= 0 && close - f.end < 3 ? close + 1 : f.end);
          prev.text = text.slice(prev.start, prev.end);
          continue;
        }
        const c = instantToCivil(instant, ctx.tz);
        f.from = f.to = c;
        f.timeOnly = false;
      }
      if (f.timeOnly) {
        // "On Aug. 4 at around 7:40 a.m.": the time belongs to the day just before it.
        const prev = mentions[mentions.length - 1];
        const gap = prev ? s.text.slice(prev.end - s.start, f.start) : '';
        if (prev && prev.precision === 'day' && /^[\s,]*(?:at|around|at\s+around|at\s+about|about)?\s*$/i.test(gap)) {
          const t: Civil = { ...prev.from, h: f.from.h, mi: f.from.mi };
          prev.from = prev.to = t;
          prev.precision = f.precision;
          prev.end = s.start + f.end;
          prev.text = text.slice(prev.start, prev.end);
          prev.date_start = prev.date_end = toIso(t, ctx.tz);
          continue;
        }
        const sameSentence = [...mentions].reverse().find((m) => m.precision === 'day' && !m.reporting);
        const base = sameSentence ? sameSentence.from : lastDay && s.paragraph - lastDay.paragraph <= 1 ? lastDay.day : ctx.published;
        f.from = f.to = { y: base.y, m: base.m, d: base.d, h: f.from.h, mi: f.from.mi };
      }
      const start = s.start + f.start;
      const end = s.start + f.end;
      const before = text.slice(Math.max(s.start, start - 40), start);
      const to = f.to;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        from: f.from,
        to,
        precision: f.precision,
        date_start: toIso(f.from, ctx.tz),
        date_end: f.precision === 'minute' ? toIso(to, ctx.tz) : toIso(to, ctx.tz, 59),
        reporting: REPORTING_BEFORE.test(before),
        sentence: s.index,
      });
    }
    // "since January": from then until publication; the words keep "since".
    for (const m of mentions) {
      const since = /\bsince\s+$/i.exec(text.slice(Math.max(s.start, m.start - 8), m.start));
      if (since) {
        m.start -= since[0].length;
        m.text = text.slice(m.start, m.end);
        m.to = endOfDay(ctx.published);
        m.date_end = toIso(m.to, ctx.tz, 59);
      }
    }
    for (const m of mentions) if (['minute', 'hour', 'day'].includes(m.precision) && !m.reporting) lastDay = { day: m.from, paragraph: s.paragraph };
    out.push(...mentions);
  }
  return out;
}
