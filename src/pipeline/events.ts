// Stage 5: events — every sentence that reports a dated happening at a place (or a dated happening with
// no place, for the timeline), whatever its kind; sentences about one happening merged into one event.
import type { DatePrecision, GazetteerEntry, EventCollection, EventFeature, EventKind, EventProps, Passage, UnlocatedEvent } from '../data/types';
import { findActors } from './actors';
import { frame, mood } from './clauses';
import { findDates, PICTURE } from './dates';
import type { CompiledGazetteer } from './gazetteer';
import { classify } from './kinds';
import { CAPITALS, findPlaces } from './places';
import { findSentences } from './sentences';
import { execAll } from './regex';
import { pickSites } from './sites';
import { findStructure } from './structure';
import { checkTimeZone, compareCivil, parseDay, toIso } from './time';
import type { Analysis, ArticleMeta, DateMention, ExtractOptions, PlaceMention, Sentence } from './types';
import { km } from './distance';

interface Draft {
  kind: EventKind;
  /** Dated only by its report so far (Reading.byReport). */
  byReport?: boolean;
  date: DateMention;
  /** The date came from the discourse, not from the event's own sentences. */
  inherited: boolean;
  /** Opened by a picture's caption. */
  pictured: boolean;
  sites: PlaceMention[];
  actors: string[];
  passages: Passage[];
  /** The passage the event's date comes from: the main quote. */
  main: Passage;
  firstSentence: number;
  lastSentence: number;
  paragraph: number;
  /** Sentences whose own date or place agreed with the event. */
  support: number;
  planned: boolean;
  /** A statement or report about something, not a happening at a place. */
  said: boolean;
  /** The actor of its first sentence, when named (see subjectOf). */
  subject: string | null;
  /** Told in a background clause ("… since a new president took office in February"): later sentences do not continue it. */
  background: boolean;
}

const PRECISION_ORDER: DatePrecision[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const finer = (a: DatePrecision, b: DatePrecision) => PRECISION_ORDER.indexOf(a) < PRECISION_ORDER.indexOf(b);
const overlaps = (a: DateMention, b: DateMention) => compareCivil(a.from, b.to) <= 0 && compareCivil(b.from, a.to) <= 0;
const sameDay = (a: DateMention, b: DateMention) => a.from.y === b.from.y && a.from.m === b.from.m && a.from.d === b.from.d;
const dayOrFiner = (d: DateMention) => finer(d.precision, 'week');
// How far back (in sentences) a sentence may join an earlier event, with and without its own date.
const DATED_WINDOW = 8;
const UNDATED_WINDOW = 2;
// How many paragraphs on a happening with no date of its own takes the story's time.
const INHERIT_PARAGRAPHS = 2;
// Paragraphs of a story's lead.
const LEAD_PARAGRAPHS = 6;
// Farther on, only a sentence told in the simple past continues the story's one day: not "had built" (earlier),
// not "The DMZ is …" (a description now).
const SIMPLE_PAST = /\b(?:walked|went|came|met|held|crossed|entered|left|arrived|shook|posed|fired|launched|sent|flew|landed|killed|hit|began|started|ended|returned|moved|stepped|gathered|visited|toured|signed|opened|closed|found|seized|rescued|detained|arrested)\b/i;
const OTHER_TIME = /\bhad\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|ht|ng)\b|^[^,]{0,60}\b(?:is|are)\b/i;
// Kinds that say something rather than do it: they never take the places they talk about.
const SAYING = new Set<EventKind>(['statement', 'reporting', 'threat']);

/** Days since the epoch of a mention's first day (its civil date). */
const dayNumber = (d: DateMention) => Date.UTC(d.from.y, d.from.m - 1, d.from.d) / 86400000;

/** A picture's caption, marked so by the page's structure or told as one ("This handout picture … shows …"). */
const pictured = (s: Sentence) => !!s.caption || PICTURE.test(s.text);

function passageOf(s: Sentence): Passage {
  const p: Passage = { quote: s.text, start: s.start, end: s.end, paragraph: s.paragraph };
  if (s.caption) p.caption = true;
  return p;
}

// Two named points this close may be one happening told twice ("the office" / "Kaesong").
const SAME_PLACE_KM = 25;
// A zone, line, province or country holds many places; an area that is a place of its own (the Kaesong complex,
// the Mount Kumgang resort: `extent_km` within the same-place distance) is as specific as a point.
const wide = (e: GazetteerEntry) => ['area', 'line', 'country', 'province'].includes(e.kind) && !(e.extent_km != null && e.extent_km <= SAME_PLACE_KM);
const broad = (p: PlaceMention) => wide(p.entry) || p.anaphor;

/** Can the places of two sentences be the same happening's? Empty sides always can. */
function sitesCompatible(a: PlaceMention[], b: PlaceMention[]): boolean {
  if (!a.length || !b.length) return true;
  return b.every((y) => a.some((x) => x.entry === y.entry || broad(x) || broad(y) || (km(x.entry.coord, y.entry.coord) <= SAME_PLACE_KM && !twoPoints(x.entry, y.entry))));
}
// Two islands, or two landmarks, named apart and kilometres apart are two places ("south of Socheong Island" after
// Baengnyeong Island; the Pilseung bridge and the Hwanggang dam).
const DISTINCT_KINDS = new Set(['island', 'site', 'building']);
const twoPoints = (x: GazetteerEntry, y: GazetteerEntry) => x.kind === y.kind && DISTINCT_KINDS.has(x.kind) && km(x.coord, y.coord) > 5;

/** The more specific of two site lists: points before areas, named before anaphors, more items before fewer. */
function betterSites(a: PlaceMention[], b: PlaceMention[]): PlaceMention[] {
  if (!a.length) return b;
  if (!b.length) return a;
  // A point, even one named by an anaphor ("the building"), is more specific than a line or an area.
  const point = (m: PlaceMention) => !wide(m.entry);
  const score = (l: PlaceMention[]) => (l.some(point) ? 2 : 0) + (l.some((m) => !m.anaphor) ? 1 : 0);
  if (score(b) !== score(a)) return score(b) > score(a) ? b : a;
  return b.length > a.length ? b : a;
}

function mergeDate(a: DateMention, b: DateMention): DateMention {
  if (overlaps(a, b)) return finer(b.precision, a.precision) ? b : a;
  // The same day told at two times ("at 2:34 p.m." … "continuing at 4 p.m."): one span.
  if (sameDay(a, b)) {
    const [first, last] = compareCivil(a.from, b.from) <= 0 ? [a, b] : [b, a];
    return { ...first, to: last.to, date_end: last.date_end };
  }
  return a;
}

