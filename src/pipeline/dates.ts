// Stage 4: date expressions → intervals in the article's time zone. A date is read against the
// publication date, or against the discourse ("later that day", a bare "at 3 p.m."), forward when the
// sentence looks ahead ("will resume from Saturday"), and as a name when it names something ("the Sept. 19 accord").
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../data/types';
import { addDays, civilToInstant, compareCivil, daysInMonth, endOfDay, instantToCivil, spanOf, startOfDay, toIso, weekday } from './time';
import { execAll } from './regex';
import type { Civil, DateMention, Sentence } from './types';

export interface DateContext {
  published: Civil;
  tz: string;
}

/** What a sentence's dates are read against. */
interface Frame {
  published: Civil;
  /** The discourse's day: the latest happening's day told before this sentence (else publication). */
  ref: Civil;
  /** Does the clause before this offset of the sentence look ahead? Dates there resolve forward. */
  futureAt: (offset: number) => boolean;
  /** Does the clause before this offset tell a happening in the present tense ("reopens to the public on May 9")? */
  presentAt?: (offset: number) => boolean;
  /** The latest explicit year told so far (for "the same year", a named date). */
  year: number | null;
  /** A bare year told in this sentence ("In 1953, … on July 27") and where: later yearless days are in it. */
  yearHere?: { at: number; y: number };
  /** Is there a clause break between two offsets of the sentence ("in 2017 before returning on July 18")? */
  clauseBetween: (a: number, b: number) => boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Compiled once (a RegExp built inside a loop is built again for every sentence).
const FULL_DATE = new RegExp(`\\b${MONTH_RE}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,\\s*((?:19|20)\\d\\d)\\b`, 'gi');
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH_RE}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi');
// "this day last year on February 10th": the year told before the month.
const YEAR_THEN_MONTH = new RegExp(`\\b(last|this|next)\\s+year,?\\s+(?:on|in)\\s+${MONTH_RE}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?\\b`, 'gi');
const CLAUSE_BETWEEN = /\b(?:before|after|until|then|but|and|while|when|since|later|earlier)\b|[;—]/i;
const MONTH_BEFORE_YEAR = new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(?:of\\s+)?$`, 'i');
const MONTH_OF_SAME_YEAR = new RegExp(`\\b${MONTH_RE}\\.?(?:\\s+(\\d{1,2}))?,?\\s+(?:of\\s+)?(?:the\\s+same|that)\\s+year\\b`, 'gi');
const LAST_MONTH = new RegExp(`\\b(last|this|next)\\s+(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)(?!\\s*\\d)`, 'gi');
const monthOf = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const num = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

interface Found {
  start: number; // offset in the sentence
  end: number;
  from: Civil;
  to: Civil;
  precision: DatePrecision;
  /** Time of day only; the day comes from context. */
  timeOnly?: boolean;
  utcOffset?: number;
  attributive?: boolean;
  planned?: boolean;
  /** "that morning", "later that day": the day of the sentence's other date, else the discourse's. */
  sameDay?: boolean;
  /** "the following day", "two days later": days after the sentence's own earlier day, else the discourse's. */
  offsetDays?: number;
  /** A bare weekday, read as the latest such day on or before the paper's. */
  weekdayBack?: boolean;
}

const monday = (c: Civil) => addDays(c, -((weekday(c) + 6) % 7));
// A sentence that looks ahead. Dates in it without a year resolve forward.
const FUTURE = /\b(?:will|shall|'ll|should|must|(?:has|have|need|needs)\s+to|ahead\s+of|(?:offer|offered|offering|offers|propose|proposed|proposing|proposes|suggest|suggested|suggests)\s+(?:a|an|to\s+hold|holding)\s|is\s+to|are\s+to|(?:agreed|agrees|decided|decides|decision|promised|pledged|vowed|offered|proposed|arranged|ordered)\s+(?:[\w.]+\s+){0,3}?to\s+(?:hold|meet|open|resume|reopen|start|begin|send|visit|restart|reconnect|stage|host|restore|restrict|halt|suspend|close|allow|ban|lift|withdraw|pull|remove)|plans?\s+(?:by\s+[\w\s'’-]{1,40}?\s+)?to|prepar(?:e|es|ing)\s+to|(?<!\b(?:was|were|had)\s)to\s+be\s+held|intent(?:ions?)?\s+to|planned\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+(?:scheduled|set|due|expected|slated|poised|going)\s+to|expected\s+to|scheduled\s+(?:for|(?:[\w-]+\s+){0,3}to)|(?:set|slated|planned|pencil+ed\s+in)\s+for|(?:want|wants|wanted|aims?|aimed|aiming|hopes?|hoped|hoping|seeks?|sought|suggests?|suggested|proposal|offers?)\s+(?:[\w.'’-]+\s+){0,8}?(?:to\s+)?(?:hold|be\s+held|held|meet|take\s+place|begin|start|resume|open|reopen|visit)|(?:could|might)\s+(?:take\s+place|be\s+held|begin|start|open|resume|reopen)|(?:due|set|slated)\s+to\s+(?:begin|start|open|resume|run|take\s+place|be\s+held|end|close|kick\s+off)|upcoming|from\s+next|starting)\b/i;
// Words after a date that make it a name: "the Sept. 19 agreement", "the 2018 summit".
const NAMES_AFTER = /^[\s,]*(?:(?:inter-korean|comprehensive|military|joint|peace|north-south|panmunjom|pyongyang|summit|basic|armistice|korean|local|general|presidential|parliamentary)\s+){0,4}(?:agreements?|accords?|declarations?|pacts?|deals?|summits?|statements?|communiqu[eé]s?|treaty|talks|resolution|elections?|polls)\b/i;

// Inter-Korean accords named by their day alone ("the Sept. 19 military agreement" is the 2018 one, whatever
// year the article is in): the June 15 declaration (2000), the Oct. 4 declaration (2007), the April 27
// Panmunjom declaration and the Sept. 19 military agreement (2018).
const MEETING_NAMED = /^[\s,]*(?:(?:inter-korean|peace|north-south|leaders'?)\s+){0,2}(?:summits?|talks|meetings?)\b/i;
const ACCORD_YEAR: Record<string, number> = { '6-15': 2000, '10-4': 2007, '4-27': 2018, '9-19': 2018 };
const SEASON = /\b(?:(this|last|next|early|late|earlier\s+this|later\s+this)\s+|(?:in\s+)?(the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of\s+((?:19|20)\d\d))?\b/gi;
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every sentence.)
const pusher = (out: Found[]) => (m: RegExpMatchArray, from: Civil, to: Civil, precision: DatePrecision, extra: Partial<Found> = {}) =>
  out.push({ start: m.index!, end: m.index! + m[0].length, from: startOfDay(from), to: endOfDay(to), precision, ...extra });

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Patterns chrono does not read the way a news report means them. */
function custom(s: string, f: Frame): Found[] {
  const p = f.published;
  const out: Found[] = [];
  const push = pusher(out);
  const relative = /\b(?:week|month|year)\b/i.test(s);
  const discourse = /\b(?:later|earlier|same|that|during|in\s+the|by|at|next|following|day|before|previous|days|of|on)\b/i.test(s);
  const digits = /\d/.test(s);
  // "this weekend": the Saturday and Sunday of the paper's week (ahead on a weekday); "over the weekend", "last
  // weekend": the one just gone.
  if (/\bweekend\b/i.test(s)) for (const m of execAll(/\b(?:(this|over\s+the|last|next|the\s+coming)\s+weekend)\b/gi, s)) {
    const which = m[1].toLowerCase();
    const w = weekday(p);
    const thisSat = w === 0 ? addDays(p, -1) : addDays(p, 6 - w);
    const sat = which === 'this' ? thisSat : which === 'next' || which === 'the coming' ? (w === 0 || w === 6 ? addDays(thisSat, 7) : thisSat) : w === 0 || w === 6 ? addDays(thisSat, w === 6 ? -7 : 0) : addDays(thisSat, -7);
    push(m, sat, addDays(sat, 1), 'week', compareCivil(sat, p) > 0 ? { planned: true } : {});
  }
  // "halted last October" in a paper of October 2020: October 2019 (the latest such month before the paper's);
  // "next March": the first ahead; "this October": the paper's year.
  if (/\b(?:last|this|next)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(s)) for (const m of execAll(LAST_MONTH, s)) {
    const which = m[1].toLowerCase();
    const mo = monthOf(m[2]);
    const y = which === 'last' ? (mo < p.m ? p.y : p.y - 1) : which === 'next' ? (mo > p.m ? p.y : p.y + 1) : p.y;
    push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month', which === 'next' ? { planned: true } : {});
  }
  if (relative) for (const m of execAll(/\b(?:(last|this|next|the\s+past|the\s+previous|previous|past|the\s+coming|coming)\s+(week|month|year))\b/gi, s)) {
    const which = m[1].toLowerCase().replace(/^the\s+/, '');
    const unit = m[2].toLowerCase();
    const fwd = which === 'next' || which === 'coming';
    if (unit === 'week') {
      if (which === 'past') push(m, addDays(p, -7), p, 'week');
      else if (which === 'coming') push(m, addDays(p, 1), addDays(p, 7), 'week', { planned: true });
      else {
        const mon = addDays(monday(p), which === 'this' ? 0 : which === 'next' ? 7 : -7);
        push(m, mon, addDays(mon, 6), 'week', fwd ? { planned: true } : {});
      }
    } else if (unit === 'month') {
      if (which === 'past') push(m, addDays(p, -30), p, 'month');
      else {
        const k = which === 'this' ? 0 : fwd ? 1 : -1;
        const y = p.y + Math.floor((p.m - 1 + k) / 12);
        const mo = ((((p.m - 1 + k) % 12) + 12) % 12) + 1;
        push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month', fwd ? { planned: true } : {});
      }
    } else {
      if (which === 'past') push(m, addDays(p, -365), p, 'year');
      else {
        const y = p.y + (which === 'this' ? 0 : fwd ? 1 : -1);
        push(m, { y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year', fwd ? { planned: true } : {});
      }
    }
  }
  // Seasons (the northern hemisphere's): "this spring", "last summer", "in the autumn of 2014", "early this year" is chrono's.
  if (/\b(?:spring|summer|autumn|fall|winter)\b/i.test(s)) for (const m of execAll(SEASON, s)) {
    const which = (m[1] ?? m[2] ?? '').toLowerCase();
    const name = m[3].toLowerCase();
    const first = SEASON_START[name];
    // The season's year: the one named, else the latest that began on or before publication ("this"), the
    // one before it ("last"), the one after ("next").
    const end = (y: number) => (first + 2 > 12 ? { y: y + 1, m: first - 10, d: daysInMonth(y + 1, first - 10) } : { y, m: first + 2, d: daysInMonth(y, first + 2) });
    let y = m[4] ? Number(m[4]) : p.y;
    if (!m[4]) {
      if (!which || which === 'the') continue; // a bare "in the spring" is often no date at all
      // The latest that began on or before publication; "last": the latest that ended before it.
      if (compareCivil({ y, m: first, d: 1 }, p) > 0) y--;
      if (which === 'last' && compareCivil(end(y), p) >= 0) y--;
      if (which === 'next') y++;
    }
    const to = end(y);
    push(m, { y, m: first, d: 1 }, to, 'month', which === 'next' ? { planned: true } : {});
  }
  if (/\bfew\b|\brecent\b/i.test(s)) for (const m of execAll(/\b(?:in\s+)?(?:recent|the\s+past\s+few|the\s+last\s+few|past\s+few)\s+(days|weeks|months)\b/gi, s)) {
    const unit = m[1].toLowerCase();
    const back = unit === 'days' ? 7 : unit === 'weeks' ? 28 : 90;
    push(m, addDays(p, -back), p, unit === 'days' ? 'week' : 'month');
  }
  if (/\bago\b/i.test(s)) for (const m of execAll(/\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago(?:\s+(?:on\s+)?(today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)?/gi, s)) {
    const n = num(m[1]);
    const unit = m[2].toLowerCase();
    // "A year ago Wednesday, North Korea shelled the island": the anniversary falls on that day, the nearest such
    // day to the paper's, ahead or gone.
    const on = m[3]?.toLowerCase();
    if (on && unit === 'year') {
      const w = on === 'today' || on === 'yesterday' ? -1 : WEEKDAYS.indexOf(on.slice(0, 3));
      const ahead = w < 0 ? 0 : (w - weekday(p) + 7) % 7;
      const day = on === 'yesterday' ? addDays(p, -1) : addDays(p, ahead > 3 ? ahead - 7 : ahead);
      const d = { y: day.y - n, m: day.m, d: Math.min(day.d, daysInMonth(day.y - n, day.m)) };
      push(m, d, d, 'day');
    } else if (unit === 'day') push(m, addDays(p, -n), addDays(p, -n), 'day');
    else if (unit === 'week') push(m, addDays(p, -7 * n - 3), addDays(p, -7 * n + 3), 'week');
    else if (unit === 'month') {
      const k = p.y * 12 + (p.m - 1) - n;
      const y = Math.floor(k / 12);
      const mo = (k % 12) + 1;
      push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month');
    } else push(m, { y: p.y - n, m: 1, d: 1 }, { y: p.y - n, m: 12, d: 31 }, 'year');
  }
  // The discourse's day: "later that day", "the next morning", "two days later", "on the same day".
  const ref = f.ref;
  if (discourse) for (const m of execAll(
    /\b(?:(?:later|earlier)\s+(?:that|in\s+the|on\s+the\s+same|the\s+same)\s+day|(?:on\s+)?the\s+same\s+day|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|(?:early|late)\s+that\s+(?:day|morning|afternoon|evening|night)|(?:in|during)\s+the\s+(?:early\s+)?(?:morning|afternoon|evening)(?!\s+of)|by\s+(?:dawn|daybreak|nightfall)|at\s+(?:dawn|daybreak))\b/gi,
    s,
  ))
    push(m, ref, ref, 'day', { sameDay: true });
  if (discourse) for (const m of execAll(/\b(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)\b/gi, s)) push(m, addDays(ref, 1), addDays(ref, 1), 'day', { offsetDays: 1 });
  if (discourse) for (const m of execAll(/\b(?:the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening))\b/gi, s)) push(m, addDays(ref, -1), addDays(ref, -1), 'day', { offsetDays: -1 });
  // "two days later"; "two days after" / "before" only at a clause's end (else: after what?).
  if (/\bdays?\b/i.test(s)) for (const m of execAll(/\b(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(later|earlier|(?:after|before)(?=\s*[,.;)]|\s*$))/gi, s)) {
    const n = num(m[1]) * (/later|after/i.test(m[2]) ? 1 : -1);
    push(m, addDays(ref, n), addDays(ref, n), 'day', { offsetDays: n });
  }
  // "…, a day after the North sent balloons": the day of what follows, counted back from the sentence's own day;
  // it dates nothing of the main clause.
  if (/\bdays?\b/i.test(s)) for (const m of execAll(/\b(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(after|before)\s+/gi, s)) {
    // (What follows: a pronoun, an article, or a name — "a day after North Korea blew up the office"; the case of a
    // name's first letter is read as written, so a bare noun does not count.)
    const next = s.slice(m.index! + m[0].length);
    if (!/^(?:the|a|an|it|he|she|they|its|their)\b/i.test(next) && !/^\p{Lu}/u.test(next)) continue;
    if (/\bit\s+(?:was|took(?:\s+\w+)?)\s+$/i.test(s.slice(Math.max(0, m.index! - 16), m.index))) continue;
    const n = num(m[1]) * (m[2].toLowerCase() === 'after' ? -1 : 1);
    out.push({ start: m.index!, end: m.index! + m[0].trimEnd().length, from: startOfDay(addDays(ref, n)), to: endOfDay(addDays(ref, n)), precision: 'day', offsetDays: n, attributive: true });
  }
  // "It was six days before it arrived", "it took two days to reach": that many days after the discourse's day.
  if (/\bdays?\b/i.test(s)) for (const m of execAll(/\bit\s+(?:was|took(?:\s+(?:it|them|him|her))?)\s+(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?:before|until|to)\b/gi, s)) {
    const n = num(m[1]);
    push(m, addDays(ref, n), addDays(ref, n), 'day', { offsetDays: n });
  }
  // "the night of the 24th", "on the 3rd": a day of the discourse's month.
  if (digits) for (const m of execAll(/\b(?:on|of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:anniversary|century|floor|division|corps|round|time))/gi, s)) {
    // ("of the 5th Infantry Division": an ordinal naming a unit, not a day.)
    if (/^\s+[A-Z][a-z]/.test(s.slice(m.index! + m[0].length))) continue;
    const d = Number(m[1]);
    // "on the 3rd of last month": the day of the month named after it (from the paper's month).
    const of = /^\s+of\s+(last|this|next|the\s+previous|the\s+same)\s+month\b/i.exec(s.slice(m.index! + m[0].length));
    const shift = of ? (/last|previous/i.test(of[1]) ? -1 : /next/i.test(of[1]) ? 1 : 0) : 0;
    // ("on the 1st" in a paper of the 1st is the paper's day, whatever month the story was in.)
    const base = (of && !/same/i.test(of[1])) || (!of && d === p.d) ? p : ref;
    const k = base.y * 12 + base.m - 1 + shift;
    let c: Civil = { y: Math.floor(k / 12), m: (k % 12) + 1, d };
    // ("on the 31st" in a paper of November 1 is October's: a day past the month's end, or ahead, is the month before.)
    if (!of && !f.futureAt(m.index!) && (d > daysInMonth(c.y, c.m) || compareCivil(c, addDays(p, 1)) > 0)) c = c.m === 1 ? { y: c.y - 1, m: 12, d } : { y: c.y, m: c.m - 1, d };
    if (d > daysInMonth(c.y, c.m)) continue;
    const start = m.index! + m[0].indexOf('the');
    out.push({ start, end: m.index! + m[0].length + (of ? of[0].length : 0), ...bounds(c), precision: 'day' });
  }
  // "early 2019", "mid-2018", "late 2017", "the end of 2019".
  if (digits) for (const m of execAll(/\b(early|mid|late|the\s+(?:start|beginning|end)\s+of|the\s+middle\s+of)[\s-]+((?:19|20)\d\d)\b/gi, s)) {
    const y = Number(m[2]);
    const w = m[1].toLowerCase();
    const [a, b] = /early|start|beginning/.test(w) ? [1, 4] : /mid|middle/.test(w) ? [5, 8] : [9, 12];
    push(m, { y, m: a, d: 1 }, { y, m: b, d: daysInMonth(y, b) }, 'month');
  }
  // "1950-53", "2017–2018": a span of years.
  if (digits) for (const m of execAll(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)\b(?![-–/]\d)/g, s)) {
    const a = Number(m[1]);
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (b > a && b - a < 50) push(m, { y: a, m: 1, d: 1 }, { y: b, m: 12, d: 31 }, 'year', { attributive: namesSomething(s, m.index!, m.index! + m[0].length) });
  }
  // "Jul. 24, 2024", "Nov 23,2010": a full date chrono misses for its punctuation.
  if (digits) for (const m of execAll(FULL_DATE, s)) {
    const c = { y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]) };
    if (c.d <= daysInMonth(c.y, c.m)) push(m, c, c, 'day');
  }
  // "May" is a month only where a month is expected: "since May", "in May", "early May".
  // (Most sentences have no "May" at all: a plain search first.)
  if (s.includes('May')) for (const m of execAll(/\b(?:since|in|from|until|by|early|late|mid-|last|next|this|of)\s+(May)\b(?!\s+\d)/g, s)) {
    const mo = 5;
    let y = p.y;
    const start = m.index! + m[0].length - 3;
    const fwd = f.futureAt(start);
    if (fwd ? mo < p.m : mo > p.m) y += fwd ? 1 : -1;
    out.push({ start, end: start + 3, from: { y, m: mo, d: 1, h: 0, mi: 0 }, to: { y, m: mo, d: 31, h: 23, mi: 59 }, precision: 'month' });
  }
  // "in September last year", "March 5 next year", "last year on February 10th": a month (and day) of a year told
  // relative to publication.
  const ofRelativeYear = (m: RegExpExecArray, which: string, month: string, day: string | undefined) => {
    const y = p.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[which.toLowerCase()];
    const mo = monthOf(month);
    const planned = y > p.y || (y === p.y && mo > p.m) ? { planned: true } : {};
    if (day) push(m, { y, m: mo, d: Number(day) }, { y, m: mo, d: Number(day) }, 'day', planned);
    else push(m, { y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }, 'month', planned);
  };
  if (relative) for (const m of execAll(MONTH_OF_YEAR, s)) ofRelativeYear(m, m[3], m[1], m[2]);
  if (relative) for (const m of execAll(YEAR_THEN_MONTH, s)) ofRelativeYear(m, m[1], m[2], m[3]);
  // "May 1 of the same year", "in June that year": the year of the discourse.
  if (relative) for (const m of execAll(MONTH_OF_SAME_YEAR, s)) {
    if (f.year == null) continue;
    const mo = monthOf(m[1]);
    if (m[2]) push(m, { y: f.year, m: mo, d: Number(m[2]) }, { y: f.year, m: mo, d: Number(m[2]) }, 'day');
    else push(m, { y: f.year, m: mo, d: 1 }, { y: f.year, m: mo, d: daysInMonth(f.year, mo) }, 'month');
  }
  // "in 2018", "since 2010", "the 2018 agreement": a bare year (not "2018-19", not an amount).
  if (digits) for (const m of execAll(/\b((?:19[4-9]|20[0-9])\d)\b(?![-–/.,]?\d)(?!\s*(?:people|persons|troops|soldiers|km|kilometers|kilometres|miles|meters|metres|won|dollars|tons?|tonnes|rounds|shells|workers|residents|defectors|times|units|pieces|kg)\b)/g, s)) {
    const y = Number(m[1]);
    if (y > p.y + 10) continue;
    const before = s.slice(Math.max(0, m.index! - 12), m.index!);
    // Part of a full date ("June 16, 2020") or a range: chrono or the patterns above have it.
    if (/\d\s*,?\s*$|[-–]\s*$/.test(before)) continue;
    // "in July 2008", "in July of 2008": a month chrono reads whole.
    if (MONTH_BEFORE_YEAR.test(before)) continue;
    // "lit for the first time since 2003": the year of the last time, not of this one.
    const attributive = namesSomething(s, m.index!, m.index! + 4) || /\bfirst\s+(?:[\w-]+\s+){0,4}(?:since|in)\s+$/i.test(s.slice(Math.max(0, m.index! - 50), m.index!));
    out.push({ start: m.index!, end: m.index! + 4, from: { y, m: 1, d: 1, h: 0, mi: 0 }, to: { y, m: 12, d: 31, h: 23, mi: 59 }, precision: 'year', attributive });
  }
  return out;
}

/** A date inside a name: "the 2018 agreement", "the 1950-53 Korean War", "its 2019 summit". */
function namesSomething(s: string, start: number, end: number): boolean {
  const after = s.slice(end, end + 60);
  if (NAMES_AFTER.test(after)) return true;
  if (/\b(?:the|a|an|its|their|his|her|this|that|last|next)\s+$/i.test(s.slice(Math.max(0, start - 8), start))) return true;
  // "In 1953 the two sides …": a time, though a word follows.
  if (/\b(?:in|since|by|until|from|during|after|before)\s+$/i.test(s.slice(Math.max(0, start - 8), start)) && /^\s+(?:the|a|an|it|its|they|their|he|she|his|her|we|this|these|those|there|some|two|three|both|north|south|seoul|pyongyang)\b/i.test(after)) return false;
  // ("accelerated in 2022 following the easing": a preposition after the year starts a phrase of its own.)
  return /^\s+[a-z][\w-]+\s/.test(after) && !/^\s+(?:and|or|to|until|through|when|after|before|as|in|on|at|by|for|with|but|while|that|which|because|amid|despite|following|during|over|under|against|near|along|around|ahead|since|into|from|without|within|alone|again|was|were|is|are|has|had|have|will|would)\b/i.test(after);
}

function bounds(c: Civil): { from: Civil; to: Civil } {
  return { from: startOfDay(c), to: endOfDay(c) };
}

const sameCivilDay = (a: Civil, b: Civil) => a.y === b.y && a.m === b.m && a.d === b.d;
const MEASURE = /\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?|nautical\s+miles?|met(?:er|re)s?|m|tons?|tonnes|percent|%)(?![\w])/gi;
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)\s+of\s+(?=\p{Lu}|\d)/gu;
// chrono results we refuse: future offsets ("for the first time in 11 years"), bare numbers.
const REJECT = /^(?:about\s+|around\s+)?\d+\s+(?:seconds?|minutes?|hours?)$|^(?:in|within|for|after|over)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|more\s+than|less\s+than|over|under|up\s+to)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|the\s+(?:next|coming|past))\b|^\d{1,2}$|^(?:now|then|once|may|march|sun|sat)$/i;

// chrono's reference (noon of publication day, and its zone's offset) by context: the same for every window.
const references = new WeakMap<DateContext, [number, number]>();
function chronoReference(ctx: DateContext): [number, number] {
  let ref = references.get(ctx);
  if (!ref) {
    const p = ctx.published;
    const instant = civilToInstant({ ...p, h: 12, mi: 0 }, ctx.tz);
    references.set(ctx, (ref = [instant, Math.round((civilToInstant({ ...p, h: 12, mi: 0 }, 'UTC') - instant) / 60000)]));
  }
  return ref;
}

// chrono's readings of the window texts of an article, by text: a window told again (a repeated caption or
// sentence) is not parsed again. chrono's result depends only on the text and the article's reference.
const parses = new WeakMap<DateContext, Map<string, chrono.ParsedResult[] | null>>();

// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every chrono result.)
const certainty = (c: chrono.ParsedComponents) => (k: chrono.Component) => c.isCertain(k);

function fromChrono(s: string, ctx: DateContext, f: Frame, offset = 0): Found[] {
  const p = ctx.published;
  const [instant, tzOffset] = chronoReference(ctx);
  // chrono reads "the afternoon of September 15" as an afternoon with no known day: let it see the date alone
  // (blanks of the same length keep the offsets). Nor amounts: "on June 30, 12.6km northeast" is no year 2012.
  const input = s.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)).replace(MEASURE, (m) => ' '.repeat(m.length));
  let memo = parses.get(ctx);
  if (!memo) parses.set(ctx, (memo = new Map()));
  let results = memo.get(input);
  if (results === undefined) {
    try {
      results = chrono.parse(input, { instant: new Date(instant), timezone: tzOffset }, { forwardDate: false });
    } catch {
      results = null;
    }
    memo.set(input, results);
  }
  if (!results) return [];
  const out: Found[] = [];
  for (const r of results) {
    const text = r.text.replace(/[\s,.;:]+$/, '').trim();
    // Lower-case weekday abbreviations are words ("they sat on higher ground").
    // "May" and "March" alone are a modal and a verb, unless a preposition or a season word makes them the month
    // ("in March", "since May", "early March").
    const monthWord = /^(?:May|March)$/.test(text) && /\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|last|this|next|before|after)[\s-]+$/i.test(s.slice(Math.max(0, r.index - 10), r.index));
    // ("noon" alone is a time only after a preposition of time: "beginning at noon"; "midnight" only as the start
    // of a day, "after midnight": "around midnight" may end the day as well.)
    const clock = /^(?:noon|midnight)$/.test(text) && (text === 'noon' ? /\b(?:at|from|until|till|by|before|after|around)\s+$/i : /\bafter\s+$/i).test(s.slice(Math.max(0, r.index - 12), r.index + (r.text.length - r.text.trimStart().length)));
    if ((REJECT.test(text) && !monthWord) || (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|noon|midnight)$/.test(text) && !clock)) continue;
    const c = r.start;
    const known = certainty(c);
    const hasTime = known('hour');
    const lead = r.text.length - r.text.trimStart().length;
    // "last evening": chrono reads "evening" alone, on the paper's own day.
    const lastEvening = /^evening$/i.test(text) ? /\blast\s+$/i.exec(s.slice(Math.max(0, r.index + lead - 6), r.index + lead)) : null;
    const found: Found = { start: r.index + lead - (lastEvening?.[0].length ?? 0), end: r.index + lead + text.length, from: p, to: p, precision: 'day' };
    const before = s.slice(Math.max(0, found.start - 12), found.start);
    const future = f.futureAt(offset + found.start);
    let day: Civil | null = null;
    let precision: DatePrecision = 'day';
    if (known('day') && known('month')) {
      let y = known('year') ? c.get('year')! : p.y;
      let d: Civil = { y, m: c.get('month')!, d: c.get('day')! };
      if (!known('year')) {
        // ("Moon's May 21 summit": a meeting named by its day is on that day, a happening of its own.)
        if (NAMES_AFTER.test(s.slice(found.end)) && !MEETING_NAMED.test(s.slice(found.end))) {
          // "the Sept. 19 agreement": the day it is named after, in the year last told (else the latest such
          // day); it names the agreement and dates nothing that the sentence reports.
          const accord = ACCORD_YEAR[`${d.m}-${d.d}`];
          // ("the June 13 local elections" in a paper of June 3: this year's, whatever year the story told last.)
          const near = compareCivil(d, addDays(p, -NEAR_AHEAD_DAYS)) >= 0 && compareCivil(d, addDays(p, NEAR_AHEAD_DAYS)) <= 0;
          if (accord != null && accord <= p.y) d = { ...d, y: accord };
          else if (near) found.planned = compareCivil(d, p) > 0;
          else if (f.year != null) d = { ...d, y: f.year };
          else if (compareCivil(d, p) > 0) d = { ...d, y: --y };
          found.attributive = true;
        } else if (f.yearHere && f.yearHere.at < offset + found.start && !future && !f.clauseBetween(f.yearHere.at, offset + found.start)) {
          d = { ...d, y: f.yearHere.y };
        } else if (future) {
          // Looking ahead: the first such date on or after publication.
          if (compareCivil(d, p) < 0) d = { ...d, y: ++y };
          if (compareCivil(d, p) > 0) found.planned = true;
        } else if (compareCivil(d, addDays(p, 1)) > 0 && compareCivil(d, addDays(p, PRESENT_AHEAD_DAYS)) <= 0 && f.presentAt?.(offset + found.start)) {
          // "The observatory reopens to the public on May 9" in a paper of May 6: this year's, ahead.
          found.planned = true;
        } else if (compareCivil(d, addDays(p, 1)) > 0 && compareCivil(d, addDays(p, NEAR_AHEAD_DAYS)) <= 0 && !/\bsince\s+$/i.test(before) && !PAST_IN.test(clauseBefore(s, found.start))) {
          // "The official opening will be Nov. 6" in a paper of Oct. 19: a day weeks ahead, told with no past tense, is
          // this year's, not one eleven months back, which the press would give with its year.
          found.planned = true;
        } else if (compareCivil(d, addDays(p, 1)) > 0) d = { ...d, y: --y }; // the latest on or before publication (a day's grace)
      }
      day = d;
    } else if (known('weekday') && !known('day')) {
      const w = c.get('weekday')!;
      const back = (weekday(p) - w + 7) % 7;
      // chrono may or may not include the "last"/"next" in its text.
      // "last week Monday", "Monday of last week": that weekday of the week before the report's.
      const lastWeek = /\blast\s+week(?:'s)?\s+(?:on\s+)?$/i.test(before) || /^\s*(?:of\s+)?last\s+week\b/i.test(s.slice(found.end, found.end + 16));
      const last = /\blast\s+$/i.test(before) || /^last\s/i.test(text);
      const next = /\bnext\s+$/i.test(before) || /^next\s/i.test(text);
      if (next || (future && !last)) {
        const ahead = (w - weekday(p) + 7) % 7;
        day = addDays(p, next ? ahead || 7 : ahead);
        if (compareCivil(day, p) > 0) found.planned = true;
      } else if (lastWeek) day = addDays(monday(p), ((w + 6) % 7) - 7);
      // "the games, which open on Friday": a happening told in the present tense, on a day of the week ahead.
      else if (!last && back !== 0 && PRESENT_RIGHT_BEFORE.test(s.slice(Math.max(0, found.start - 40), found.start))) {
        day = addDays(p, (w - weekday(p) + 7) % 7);
        found.planned = true;
      }
      else {
        day = addDays(p, last && back === 0 ? -7 : -back);
        if (!last) found.weekdayBack = true;
      }
    } else if (known('month')) {
      let y = known('year') ? c.get('year')! : p.y;
      if (!known('year')) {
        if (future && c.get('month')! < p.m) y++;
        else if (!future && c.get('month')! > p.m) y--;
      }
      day = { y, m: c.get('month')!, d: 1 };
      precision = 'month';
      if (future && (y > p.y || c.get('month')! > p.m)) found.planned = true;
    } else if (known('year') && !hasTime) {
      day = { y: c.get('year')!, m: 1, d: 1 };
      precision = 'year';
    } else if (c.get('day') != null && !hasTime && /\b(?:today|yesterday|tonight|tomorrow)\b/i.test(text)) {
      day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
    }
    if (lastEvening || /\b(?:today|yesterday|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b/i.test(text)) {
      day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
      if (/tomorrow/i.test(text)) found.planned = true;
      // "last night" in a day's paper is the evening before it (chrono counts from a midnight reference).
      if (lastEvening || /\blast\s+night\b/i.test(text)) day = addDays(p, -1);
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
    found.start += offset;
    found.end += offset;
    out.push(found);
  }
  return out;
}

// Where chrono is worth running: the words that can carry a date it reads, with room around them.
const CHRONO_TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:of\s+)?\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december|sept?\.|aug\.|oct\.|nov\.|dec\.|jan\.|feb\.)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day|\b(?:today|yesterday|tonight|tomorrow|noon|midnight|weekend|this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))\b|\d\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|KST)|\d{1,2}:\d{2}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\/\d{1,2}/gi;
const ROOM = 48;

/**
 * chrono's readings of a sentence, run only on windows around its date words (chrono's cost grows with the
 * length of what it is given; a window of ±48 characters holds "On Aug. 4 at around 7:40 a.m." whole).
 */
function chronoWindows(s: string, ctx: DateContext, f: Frame): Found[] {
  const spans: [number, number][] = [];
  for (const m of execAll(CHRONO_TRIGGER, s)) {
    let a = Math.max(0, m.index - ROOM);
    let b = Math.min(s.length, m.index + m[0].length + ROOM);
    // Whole words at the edges.
    while (a > 0 && /\S/.test(s[a - 1])) a--;
    while (b < s.length && /\S/.test(s[b])) b++;
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  const out: Found[] = [];
  for (const [a, b] of spans) out.push(...fromChrono(s.slice(a, b), ctx, f, a));
  return out;
}

// "since Nov. 24, one day after the North declared …": the offset is counted from the day just told.
const OFFSET_FROM_DAY = /^,?\s+(?:just\s+|only\s+)?(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after|before)\b/i;

/** Replaces chrono's reading of "one day after" (counted from publication) by the day it is counted from. */
function relativeToDay(s: string, list: Found[]): void {
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (f.precision !== 'day' || f.timeOnly || f.attributive) continue;
    const m = OFFSET_FROM_DAY.exec(s.slice(f.end, f.end + 40));
    if (!m) continue;
    const n = num(m[1]) * (/^w/i.test(m[2]) ? 7 : 1) * (m[3].toLowerCase() === 'after' ? -1 : 1);
    const start = f.end + /^,?\s+/.exec(m[0])![0].length;
    const end = f.end + m[0].length;
    const day = addDays(f.from, n);
    // ("seized on July 17, a day after it set out": the day of the clause after, dating nothing of the one before.)
    const rel: Found = { start, end, from: startOfDay(day), to: endOfDay(day), precision: 'day', ...(n < 0 && /after/i.test(m[3]) ? { offsetDays: n, attributive: true } : {}) };
    for (let j = list.length - 1; j > i; j--) if (list[j].start < end && start < list[j].end) list.splice(j, 1);
    list.splice(i + 1, 0, rel);
  }
}

// "February 12 and 14", "March 3, 5 and 7": more days of the month just named. (Not "June 5 and 14 soldiers": a
// listed day ends the list or the clause.)
const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/i;
const MORE_DAYS = /^(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|or)\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|$|\s(?:in|at|on|near|off|respectively|this|last|of)\b))/i;
function moreDays(s: string, list: Found[]): void {
  next: for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (f.precision !== 'day' || f.timeOnly || f.offsetDays != null || !MONTH_DAY.test(s.slice(f.start, f.end))) continue;
    const m = MORE_DAYS.exec(s.slice(f.end, f.end + 40));
    if (!m) continue;
    let last = f.from.d;
    const more: Found[] = [];
    for (const n of execAll(/\d{1,2}/g, m[0])) {
      const d = Number(n[0]);
      if (d <= last || d > daysInMonth(f.from.y, f.from.m)) continue next;
      last = d;
      const day = { y: f.from.y, m: f.from.m, d };
      more.push({ start: f.end + n.index, end: f.end + n.index + n[0].length, from: startOfDay(day), to: endOfDay(day), precision: 'day', ...(f.planned ? { planned: true } : {}), ...(f.attributive ? { attributive: true } : {}) });
    }
    // ("February 12 and 14, 2014": the year told after the list is every day's.)
    const year = /^,\s*((?:19|20)\d\d)\b/.exec(s.slice(f.end + m[0].length));
    if (year) more[more.length - 1].end += year[0].length;
    const [a, b] = [f.end, more[more.length - 1].end];
    if (list.some((x) => x !== f && x.precision !== 'year' && x.start < b && a < x.end)) continue;
    for (let j = list.length - 1; j >= 0; j--) if (list[j] !== f && list[j].start < b && a < list[j].end) list.splice(j, 1);
    if (year) for (const o of [f, ...more]) [o.from, o.to] = [{ ...o.from, y: Number(year[1]) }, { ...o.to, y: Number(year[1]) }];
    i = list.indexOf(f);
    list.splice(i + 1, 0, ...more);
    i += more.length;
  }
}

/** The clause a date sits in, up to it: back to a semicolon, a dash, or a comma before a conjunction. */
function clauseBefore(s: string, at: number): string {
  const head = s.slice(Math.max(0, at - 160), at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('—'), head.search(/,\s*(?:and|but|while|after|before|as|when|which|who|where)\s+(?:(?!,).)*$/i));
  return cut >= 0 ? head.slice(cut + 1) : head;
}

// "SEOUL, June 30 (Yonhap) --", "GOYANG, South Korea, April 27 (UPI) —": the report's date line, not the happening's.
// ("May 20 (UPI) --": a copy whose city was cut off still has its agency in brackets.)
const DATELINE = /^(?:[A-Z][A-Z .'-]{2,30},\s*(?:[A-Z][\w ]{0,20},\s*)?[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{2,30}\)\s*)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{2,30}\)\s*)(?:--|—|–|-)/;
// "said on Monday", "the ministry said Monday": the date of the report, not of the happening.
// ("a case was reported on Wednesday" is when the case came to light: a passive report dates the thing.)
const REPORTING_BEFORE = /\b(?:said|says|announced|(?<!\b(?:was|were|been|being)\s+)reported|added|told\s+[\w\s]{1,30}?|confirmed|stated)\s+(?:on\s+|late\s+|early\s+)?$/i;
// "severed the hotline following its threat to do so last week": the date of the words it followed.
const AFTER_WORDS = /\b(?:after|following|in\s+the\s+wake\s+of)\s+(?:the|a|an|its|their|his|her|(?:\p{Lu}[\w-]*\s+)?\p{Lu}[\w'’-]*['’]s)\s+(?:[\w-]+\s+)?(?:threat|warning|announcement|statement|declaration|vow|pledge|ultimatum|demand)s?(?:\s+[\w'’-]+){0,6}\s+$/iu;
// "commended the soldiers for their response to North Korea's shelling attacks on Aug. 20": the date of the
// possessor's deed named in a prepositional object, not of the sentence's verb.
const OBJECT_THING = /\b(?:to|for|over|against|about)\s+(?:(?:\p{Lu}[\w-]*\s+)?\p{Lu}[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+$/u;
const REDUCED_RELATIVE = /\b(?!(?:was|were|is|are|been|being|be|had|has|have|and|or|then|who|which|that|he|she|they|it|we)\s)[a-z]{2,}\s+(?:found|discovered|captured|seized|rescued|arrested|detained|spotted|abducted|built|installed|launched|signed)\s+(?:(?:on|in|at|late|early|last|this)\s+)*$/;
// "surveyed damage from Tuesday's artillery barrage": the day names what did the damage, not the surveying.
const DAMAGE_FROM = /\b(?:damage|destruction|devastation|aftermath|scars|wreckage|ruins|debris)\s+(?:from|of|caused\s+by|left\s+by|wrought\s+by)\s+$/i;
const AFTER_THING = /\b(?:after|following|in\s+the\s+wake\s+of|amid)\s+(?:the|a|an|its|their|his|her|(?:\p{Lu}[\w-]*\s+)?\p{Lu}[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:in|on|of)\s+$/iu;
// A picture's caption, told as one ("This handout picture … shows …") in a body paragraph.
export const PICTURE = /^\s*(?:(?:this|a|the)\s+(?:handout\s+|file\s+)?(?:picture|photo|photograph|image|screenshot|screengrab)|in\s+this\s+(?:file\s+)?(?:photo|picture|image))\b/i;
const REPORTING_AFTER = /^\s+(?:said|says|announced|told|confirmed|stated)\b/i;
// Only sentences with one of these can hold a date at all; only those with the second kind need chrono
// (the slowest stage): a month, a weekday, a clock time, a numeric date or a deictic word.
const MAY_HAVE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day|\b(?:today|yesterday|tonight|tomorrow|ago|last|next|this|past|previous|recent|earlier|later|same|morning|afternoon|evening|night|noon|midnight|dawn|daybreak|nightfall|following|before|after|week|weekend|month|year|early|mid|late|end|beginning|start|middle|coming)\b/i;
const NEEDS_CHRONO =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:of\s+)?\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december|sept?\.|aug\.|oct\.|nov\.|dec\.|jan\.|feb\.)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day|\b(?:today|yesterday|tonight|tomorrow|noon|midnight|weekend|this\s+(?:morning|afternoon|evening)|last\s+(?:night|evening))\b|\d\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|KST)|\d{1,2}:\d{2}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\/\d{1,2}/i;

/**
 * Date expressions in the sentences. A time of day without a day, and "later that day" or "the next
 * morning", take the discourse's day (the latest happening's day told before). A stated GMT/UTC time right
 * after a local one ("2:49pm local time (05:49 GMT)") is checked, not counted again.
 * @param text the original article text
 * @param sentences findSentences output
 * @param ctx publication date (civil, in tz) and tz
 */
const DAYLIKE = new Set(['day', 'hour', 'minute']);
// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every sentence.)
// (A factory, like looksAhead: one closure per sentence.)
const clauseGap = (t: string) => (a: number, b: number) => CLAUSE_BETWEEN.test(t.slice(a, b));
// "from June 1st, Cheorwon will be open": the clause's "will" may come after its date (not after a report: "on
// Monday, the ministry said it will …" is Monday's saying).
// How many days before the story's first day a later-told day is a flashback.
const FLASHBACK_DAYS = 2;
const WILL_AFTER = /^[^.;:!?]{0,40}?\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|scheduled|due|slated)\s+to)\b/i;
const WILL_AFTER_FAR = /^[^.;:!?]{0,100}?\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|scheduled|due|slated)\s+to)\b/i;
const REPORT_BETWEEN = /\b(?:said|says|announced|told|reported|added|stated|informed|notified|that)\b/i;
// "whether the frontier would reopen on Saturday": a reported future, when no comma parts it from its date.
const WOULD_BEFORE = /\bwould\s+(?!have\b)(?:[\w'’-]+\s+){1,8}$/i;
// A happening told in the present tense: with a day soon after publication, it is ahead.
const PRESENT_EVENT = /\b(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|\b(?:opens|reopens|begins|starts|resumes|restarts|runs|closes|ends|kicks\s+off|takes\s+place|launches|holds|hosts|arrives|leaves|visits|meets|heads)\b/i;
const PRESENT_AHEAD_DAYS = 45;
const NEAR_AHEAD_DAYS = 31;
/** Moves a mention to another span, keeping its precision. */
function redate(m: DateMention, from: Civil, to: Civil, tz: string): void {
  [m.from, m.to] = [from, to];
  m.date_start = toIso(from, tz);
  m.date_end = m.precision === 'minute' ? toIso(to, tz) : toIso(to, tz, 59);
}

// "the games, which open on Friday", "the talks begin Monday": a present tense right before a weekday.
const PRESENT_RIGHT_BEFORE = /\b(?:which|that|they|games|talks|tours?|drills?|exercises?|Olympics|session|summit|meeting)\s+(?:open|reopen|begin|start|resume|close|end|kick\s+off|take\s+place|opens|reopens|begins|starts|resumes|closes|ends|kicks\s+off|takes\s+place)\s+(?:on\s+)?$/i;
const presentNow = (sentence: string) => (at: number) => PRESENT_EVENT.test(clauseBefore(sentence, at));
// A past tense in a conjunct: "…, and it fired on Tuesday" does not share the future of the clause before it.
const PAST_IN = /\b(?:was|were|had|did|[a-z]{3,}ed)\b/i;
// "Friday's planned summit": a day named by what is planned for it.
// "the Joint Declaration made between the two Koreas in June 2000": a thing named by when it was made.
const MADE_THING = /\b(?:declaration|agreement|accord|pact|deal|statement|treaty|armistice)\s+(?:made|signed|adopted|reached|issued|announced)\s+(?:(?:between|by|at)\s+[\w\s'’-]{1,40}?\s+)?(?:in|on)\s+$/i;
const PLANNED_AFTER = /^[A-Z][a-z]+\.?(?:\s+\d{1,2})?['’]s\s+(?:planned|proposed|scheduled|upcoming|expected)\b/;
const PAST_BEFORE = /\b(?:was|were|had|did|(?!(?:planned|scheduled|proposed|expected|slated|suggested|offered|delayed|postponed)\b)[a-z]{3,}ed)\s+(?!to\b)/i;
const HEADLINE_TO = /\bto\s+(?:open|reopen|resume|hold|start|begin|close|launch|visit|meet|host|return|restart|halt|end|be\s+held|take\s+place)\b/i;
const QUOTE_THEN_FRAME = /[,.!?]\s*[”"]\s+(?=[^"“”]*\b(?:said|says|told|added|stated|declared|noted|stressed)\b[^"“”]*$)/;
const looksAhead = (sentence: string) => (at: number) => {
  // "…will expand from next year, the ministry said Friday": the day of a report is not ahead, whatever it reports.
  if (REPORTING_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  // "has been operating since July 1": "since" always looks back.
  if (/\b(?:since|from\s+as\s+early\s+as)\s+$/i.test(sentence.slice(Math.max(0, at - 24), at))) return false;
  let before = clauseBefore(sentence, at);
  // "“The railroads will be joined,” Cho said during a ceremony on Friday": a day told in the frame after a
  // quotation has the frame's tense, not the quotation's.
  const unquoted = QUOTE_THEN_FRAME.exec(before);
  if (unquoted) before = before.slice(unquoted.index + unquoted[0].length);
  // "…, the third opening following the Goseong section on April 27 and the Cheorwon section on June 1": what a
  // happening follows was before it, whatever its tense.
  // (Unless what it follows looks ahead itself: "in the wake of the decision to restrict passage from Monday".)
  const back = /\b(?:following|in\s+the\s+wake\s+of)\s([^,;]*)$/i.exec(before);
  if (back && !FUTURE.test(back[1])) return false;
  if (FUTURE.test(before) || WOULD_BEFORE.test(before)) return true;
  // A headline's infinitive is its future: "Paju section of DMZ Peace Trail to open on August 10".
  if (!/[.!?]["”’)]*\s*$/.test(sentence) && HEADLINE_TO.test(before)) return true;
  // "Talks will take place on June 14 …, and a session on sports on June 18": a conjunct shares the future.
  if (/^\s*and\s/i.test(before) && !PAST_IN.test(before)) {
    const head = sentence.slice(Math.max(0, at - 160), at);
    if (FUTURE.test(head.slice(0, head.length - before.length))) return true;
  }
  if (PLANNED_AFTER.test(sentence.slice(at, at + 40))) return true;
  // ("31 North Koreans who were on a boat that crossed the border Saturday will be repatriated": the day is the
  // past-tense clause's, not the later "will"'s.)
  if (PAST_BEFORE.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('…'), before.lastIndexOf(';')) + 1))) return false;
  // ("From April 21, the DMZ Peace Trail routes will be fully opened": a date that opens the sentence has the tense of
  // the main clause after it, however long its subject.)
  const opens = /^[\s"“‘']*(?:from|starting|beginning|on|in|by|as\s+of)?\s*$/i.test(sentence.slice(0, at));
  const after = (opens ? WILL_AFTER_FAR : WILL_AFTER).exec(sentence.slice(at, at + (opens ? 120 : 60)));
  return !!after && !REPORT_BETWEEN.test(after[0]);
};

const THEN = /^\s*(?:at|by)\s+(?:that|the)\s+time(?=\s*,)/i;

export function findDates(text: string, sentences: Sentence[], ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  let ref: Civil = ctx.published;
  // The discourse's day was told as late in it ("late on Tuesday", "Tuesday night", "at 11 p.m."): a bare morning
  // time told after it is the next morning ("crossed late on Tuesday … captured at 9:50 a.m.").
  let refLate = false;
  // A picture's caption ("In this file photo, … on June 23, 2020.") lends its day to the sentence right after it
  // ("… the previous day") and to no later one: the story's day stays what it was.
  let lent: { until: number; ref: Civil; day: Civil } | null = null;
  let year: number | null = null;
  // The story's first day of a happening (not a caption's); the latest day told ahead.
  let lead: Civil | null = null;
  let planned: Civil | null = null;
  // The dates of the sentence just told, for "At that time, …" in the next.
  let lastTold: { sentence: number; list: DateMention[] } | null = null;
  // ("since July 2008" runs to publication; "at that time" is July 2008.)
  const sinceOf = new Map<DateMention, Pick<DateMention, 'to' | 'date_end'>>();
  for (const s of sentences) {
    // "It is the first time since July 2008 that … At that time, a tourist was shot": the date just told.
    const thenAt = s.text.includes(' time') ? THEN.exec(s.text) : null;
    const thenOf = thenAt && lastTold?.sentence === s.index - 1 ? lastTold.list.filter((m) => !m.reporting && !m.dateline).pop() : undefined;
    const then: DateMention | null = thenAt && thenOf ? { ...thenOf, ...sinceOf.get(thenOf), start: s.start + thenAt.index, end: s.start + thenAt.index + thenAt[0].length, text: thenAt[0], sentence: s.index, reporting: false, attributive: false, countedBack: undefined } : null;
    if (!MAY_HAVE_DATE.test(s.text)) {
      if (then) out.push(then);
      continue;
    }
    if (lent && s.index > lent.until) [ref, lent] = [ref === lent.day ? lent.ref : ref, null];
    const fr: Frame = { published: ctx.published, ref, futureAt: looksAhead(s.text), presentAt: presentNow(s.text), year, clauseBetween: clauseGap(s.text) };
    const list = custom(s.text, fr);
    const told = list.find((o) => o.precision === 'year' && !o.attributive && o.from.y === o.to.y);
    if (told) fr.yearHere = { at: told.start, y: told.from.y };
    if (NEEDS_CHRONO.test(s.text))
      for (const f of chronoWindows(s.text, ctx, fr)) {
        const hit = list.filter((o) => o.start < f.end && f.start < o.end);
        // "at 10 a.m. on June 30, 2009": chrono's reading holds the day read by a pattern, and its time.
        const finer = hit.length > 0 && (f.precision === 'hour' || f.precision === 'minute') && !f.timeOnly && hit.every((o) => o.precision === 'day' && f.start <= o.start && o.end <= f.end && sameCivilDay(o.from, f.from));
        if (finer) for (const o of hit) list.splice(list.indexOf(o), 1);
        if (!hit.length || finer) list.push(f);
      }
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    relativeToDay(s.text, list);
    if (s.text.includes(' and ') || s.text.includes(' or ')) moreDays(s.text, list);
    // "On Monday … that night": a same-day phrase takes the sentence's own day when it has one.
    const own = list.find((o) => !o.sameDay && !o.timeOnly && !o.attributive && (o.precision === 'day' || o.precision === 'hour' || o.precision === 'minute'));
    if (own) for (const o of list) if (o.sameDay) [o.from, o.to] = [startOfDay(own.from), endOfDay(own.from)];
    // "on Thursday, … at 6:30 a.m. the following day": counted from the day the sentence told before it.
    if (own) for (const o of list) if (o.offsetDays != null && o !== own && own.start < o.start) {
      const d = addDays(own.from, o.offsetDays);
      [o.from, o.to] = [startOfDay(d), endOfDay(d)];
    }
    const mentions: DateMention[] = [];
    const bareWeekday = new Set<DateMention>();
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (mentions.some((m) => m.start - s.start < f.end && f.start < m.end - s.start)) continue;
      // "8:51 a.m. Wednesday (11:51 p.m. Tuesday GMT)": the same instant told in another zone, not a second date.
      const last = mentions[mentions.length - 1];
      if (last && !f.timeOnly && /^[^()]*\b(?:GMT|UTC)\b/.test(s.text.slice(f.start, f.end + 5)) && /^[^.;]{0,25}\(\s*$/.test(s.text.slice(last.end - s.start, f.start))) {
        const close = s.text.indexOf(')', f.start);
        last.end = s.start + (close >= 0 && close - f.end < 6 ? close + 1 : f.end);
        last.text = text.slice(last.start, last.end);
        continue;
      }
      if (f.utcOffset != null && f.timeOnly) {
        // A UTC time in brackets after a local time checks it; alone, it is converted.
        const prev = mentions[mentions.length - 1];
        const between = prev ? s.text.slice(prev.end - s.start, f.start) : '';
        const instant = Date.UTC(ref.y, ref.m - 1, ref.d, f.from.h ?? 0, f.from.mi ?? 0) - f.utcOffset * 60000;
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
        let c = instantToCivil(instant, ctx.tz);
        if (refLate && (c.h ?? 12) < 12 && c.d === ref.d) c = instantToCivil(instant + 86400000, ctx.tz);
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
        // Otherwise the day of the sentence, else of the discourse.
        // "from 10 p.m. Tuesday and … from 11 p.m.": a day told earlier in the sentence, with or without its time.
        const sameSentence = [...mentions].reverse().find((m) => DAYLIKE.has(m.precision) && !m.reporting && !m.attributive);
        const next = list.slice(i + 1).find((o) => DAYLIKE.has(o.precision) && !o.attributive && !o.timeOnly);
        // "9:04 pm (1204 GMT) on Sunday", "at 11:59 a.m. and 12:01 p.m. on Monday": the day right after.
        // "at 6:30 a.m. the following day": a day right after the time is its own.
        // ("9:20 p.m. local time on Saturday": the zone's words between.)
        const adjacent = next && /^[\s,]*(?:(?:local\s+time|KST|Seoul\s+time|Korea\s+time)[\s,]*)?(?:on\s+)?$/i.test(s.text.slice(f.end, next.start).replace(/^\./, '')) ? next : undefined;
        // A day told as background after the story's first ("returned the body on Wednesday … retrieved it on July 31
        // … handed it over at 10 a.m."): a bare time is the story's day, not the flashback's.
        const story = lead && compareCivil(ref, addDays(lead, -FLASHBACK_DAYS)) < 0 ? lead : ref;
        // "The meeting is expected to start at 10 a.m.": a time ahead is on the day planned last.
        const ahead = planned && fr.futureAt(f.start) ? planned : null;
        const base = adjacent ? adjacent.from : sameSentence ? sameSentence.from : next && /^\.?[\s,]*(?:(?:and|or|to|until|[-–])\s*(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)?)?(?:\([^()]{0,24}\))?[\s,]*(?:on|of)?\s*$/i.test(s.text.slice(f.end, next.start)) ? next.from : ahead ?? (refLate && (f.from.h ?? 12) < 12 ? addDays(story, 1) : story);
        f.from = f.to = { y: base.y, m: base.m, d: base.d, h: f.from.h, mi: f.from.mi };
      }
      const start = s.start + f.start;
      const end = s.start + f.end;
      const before = text.slice(Math.max(s.start, start - 40), start);
      const to = f.to;
      const m: DateMention = {
        start,
        end,
        text: text.slice(start, end),
        from: f.from,
        to,
        precision: f.precision,
        date_start: toIso(f.from, ctx.tz),
        date_end: f.precision === 'minute' ? toIso(to, ctx.tz) : toIso(to, ctx.tz, 59),
        // "the JCS said Monday", "the JCS Thursday said": the report's day.
        reporting: REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(text.slice(end, Math.min(s.end, end + 16))),
        sentence: s.index,
        ...(f.attributive && f.offsetDays != null && f.offsetDays < 0 ? { countedBack: true } : {}),
      };
      const line = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
      if (line && end <= s.start + line[0].length) m.reporting = m.dateline = true;
      // "after the North's third nuclear test in February": the date of what the clause happened after, not its own.
      // …nor "Friday's planned summit": the day names the thing planned for it.
      if (f.attributive || AFTER_THING.test(text.slice(Math.max(s.start, start - 70), start)) || AFTER_WORDS.test(text.slice(Math.max(s.start, start - 80), start)) || OBJECT_THING.test(text.slice(Math.max(s.start, start - 70), start)) || MADE_THING.test(text.slice(Math.max(s.start, start - 80), start)) || (DAMAGE_FROM.test(text.slice(Math.max(s.start, start - 40), start)) && /^['’]s\s/.test(text.slice(m.end, m.end + 3))) || PLANNED_AFTER.test(text.slice(start, start + 40))) m.attributive = true;
      if (f.planned) m.planned = true;
      if (f.weekdayBack) bareWeekday.add(m);
      mentions.push(m);
    }
    // "shots fired Friday … sources said Thursday": what was reported happened before the report, so a bare
    // weekday read as later than the report's day is the week before.
    const said = mentions.find((m) => m.reporting && !m.dateline && m.precision === 'day');
    if (said) for (const m of mentions) if (bareWeekday.has(m) && !m.reporting && compareCivil(m.from, said.from) > 0) redate(m, addDays(m.from, -7), addDays(m.to, -7), ctx.tz);
    // "the day after North Korea's artillery attack on Nov. 23": counted from the day of what it names.
    if (s.text.includes('the day ')) for (let i = 0; i + 1 < mentions.length; i++) {
      const m = mentions[i];
      const n = mentions[i + 1];
      const which = /^the\s+day\s+(after|before)$/i.exec(m.text)?.[1];
      if (!which || n.precision !== 'day' || n.reporting || !/^\s+(?:[\w'’.-]+\s+){1,6}?(?:on|of)\s+$/.test(text.slice(m.end, n.start))) continue;
      const d = addDays(n.from, which.toLowerCase() === 'after' ? 1 : -1);
      redate(m, startOfDay(d), endOfDay(d), ctx.tz);
      n.attributive = true;
    }
    // "The corpse of another soldier found late July was returned in August": a day inside a participle after a noun
    // dates that noun's past, not the clause's verb told with a day of its own after it.
    for (const m of mentions) {
      if (m.reporting || m.attributive || !REDUCED_RELATIVE.test(text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
      if (mentions.some((o) => o.start > m.end && !o.reporting && !o.attributive && /^\s+(?:[\w'’,-]+\s+){0,4}?(?:was|were|is|are|has|have|had)\b/.test(text.slice(m.end, o.start)))) m.attributive = true;
    }
    // "North Korea yesterday asked the workers to leave by 10 a.m. today": a deadline set is not when the deed was.
    if (s.text.includes('by ')) for (const m of mentions) if (!m.reporting && /\bby\s+$/.test(text.slice(m.start - 4, m.start)) && mentions.some((o) => o !== m && !o.reporting && !o.attributive && DAYLIKE.has(o.precision) && !/\bby\s+$/.test(text.slice(o.start - 4, o.start)))) m.attributive = true;
    if (then && !mentions.some((m) => m.start < then.end && then.start < m.end)) mentions.unshift(then);
    // "since January": from then until publication; the words keep "since".
    for (const m of mentions) {
      const since = /\bsince\s+$/i.exec(text.slice(Math.max(s.start, m.start - 8), m.start));
      if (since) {
        sinceOf.set(m, { to: m.to, date_end: m.date_end });
        m.start -= since[0].length;
        m.text = text.slice(m.start, m.end);
        m.to = endOfDay(ctx.published);
        m.date_end = toIso(m.to, ctx.tz, 59);
      }
    }
    for (const m of mentions) {
      if (m.precision === 'year' && !m.attributive) year = m.from.y;
      else if (m.precision !== 'year' && /\b(?:19|20)\d\d\b/.test(m.text)) year = m.from.y;
      if (['minute', 'hour', 'day'].includes(m.precision) && m.planned && !m.attributive) planned = m.from;
      if (['minute', 'hour', 'day'].includes(m.precision) && !m.reporting && !m.attributive && !m.planned) {
        if (s.caption || PICTURE.test(s.text)) {
          if (!lent) lent = { until: s.index + 1, ref, day: m.from };
          else if (lent.until === s.index + 1) lent.day = m.from;
        }
        ref = m.from;
        if (!lead && !s.caption && !PICTURE.test(s.text)) lead = m.from;
        refLate = /\b(?:late|night|evening|midnight)\b/i.test(text.slice(Math.max(s.start, m.start - 8), m.end)) || (m.from.h ?? 0) >= 18;
      }
    }
    out.push(...mentions);
    if (mentions.length) lastTold = { sentence: s.index, list: mentions };
  }
  return out;
}