/** One happening's dates: the same day, or overlapping spans of like precision ("since July" is not "last night"). */
function datesAgree(a: DateMention, b: DateMention): boolean {
  if (dayOrFiner(a) && dayOrFiner(b)) return sameDay(a, b);
  return overlaps(a, b) && dayOrFiner(a) === dayOrFiner(b);
}

function kindsAgree(a: EventKind, b: EventKind): boolean {
  // A general label joins a specific one: "The ship was hit" after "North Korea torpedoed …".
  return a === b || (a === 'incident' && !SAYING.has(b)) || (b === 'incident' && !SAYING.has(a));
}
// What happens as a rule ("naval clashes occur from time to time") is told at no one time: it lends no place.
const HABITUAL = /\b(?:from\s+time\s+to\s+time|usually|regularly|routinely|frequently|periodically|occasionally|often|rarely|is\s+rare|are\s+rare|is\s+common|are\s+common)\b/i;
const ENDS_SENTENCE = /[.!?]["”’')]*\s*$/;
// Words that put a sentence at another time than the story's: it does not take the story's date.
// (Not a pluperfect that tells what a thing is: "removed the loudspeakers it had installed in Paju".)
const EARLIER_TIME = /\b(?:former|formerly|previous|previously|once|in\s+the\s+past|used\s+to|history|historic|ever\s+since|first\s+time|(?<!\bthe\s+[a-z]+\s+(?:it|they|that|which)\s)had\s+(?:been\s+)?[a-z]+ed|decades?|centuries|generations?)\b|^\s*when\b/i;
// Openings that move the story to another time or matter: what follows is not more of the last event.
// "At about the same time on October 30 a group of 21 North Koreans were found adrift": another happening, even
// on the same day.
const SEPARATE = /^\s*(?:(?:at|around)\s+(?:about\s+|roughly\s+|nearly\s+)?the\s+same\s+time|meanwhile|separately|in\s+a\s+separate\s+\w+)\b/i;
// (A thing counted, not "another people" nor "a third country".)
const ANOTHER = /\b(?:another|a\s+(?:second|third|fourth|fifth|separate))\s+(?!(?:people|country|countries|time|day|week)\b)/i;
const NEW_THREAD = /^\s*(?:earlier|previously|before\s+that|meanwhile|separately|in\s+addition|additionally|also|later|last\s+(?:week|month|year)|in\s+\d{4})\b/i;

function isPerson(actor: string): boolean {
  return /^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}$/.test(actor) && !/\b(?:Korea|Ministry|Agency|Army|Party|Staff|Group|Office|Command|Media)\b/.test(actor);
}

interface Reading {
  s: Sentence;
  kind: EventKind;
  /** The happening's own date (not a report's), if the sentence gives one. */
  date: DateMention | null;
  /** The report's date ("said Monday"), if any. */
  reported: DateMention | null;
  sites: PlaceMention[];
  actors: string[];
  planned: boolean;
  said: boolean;
  /** A finite verb says something occurred (or is planned): the sentence can stand as an event of its own. */
  occurred: boolean;
  /** Who acts, when the content opens with a named actor ("South Korea issued …"). */
  subject: string | null;
  /** A background clause of its sentence (see BACKGROUND). */
  background: boolean;
  /** Dated only by the report of it ("…, the ministry said Monday"): a later own date of the happening wins. */
  byReport?: boolean;
}

const SUBJECT = /^\s*(?:[A-Z][A-Za-z]+\s*(?:\([^)]{0,20}\))?\s*[-–—,:]+\s*)?(?:On\s+\w+(?:\s+\d+)?,\s*|Earlier\s+\w+,\s*|Later\s*,\s*)?((?:North|South)\s+Korea(?:n)?|Pyongyang|Seoul|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4})/;

/** The named actor a content opens with, as a key: "South Korea", "North Korea", "Seoul" (the government). */
function subjectOf(content: string, places: PlaceMention[]): string | null {
  const m = SUBJECT.exec(content);
  if (!m) return null;
  const name = m[1];
  if (/^(?:The|A|An|It|He|She|They|This|That|Two|Three|Some|Many)$/.test(name)) return null;
  // "Pyongyang" and "North Korea" are one actor; "Seoul" and "South Korea" another.
  if (/^(?:North\s+Korean?|Pyongyang)$/.test(name)) return 'KP';
  if (/^(?:South\s+Korean?|Seoul)$/.test(name)) return 'KR';
  return places.some((p) => p.role === 'location' && content.indexOf(p.text) === m.index + m[0].length - name.length) ? null : name;
}

// Where one clause ends and the next begins, between two happenings of one sentence told on two dates:
// "began to sail southward on June 12, and crossed the NLL on June 13".
const CLAUSE_BREAK = /(?:,\s*(?:and|but|then|before|after|while|as|until|with|prior\s+to)\b|;|\s(?:and\s+then|before|after|until|prior\s+to)\s|,\s*(?:and\s+)?(?:later|then)\b)/gi;

// A clause of background: "since a …", "because …", ", which …", ", who …", ", amid …" (not "since January": a date;
// not "as": "as viewed from", "as tensions rose on Tuesday" share the main clause's time).
const BACKGROUND =
  /(?:,\s*|\s)(?:since|because|although|though|whereas)\s+(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d|last|early|late|mid|the\s+(?:start|beginning|end|middle))\b)|,\s*(?:which|who|whose|where|among|amid|named\s+(?:for|after))\s/gi;
// "…sent back two fishermen who were rescued earlier this month": a restrictive relative clause with its own date
// (as background before that date; after the last date it still tells where).
const RELATIVE_PASSIVE = /\s(?:who|which)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+[a-z]+(?:ed|en)\b/gi;

// A gerund has no finite verb: the deed it names is told as done, of its own kind.
const gerundDeed = (clause: string) => ({ occurred: true, kind: classify(clause)?.kind ?? ('incident' as EventKind) });
const AFTER_GERUND = /^[\s,]*(?:after|before)\s+(?!during\b|morning\b|evening\b|nothing\b)[a-z]{2,}ing\b/;
const THE_HAPPENING = /^\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(fire|wildfire|blaze|shelling|attack|explosion|blast|barrage|crossing|defection|incursion|intrusion|collision|sinking|clash|firing|launch)\b/;
// After a speaking verb, the occasion and place of the words: "at an education forum in the South Korean city
// of", "during a ceremony at", "reporters at", "while visiting". (Not the capitals, where words are reported from.)
const SPEECH_AT = /^\s+(?:(?:reporters|journalists)\s+)?(?:(?:on|late|early)\s+\w+\s+)?(?:at|in|during|while\s+(?:visiting|touring|at|in)|after\s+(?:visiting|touring))\s+(?:(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:ceremony|forum|conference|briefing|meeting|speech|event|rally|visit|tour|session|lecture|seminar|symposium|gathering|inspection)\s+(?:at|in|on|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?)?(?:the\s+)?$/i;
const SAY_VERB = /\b(?:said|says|told|stated|declared|added|stressed|emphasi[sz]ed|remarked|noted)\b/;
const SUBJECT_BEFORE = /^\s*(?:Also\s+on\s+\w+,\s*)?(?:the\s+)?(?:North|South)\s+Korean\s+(?:representatives|officials|delegates|delegation|soldiers|officers|negotiators)\s+(?:at|in)\s+(?:the\s+)?$/i;
const ELIDED_SUBJECT = /^[\s,]*and\s+(?:then\s+|later\s+|also\s+)?(?!(?:was|were|had|has|have)\b)[a-z]{3,}(?:ed|wn|ew|ook|ent|ought|ilt|ade)\b/;
const SAYING_AFTER = /\s(?:after|when)\s+(?!(?:the|a|an|its|his|her|their)\s+\w+\s*[,.]|\w+ing\b)/i;

const SUBORDINATE_OPENING = /^\s*(?:while|whereas|although|though|when|after|before|once|as|since|because|if)\b/i;

// A finite verb of a clause (closed class and past forms): an elliptical conjunct has none.
const VERB_IN = /\b(?:will|would|is|are|was|were|has|have|had|can|could|shall|should|may|might|must|[a-z]{3,}ed|begins?|starts?|opens?|takes?)\b/i;

/** The date listed right after d ("1999 and 2002", "March 3, 5 and 7") of its precision, before the clause's end. */
function listed(text: string, d: DateMention, dates: DateMention[], end: number): DateMention | undefined {
  return dates.find((x) => x.start > d.end && x.end <= end && x.precision === d.precision && !x.reporting && !x.attributive && /^\s*(?:,|,?\s*and|,?\s*or)\s*(?:in\s+|on\s+)?$/.test(text.slice(d.end, x.start)));
}

/** What one sentence says: one reading per clause that has a date of its own (usually one). */
function read(text: string, s: Sentence, places: PlaceMention[], dates: DateMention[]): Reading[] {
  const fr = frame(s.text);
  const [ca, cb] = [s.start + fr.content[0], s.start + fr.content[1]];
  // ("At 3 p.m., it was confirmed that the North had discharged water": the frame's time is the happening's.)
  const da = fr.headDates ? s.start : ca;
  const own = dates.filter((d) => d.start >= da && d.end <= cb && !d.reporting && !d.attributive).sort((x, y) => x.start - y.start);
  const cuts = [ca];
  const paired = new Set<number>();
  for (let i = 1; i < own.length; i++) {
    if (overlaps(own[i - 1], own[i])) continue;
    const gap = text.slice(own[i - 1].end, own[i].start);
    let at = -1;
    for (const m of execAll(CLAUSE_BREAK, gap)) at = m.index;
    // "agreed on Saturday to hold talks on Sunday": what was agreed for later is a happening of its own.
    if (at < 0 && own[i].planned && !own[i - 1].planned) for (const m of execAll(/\bto\s+[a-z]+/g, gap)) at = m.index;
    // "While tours were suspended on the 11th, visits had resumed on the 12th": an opening subordinate clause ends
    // at its first comma.
    // "…talks on June 9 in Kaesong, which was closed by Pyongyang in April": a relative clause that tells a deed
    // done to the place before it, on a day of its own, is a happening of its own there.
    if (at < 0) {
      const rel = /,\s*(?:(?:near|in|at|on|off|around)\s+)?which\s/i.exec(gap);
      if (rel && (/^[^,]*which\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|t)\b/i.test(gap.slice(rel.index + 1)) || (rel[0].length > 8 && mood(gap.slice(rel.index + rel[0].length)).occurred))) at = rel.index;
    }
    // "…died on March 30 and the Kumyang 98 sank off Baeknyeong Island last Friday": a clause joined by "and"
    // right after the first date, with a deed of its own before the second, is another happening.
    if (at < 0) {
      const and = /^[\s,]{0,2}\band\s+(?!then\b)/i.exec(gap);
      const rest = gap.slice(and?.[0].length ?? 0);
      // (Not when the second date is a subordinate clause's: "…was open on Thursday and workers crossed despite
      // Pyongyang cutting the hotline a day earlier.")
      if (and && (mood(rest).occurred || (own[i].planned && mood(rest).planned)) && !/\b(?:despite|since|because|although|though|amid|after|before|following|when|while|as|until|which|who)\b/i.test(rest)) at = and.index;
    }
    if (at < 0 && i === 1 && SUBORDINATE_OPENING.test(text.slice(ca, own[0].start)) && !text.slice(ca, own[0].start).includes(',')) at = gap.indexOf(',');
    // "On July 17, the vice minister said that, “… talks be held at the Tongil-gak on July 21 …”": the day of the
    // saying, then the words quoted, with a day of their own.
    // ("…said to the press on July 17 that, “We propose a meeting at the Peace House on Aug. 1”".)
    if (at < 0 && gap.includes('that')) {
      const from = Math.max(ca, own[i - 1].start - 40);
      const q = /\b(?:said|says|stated|announced|told\s+[\w\s]{1,30}?)\b[^“”"]{0,60}?\bthat,?\s*[“"]/.exec(text.slice(from, own[i].start));
      const open = q ? from + q.index + q[0].length - 1 : -1;
      if (open >= own[i - 1].end && !/[”"]/.test(text.slice(open + 1, own[i].start))) at = open - own[i - 1].end;
    }
    // "…will resume the Kaesong tour Sept. 14 and the Mount Kumgang tour Sept. 21": places and days listed in
    // pairs. A conjunct with no verb, a place and a day of its own is the same deed there on that day.
    if (at < 0 && /^[\s,]*and\s/i.test(gap) && !VERB_IN.test(gap)) {
      const here = (a: number, b: number) => places.some((p) => p.role === 'location' && p.start >= a && p.end <= b);
      if (here(own[i - 1].end, own[i].start)) {
        at = gap.search(/\band\s/i);
        paired.add(own[i - 1].end + at);
      }
    }
    if (at >= 0) cuts.push(own[i - 1].end + at);
  }
  // "North Korea threatened retaliation after South Korea on May 27 fired warning shots": words said about a deed
  // told in an "after"/"when" clause that holds the date; the clause is a happening of its own.
  if (own.length) {
    const from = Math.max(cuts[cuts.length - 1], own[own.length - 2]?.end ?? ca);
    const head = text.slice(from, own[own.length - 1].start);
    const m = SAYING_AFTER.exec(head);
    if (m && m.index > 10) {
      const k = classify(head.slice(0, m.index));
      if (k && SAYING.has(k.kind) && mood(text.slice(from + m.index, cb)).occurred) cuts.push(from + m.index);
    }
  }
  // "…was seized on July 17, a day after it set out from Sokcho": what the offset clause tells is a happening of
  // its own, on the day counted back.
  let offsetCut: DateMention | undefined;
  let offsetGerund = false;
  for (const d of dates) {
    // (…and "The confirmation came a day after the carcass was found in Cheorwon": counted back from the discourse.)
    if (!d.countedBack || d.start < ca || d.end > cb || (own.length && d.start < own[0].end)) continue;
    // ("drifted over 20 days after their engine failed": a length of time, not a day.)
    if (/\b(?:over|for)\s+$/i.test(text.slice(d.start - 6, d.start))) break;
    const rest = text.slice(d.end, cb);
    // ("…shot on Sept. 22, a day after going missing near Yeonpyeong": a gerund's deed is the subject's own.)
    const gerund = /^\s*(?:being\s+)?[a-z]{2,}ing\b(?!\s+(?:to|on|for)\b)/.test(rest);
    if ((/^\s*(?:it|they|he|she|the|a|an|its|their|his|her|north|south)\b/i.test(rest) && mood(rest).occurred) || gerund) {
      cuts.push(d.start);
      offsetCut = d;
      offsetGerund = gerund;
    }
    break;
  }
  // A date told only in a background clause ("… since a new president took office in February", "…, which
  // has divided the peninsula since the 1950-53 war") does not date the main clause before it.
  let backgroundCut = -1;
  if (own.length && cuts.length === 1) {
    const d = own[0];
    let at = -1;
    for (const m of execAll(BACKGROUND, text.slice(ca, d.start))) at = ca + m.index;
    for (const m of execAll(RELATIVE_PASSIVE, text.slice(ca, d.start))) at = Math.max(at, ca + m.index);
    if (at > ca + 10) {
      const main = text.slice(ca, at);
      const mm = mood(main);
      if (mm.occurred || mm.planned || classify(main)) cuts.push((backgroundCut = at));
    }
  }
  // "…defected to South Korea last year, although few cross the DMZ": a background clause after the last date is
  // not where or when the happening was (it is read with nothing of its own, so it is dropped).
  let end = cb;
  if (own.length) {
    const from = own[own.length - 1].end;
    let at = -1;
    for (const m of execAll(BACKGROUND, text.slice(from, cb))) {
      at = from + m.index;
      break;
    }
    if (at > from && !dates.some((d) => d.start >= at && d.end <= cb && !d.reporting)) end = at;
  }
  cuts.push(end);
  const out: Reading[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const r = readClause(text, s, cuts[i], cuts[i + 1], fr.report.length > 0, places, dates, fr.quoted, i === 0 ? da : cuts[i]);
    // "…all pigs in Yeoncheon, where the 14th case was reported on Wednesday": "where" is the place just before it.
    // (…and "which" the place before it: "Kaesong, which was closed in April".)
    const relative = /^,?\s*where\b/i.test(text.slice(cuts[i], cuts[i] + 8)) ? 'where' : /^,\s*(?:(?:near|in|at|on|off|around)\s+)?which\b/.test(text.slice(cuts[i], cuts[i] + 16)) ? 'which' : null;
    if (r && !r.said && !r.sites.length && r.date && relative && (relative === 'which' || dayOrFiner(r.date))) {
      const ante = places.filter((p) => p.role === 'location' && p.end <= cuts[i] && cuts[i] - p.end < 4);
      if (ante.length) r.sites = pickSites(text, ante);
    }
    // "…broke out in Goseong on Thursday, with helicopters sent the following day": a happening told in a later
    // clause of the sentence, with no place of its own, is where the one before it was.
    const before = out[out.length - 1];
    // (A verbless conjunct of a report reads as the report's words: it is the deed before it, at its own place.)
    if (r && before && paired.has(cuts[i])) Object.assign(r, { kind: before.kind, said: before.said, occurred: before.occurred, planned: before.planned || r.planned, sites: before.said ? [] : pickSites(text, places.filter(within(cuts[i], cuts[i + 1]))) });
    if (r && !r.sites.length && !r.said && r.occurred && r.date && before && !before.said && before.occurred && before.sites.length && before.date && dayOrFiner(r.date) && dayOrFiner(before.date) && Math.abs(dayNumber(r.date) - dayNumber(before.date)) <= 1)
      r.sites = before.sites;
    // "…installed mines on the Gyeongui and Donghae roads in January and dismantled street lamps along both roads in
    // March": a conjunct with no subject of its own, and no place, does its deed where the clause before it did.
    else if (r && !r.sites.length && !r.said && r.occurred && r.date && before && !before.said && before.occurred && before.sites.length && ELIDED_SUBJECT.test(text.slice(cuts[i], cuts[i] + 40)))
      r.sites = before.sites;
    // "Talks will take place on June 14 at Panmunjom, and a session on sports on the southern side on June 18": a
    // conjunct with no verb of its own, planned as the clause before it, is where that clause is.
    else if (r && !r.sites.length && !r.said && r.planned && r.date && before && before.planned && !before.said && before.sites.length && /^,?\s*and\s/i.test(text.slice(cuts[i], cuts[i] + 8)) && !VERB_IN.test(text.slice(cuts[i], cuts[i + 1])))
      r.sites = before.sites;
    // "…completed the removal of debris from the office after bombing the building in June 2020": a gerund after
    // "after"/"before", with a day of its own, tells a deed done.
    if (r && r.date && !r.occurred && !r.said && AFTER_GERUND.test(text.slice(cuts[i], cuts[i] + 40))) Object.assign(r, gerundDeed(text.slice(cuts[i], cuts[i + 1])));
    if (r && offsetCut && cuts[i] === offsetCut.start) {
      r.date = { ...offsetCut, attributive: false };
      if (offsetGerund) Object.assign(r, gerundDeed(text.slice(cuts[i], cuts[i + 1])));
      // ("…were recovered yesterday, 20 days after the vessel sank near Baengnyeong Island": what followed, told with
      // no place, is where what it followed was.)
      // (Not a place set out from: "seized on July 17, a day after it set out from Sokcho".)
      if (before && !before.sites.length && !before.said && before.occurred && r.sites.length && !/\b(?:from|left|departed|set\s+(?:out|off|sail))\b/i.test(text.slice(cuts[i], cuts[i + 1]))) before.sites = r.sites;
    }
    if (r) {
      r.background = backgroundCut === cuts[i];
      out.push(r);
      // "…battles erupted near the island in 1999 and 2002": a list of dates of one deed is one happening a date.
      if (r.date && !r.said) for (let d = r.date, next = listed(text, d, dates, cuts[i + 1]); next; d = next, next = listed(text, d, dates, cuts[i + 1])) out.push({ ...r, date: next });
    }
  }
  return out;
}

const CAPTION_PRESENT = /\b(?:speaks|talks|walks|looks|holds|attends|inspects|visits|poses|waves|arrives|shakes|stands|sits|salutes|watches|delivers|presides|greets|leaves|enters|crosses)\b/i;
const DAY_PRECISE = new Set(['day', 'hour', 'minute']);
// A present perfect or progressive: the happening runs up to the time of the report.
const ONGOING = /\b(?:appears?|seems?|(?:is|are)\s+(?:believed|thought|said))\s+to\s+be\s+[a-z]{3,}ing\b|\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn)\b|\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?:in\s+the\s+process\s+of\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ing\b/i;

// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every clause.)
const within = (ca: number, cb: number) => (x: { start: number; end: number }) => x.start >= ca && x.end <= cb;

/** What one clause [ca, cb) of a sentence says: its kind, own date, places. */
function readClause(text: string, s: Sentence, ca: number, cb: number, framed: boolean, places: PlaceMention[], dates: DateMention[], quoted = false, datesFrom = ca): Reading | null {
  const inContent = within(ca, cb);
  const inDated = within(datesFrom, cb);
  const content = text.slice(ca, cb);
  // Someone's words throughout are read as what they say (mood() sets quoted words aside).
  const md0 = mood(quoted ? content.replace(/^[\s“"]+|[\s”"]+$/g, '') : content);
  // A picture's present tense ("The prime minister speaks during a Cabinet meeting in Seoul on Wednesday") tells
  // what happened that day.
  const md = !md0.occurred && !md0.planned && CAPTION_PRESENT.test(content) && dates.some((d) => d.start >= ca && d.end <= cb && !d.planned && !d.reporting && !d.attributive && DAY_PRECISE.has(d.precision)) ? { ...md0, occurred: true } : md0;
  // A content with a happening but no word for it is an incident; one with neither is what the frame says.
  // ("North Korea is running the factories": a happening going on now, though no verb is in the past.)
  const ongoing = !md.planned && ONGOING.test(content);
  const contentTrigger = classify(content);
  const trigger = contentTrigger ?? (framed && !md.occurred && !md.planned && !ongoing ? classify(s.text) : null);
  const contentDates = dates.filter((d) => inDated(d) && !d.reporting && !d.attributive);
  const reportDates = dates.filter((d) => !inDated(d) || d.reporting);
  // The finest own date, nearest the start of the content (the main clause comes first in news prose).
  const own = [...contentDates].sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision) || a.start - b.start)[0];
  // "GOYANG, April 27 (UPI) — Kim Jong Un has walked across the border": the date line dates what it reports.
  const dateline = md.occurred ? dates.find((d) => d.dateline) : undefined;
  // "North Korea has continued work to dismantle the hotel, the ministry said Tuesday": going on as of the report.
  const asOfReport =
    ongoing ? dates.find((d) => d.reporting && !d.dateline && (d.precision === 'day' || d.precision === 'hour' || d.precision === 'minute')) : undefined;
  // "North Korea severed the hotline through Panmunjom, the ministry said Monday": a deed told with no day of its
  // own, in the sentence that reports it, is dated by the report.
  const byReport = !own && !dateline && !asOfReport && md.occurred && framed ? dates.find((d) => d.reporting && !d.dateline && (d.start >= cb || d.end <= ca) && DAY_PRECISE.has(d.precision)) : undefined;
  const date = own ?? dateline ?? asOfReport ?? byReport ?? null;
  // "found the body …, prompting an investigation", "brought to a port for investigation": an inquiry named after
  // a deed, or as its purpose, does not make the deed words.
  const inquiry = !!trigger?.weak && trigger.kind === 'reporting' && md.occurred && /^(?:probe|investigation|inquiry)$/i.test(content.slice(trigger.start, trigger.end)) &&
    /\b(?:prompting|prompted|sparking|sparked|triggering|triggered|leading\s+to|led\s+to|for|pending|under)\s+(?:[\w-]+\s+){0,3}$/i.test(content.slice(Math.max(0, trigger.start - 50), trigger.start));
  const kind: EventKind = inquiry ? 'incident' : trigger?.kind ?? 'incident';
  // Threats, statements and reports are sayings: they are not placed at what they talk about.
  // …and so are someone's own words in quotation marks, unless they tell of a deed ("“The North fired at 3:55
  // p.m., after activists launched balloons from Paju,” an official said" is the deed, as reported).
  const said = cb - ca < 3 || SAYING.has(kind) || (quoted && !md.occurred);
  // A denial or a condition reports nothing that happened.
  // (…but a call that "did not go through" is what happened: the line was cut.)
  if ((md.negated || md.hypothetical) && !md.occurred && !md.planned && !said && !(kind === 'communication-cut' && md.negated && !md.hypothetical)) return null;
  // "North Korean representatives at Panmunjom reiterated their threat": words said by people the subject puts at a
  // place were said there.
  const speakerAt = said && trigger && SAYING.has(trigger.kind) ? places.find((p) => inContent(p) && p.role === 'location' && p.end <= ca + trigger.start && /\b(?:at|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(ca, p.start - 8), p.start)) && SUBJECT_BEFORE.test(text.slice(ca, p.start))) : undefined;
  // "Ban said at an education forum in … Incheon", "Cho said during a ceremony at Dorasan Station", "told
  // reporters at Panmunjom": the words were said where the speaking verb puts its occasion.
  // (The verb is in the content, or, for words quoted before "…, Ban said at …", in the sentence's frame.)
  const inFrame = quoted && !(contentTrigger && SAYING.has(contentTrigger.kind));
  const frameVerb = said && !speakerAt && inFrame ? SAY_VERB.exec(text.slice(cb, s.end)) : null;
  const verbEnd = !said || speakerAt ? -1 : contentTrigger && SAYING.has(contentTrigger.kind) ? ca + contentTrigger.end : frameVerb ? cb + frameVerb.index + frameVerb[0].length : -1;
  const saidAt = verbEnd < 0 ? undefined : places.find((p) => p.sentence === s.index && p.role === 'location' && p.start >= verbEnd && p.start - verbEnd < 90 && (inFrame || p.end <= cb) && !CAPITALS.has(p.entry.id) && p.entry.kind !== 'country' && SPEECH_AT.test(text.slice(verbEnd, p.start)));
  const sites = said ? (speakerAt ? [speakerAt] : saidAt ? [saidAt] : []) : pickSites(text, places.filter(inContent));
  return {
    s,
    kind: said && !SAYING.has(kind) ? 'statement' : kind,
    date,
    reported: reportDates[0] ?? null,
    sites,
    // Actors are read only for the readings that become or join an event (most do not).
    get actors() {
      const value = findActors(s, places);
      Object.defineProperty(this, 'actors', { value });
      return value;
    },
    // A statement about the future was made now; only a happening can be planned.
    planned: !said && ((md.planned && !md.occurred) || !!date?.planned),
    said,
    occurred: md.occurred || md.planned || (ongoing && !!asOfReport),
    subject: subjectOf(content, places.filter(inContent)),
    background: false,
    byReport: !!byReport && date === byReport,
  };
}

/**
 * Reads an article and returns its located, dated events plus everything the stages found.
 * @param text the article as captured (kept byte for byte: every quote is text.slice(start, end))
 * @param meta publication date (YYYY-MM-DD) and time zone of the events
 * @param g compileGazetteer(gazetteer)
 */
export function extractArticle(text: string, meta: ArticleMeta, g: CompiledGazetteer, options: ExtractOptions = {}): { collection: EventCollection; analysis: Analysis } {
  if (typeof text !== 'string') throw new Error(`article text must be a string (got ${typeof text})`);
  if (!meta || typeof meta.published !== 'string') throw new Error('article meta needs "published" as YYYY-MM-DD');
  if (!g || !(g.byKey instanceof Map)) throw new Error('a compiled gazetteer is required: pass compileGazetteer(gazetteer)');
  const tz = meta.tz ?? 'Asia/Seoul';
  checkTimeZone(tz);
  const published = parseDay(meta.published, 'publication date');
  const warnings: string[] = [];

  // The paper's day, for a story that tells none (the lead's deeds).
  const paperDay: DateMention = { start: 0, end: 0, text: '', from: published, to: { ...published, h: 23, mi: 59 }, precision: 'day', date_start: toIso(published, tz), date_end: toIso({ ...published, h: 23, mi: 59 }, tz, 59), reporting: false, sentence: -1 };
  const blocks = findStructure(text);
  const sentences = findSentences(text, blocks, { maxSentence: options.maxSentence });
  // "no-fly zones" in a 2010 article are not the zones the 2018 agreement drew.
  const places = findPlaces(text, sentences, g, warnings).filter((p) => !p.entry.since || p.entry.since <= meta.published);
  const dates = findDates(text, sentences, { published, tz });
  // The page's own stamps ("Oct. 27, 2013 - 13:36", "2018.02.28 (15:07)"): dates of the text, dating nothing.
  const stampLines = blocks.filter((b) => b.kind === 'timestamp' || b.kind === 'dateline' || b.kind === 'byline').map((b, i) => ({ index: i, start: b.start, end: b.end, text: b.text, paragraph: 0, caption: false }));
  const stamps = stampLines.length ? findDates(text, stampLines, { published, tz }).map((d) => ({ ...d, reporting: true, dateline: true, sentence: -1 })) : [];
  const placesBy = groupBy(places, sentences.length);
  const datesBy = groupBy(dates, sentences.length);
  for (const d of dates) if (d.utc_check && !d.utc_check.ok) warnings.push(`stated UTC time "${d.utc_check.text}" does not match local "${d.text}" in ${tz}`);

  const drafts: Draft[] = [];
  // Sayings by day and person ("2020-06-13|Kim Yo Jong"), to gather one person's words of one day.
  const sayings = new Map<string, Draft>();
  // The discourse's reference time: the latest happening's date, inherited by sentences that give none.
  let reference: { date: DateMention; paragraph: number } | null = null;
  const recent = (s: Sentence, window: number) => {
    const out: Draft[] = [];
    for (let i = drafts.length - 1; i >= 0 && out.length < 12; i--) {
      if (s.index - drafts[i].lastSentence > window) break;
      out.push(drafts[i]);
    }
    return out;
  };
  const open = (r: Reading, date: DateMention, inherited: boolean): Draft => {
    const passage = passageOf(r.s);
    const d: Draft = {
      kind: r.kind,
      date,
      inherited,
      pictured: pictured(r.s),
      sites: r.sites,
      actors: [...r.actors],
      passages: [passage],
      main: passage,
      firstSentence: r.s.index,
      lastSentence: r.s.index,
      paragraph: r.s.paragraph,
      support: 1,
      planned: r.planned || (date.reporting === false && compareCivil(date.from, { ...published, h: 23, mi: 59 }) > 0),
      said: r.said,
      subject: r.subject,
      background: r.background,
      byReport: r.byReport,
    };
    drafts.push(d);
    return d;
  };
  const join = (e: Draft, r: Reading, date: DateMention | null) => {
    const passage = passageOf(r.s);
    e.passages.push(passage);
    e.lastSentence = r.s.index;
    if (date) {
      const merged = mergeDate(e.date, date);
      // A body passage that sharpens the date becomes the main quote (not a caption).
      if (merged === date && merged !== e.date && !r.s.caption) e.main = passage;
      if (e.inherited && date !== e.date) e.inherited = false;
      // (A day of its own that agrees with the report's confirms it.)
      if (!r.byReport) e.byReport = false;
      e.date = merged;
    }
    if (!e.said) e.sites = sitesCompatible(e.sites, r.sites) ? betterSites(e.sites, r.sites) : e.sites;
    if (e.kind === 'incident' && r.kind !== 'incident' && !SAYING.has(r.kind)) e.kind = r.kind;
    for (const a of r.actors) if (!e.actors.includes(a)) e.actors.push(a);
    if (date || r.sites.length) e.support++;
  };

  const remember = (e: Draft) => {
    if (SAYING.has(e.kind) && dayOrFiner(e.date)) for (const a of e.actors) if (isPerson(a)) sayings.set(`${e.date.date_start.slice(0, 10)}|${a}`, e);
  };
  /** Files one clause's reading: a new event, more of an earlier one, or nothing. */
  // Sites of the sentence just before that no event took: "…another soldier's escape through Panmunjom." then
  // "He was shot five times on Nov. 13." (the place told first, the date after).
  let untaken: { sentence: number; paragraph: number; sites: PlaceMention[] } | null = null;
  // The one day of every happening dated so far; null once a second day is told.
  let storyDay: DateMention | null | undefined;
  const place = (s: Sentence, r: Reading) => {
    const near = recent(s, DATED_WINDOW);
    // (Not from a line that ends in no stop: "View from the Goseong Unification Observation Tower (KTO)" is a caption.)
    if (r.date && !r.sites.length && !r.said && r.occurred && untaken && untaken.sentence === s.index - 1 && untaken.paragraph === s.paragraph && ENDS_SENTENCE.test(sentences[untaken.sentence].text))
      r = { ...r, sites: untaken.sites };
    // "The wildfire first broke out at 4:06 p.m. the previous day": a happening named again by its noun, with a day
    // of its own and no place, is where the sentences that named it put it.
    if (r.date && !r.sites.length && !r.said && r.occurred) {
      const noun = THE_HAPPENING.exec(s.text)?.[1].toLowerCase();
      const told = noun ? near.find((e) => e.sites.length && !e.said && s.index - e.lastSentence <= 3 && e.passages.some((q) => q.quote.toLowerCase().includes(noun))) : undefined;
      if (told) r = { ...r, sites: told.sites };
      // (…or where the sentence that named it first, with no day, put it: "A wildfire that broke out in the DMZ in
      // Goseong County has continued into its second day".)
      else if (noun) for (let k = s.index - 1; k >= Math.max(0, s.index - 5); k--) {
        // (Where it was introduced: "a wildfire", "an explosion".)
        if (!sentences[k].text.toLowerCase().includes(noun) || !new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?${noun}\\b`, 'i').test(sentences[k].text)) continue;
        const sites = pickSites(text, placesBy[k].filter((p) => p.role === 'location'));
        if (sites.length) {
          r = { ...r, sites };
          break;
        }
      }
    }
    // "…fired a machine gun at a guard post, the military confirmed Sunday." then "The incident occurred at 6 a.m.
    // on April 23 at a GP in Cheorwon": the day the report gave was only the report's.
    const redated = r.date && !r.said && !r.planned && !r.byReport && !r.background ? near.find((e) => e.byReport && s.index > e.lastSentence && s.index - e.lastSentence <= 2 && !e.said && (r.kind === e.kind || r.kind === 'incident') && sitesCompatible(e.sites, r.sites)) : undefined;
    if (redated) {
      redated.byReport = false;
      redated.date = r.date!;
      join(redated, r, null);
      if (dayOrFiner(r.date!)) reference = { date: r.date!, paragraph: s.paragraph };
      return;
    }
    if (r.date) {
      const target =
        (r.said || !SEPARATE.test(s.text) ? near.find((e) => datesAgree(e.date, r.date!) && kindsAgree(e.kind, r.kind) && e.said === r.said && e.planned === r.planned && sitesCompatible(e.sites, r.sites) && !(r.said && r.sites.length && !e.sites.length)) : undefined) ??
        // One person's words on one day, however far apart they are told, are one statement.
        (SAYING.has(r.kind) ? sayings.get(`${r.date.date_start.slice(0, 10)}|${r.actors.find(isPerson)}`) : undefined);
      remember(target ? (join(target, r, r.date), target) : open(r, r.date, false));
      // (A picture's day is the picture's, often a file photo's: not the story's.)
      if (!r.said && !r.background && dayOrFiner(r.date) && !r.planned && !pictured(r.s)) {
        reference = { date: r.date, paragraph: s.paragraph };
        storyDay = storyDay === undefined ? r.date : storyDay && sameDay(storyDay, r.date) ? storyDay : null;
      }
      return;
    }
    if (r.said) {
      // Only the report is dated ("…, the Joint Chiefs of Staff said Monday"): the event is the statement.
      if (r.reported) {
        // (Words said at a place of their own are not joined to words said elsewhere.)
        const target =
          near.find((e) => e.said && datesAgree(e.date, r.reported!) && e.actors.some((a) => r.actors.includes(a)) && !(r.sites.length && !e.sites.some((x) => r.sites.some((y) => y.entry === x.entry)))) ??
          sayings.get(`${r.reported.date_start.slice(0, 10)}|${r.actors.find(isPerson)}`);
        remember(target ? (join(target, r, r.reported), target) : open(r, r.reported, false));
      } else {
        const prev = near.find((e) => s.index - e.lastSentence <= 1);
        if (prev && prev.said) join(prev, r, null);
      }
      return;
    }
    const newThread = NEW_THREAD.test(s.text);
    // When only a general label links them, another actor ("South Korea issued …" after "North Korea fired …") is another happening.
    const actorFits = (e: Draft) => (e.kind === r.kind && r.kind !== 'incident') || !r.subject || !e.subject || e.subject === r.subject;
    // The latest event this could continue: close by, not a statement, the same kind of thing, the same actor.
    const prev = newThread ? undefined : near.find((e) => s.index - e.lastSentence <= UNDATED_WINDOW + 1 && !e.said && !e.background && !e.pictured && kindsAgree(e.kind, r.kind) && actorFits(e));
    if (r.sites.length) {
      // (An event told with no place takes one from a later sentence only when it tells the same kind of thing:
      // "At the Kaesong complex, workers were given …" is no place for the officers' agreement told before it.)
      // ("The virus was also found in another wild boar captured in Cheorwon": another one, at another place.)
      const another = !!prev && ANOTHER.test(s.text) && r.sites.some((x) => !x.anaphor && !prev.sites.some((y) => y.entry === x.entry));
      if (prev && !another && sitesCompatible(prev.sites, r.sites) && (prev.sites.length > 0 || prev.kind === r.kind)) {
        // "Two marines were killed on the island": more of the happening just told. A sentence that only
        // describes ("the complex lies 10 km north of the border") adds its words, not its places.
        join(prev, r.occurred ? r : { ...r, sites: [] }, null);
        if (!r.occurred && !HABITUAL.test(s.text)) untaken = { sentence: s.index, paragraph: s.paragraph, sites: r.sites };
      } else if (r.occurred && !EARLIER_TIME.test(text.slice(s.start, s.end))) {
        // A happening at a place with no date of its own takes the time of the latest happening of its kind
        // told a little before ("when the attack occurred"), else the discourse's, if recent.
        const like = r.kind !== 'incident' ? drafts.slice(-12).reverse().find((e) => e.kind === r.kind && !e.said && !e.background && !e.pictured && dayOrFiner(e.date)) : undefined;
        if (like) open(r, like.date, true);
        // A story of one day (every happening dated so far on that day) lends it to all its undated happenings.
        else if (reference && (s.paragraph - reference.paragraph <= INHERIT_PARAGRAPHS || (storyDay && sameDay(storyDay, reference.date) && SIMPLE_PAST.test(s.text) && !OTHER_TIME.test(s.text)))) open(r, reference.date, true);
        // A story that has dated no happening yet ("Pence landed via helicopter at Camp Bonifas"): its lead's deeds
        // are of the day it was published.
        else if (!reference && storyDay === undefined && s.paragraph <= LEAD_PARAGRAPHS && SIMPLE_PAST.test(s.text) && !OTHER_TIME.test(s.text) && !ONGOING.test(s.text)) open(r, paperDay, true);
        else untaken = { sentence: s.index, paragraph: s.paragraph, sites: r.sites };
      } else if ((r.occurred || r.kind !== 'incident') && !HABITUAL.test(s.text)) untaken = { sentence: s.index, paragraph: s.paragraph, sites: r.sites }; // (a description now, of no happening, lends no place: "About 39,000 North Koreans work … at Kaesong.")
      return;
    }
    // No date, no place: more of a happening just told only when it names the same kind of thing.
    if (prev && s.index - prev.lastSentence <= 1 && prev.kind === r.kind && r.kind !== 'incident') join(prev, r, null);
  };

  for (const s of sentences) {
    // A sentence with no date and no place can only continue the event just told: skip it when there is none.
    const last = drafts[drafts.length - 1];
    if (!datesBy[s.index].length && !placesBy[s.index].some((p) => p.role === 'location') && (!last || s.index - last.lastSentence > 1)) continue;
    // "North Korea is demolishing a reunion center at Mount Kumgang. …, the ministry said Thursday.": a happening
    // going on, told with no date, is as of the report the next sentence of its paragraph dates.
    let dates = datesBy[s.index];
    const next = sentences[s.index + 1];
    if (!dates.length && next && next.paragraph === s.paragraph && ONGOING.test(s.text)) dates = datesBy[next.index].filter((d) => d.reporting && !d.dateline && DAY_PRECISE.has(d.precision));
    for (const r of read(text, s, placesBy[s.index], dates)) place(s, r);
  }

  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  const ids = new Map<string, number>();
  const uniqueId = (base: string) => {
    const k = (ids.get(base) ?? 0) + 1;
    ids.set(base, k);
    return k > 1 ? `${base}-${k}` : base;
  };
  const ordered = drafts
    .map((e) => ({ e, main: e.main.caption ? (e.passages.find((p) => !p.caption) ?? e.main) : e.main }))
    .sort((a, b) => a.main.start - b.main.start);
  ordered.forEach(({ e, main }, i) => {
    const passages = [main, ...e.passages.filter((p) => p !== main).sort((a, b) => a.start - b.start)];
    const day = e.date.date_start.slice(0, 10);
    const base = {
      n: i + 1,
      kind: e.kind,
      actors: e.actors,
      date_start: e.date.date_start,
      date_end: e.date.date_end,
      date_precision: e.date.precision,
      date_text: e.date.text,
      quote: main.quote,
      quote_start: main.start,
      quote_end: main.end,
      paragraph: main.paragraph,
      passages,
      confidence: confidence(e),
      ...(e.planned ? { planned: true } : {}),
    };
    if (!e.sites.length) {
      unlocated.push({ ...base, id: uniqueId(`${e.kind}-${day}`), place: null, place_id: null });
      return;
    }
    let group: string | undefined;
    for (const site of e.sites) {
      const entry = site.entry;
      const id = uniqueId(`${e.kind}-${day}-${entry.id}`);
      if (e.sites.length > 1) group ??= id;
      const props: EventProps = {
        ...base,
        id,
        place: entry.name,
        place_id: entry.id,
        place_kind: entry.kind === 'area' ? 'area' : entry.kind === 'line' ? 'line' : 'point',
        ...(group ? { group } : {}),
      };
      if (entry.name_ko) props.place_ko = entry.name_ko;
      if (entry.layer) props.place_layer = entry.layer;
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [entry.coord[0], entry.coord[1]] }, properties: props });
    }
  });
  if (!places.some((p) => p.role === 'location')) warnings.push('no places of the gazetteer found in the article');

  const collection: EventCollection = { type: 'FeatureCollection', features, unlocated };
  if (meta.slug && meta.title) collection.story = { slug: meta.slug, title: meta.title, published: meta.published, tz };
  return { collection, analysis: { blocks, sentences, places, dates: stamps.length ? [...dates, ...stamps].sort((a, b) => a.start - b.start) : dates, warnings } };
}

function confidence(e: Draft): number {
  let c = 0.35;
  c += finer(e.date.precision, 'week') ? 0.25 : e.date.precision === 'year' ? 0.1 : 0.15;
  if (e.inherited) c -= 0.15;
  const site = e.sites[0];
  if (site) c += site.anaphor ? 0.1 : site.generic ? 0.15 : 0.2;
  if (e.support > 1) c += 0.1;
  if (e.passages.every((p) => p.caption)) c -= 0.1;
  if (e.date.utc_check && !e.date.utc_check.ok) c -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

function groupBy<T extends { sentence: number }>(items: T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  for (const it of items) out[it.sentence].push(it);
  return out;
}

/**
 * The located, dated events of an article as a GeoJSON FeatureCollection (the CLI's format).
 * @example extractEvents(text, { published: '2020-06-16', tz: 'Asia/Seoul' }, compileGazetteer(g))
 */
export function extractEvents(text: string, meta: ArticleMeta, g: CompiledGazetteer, options: ExtractOptions = {}): EventCollection {
  return extractArticle(text, meta, g, options).collection;
}
