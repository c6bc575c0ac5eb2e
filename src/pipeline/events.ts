// Stage 5: events — one per distinct happening, with kind, actors, place, date and passages.
import type { DatePrecision, EventCollection, EventFeature, EventKind, EventProps, Passage, UnlocatedEvent } from '../data/types';
import { findActors } from './actors';
import { findDates } from './dates';
import type { CompiledGazetteer } from './gazetteer';
import { classify } from './kinds';
import { findPlaces, placeRank } from './places';
import { findSentences } from './sentences';
import { findStructure } from './structure';
import { checkTimeZone, compareCivil, parseDay } from './time';
import type { Analysis, ArticleMeta, DateMention, ExtractOptions, PlaceMention, Sentence, Trigger } from './types';

interface Draft {
  kind: EventKind;
  date: DateMention;
  place: PlaceMention | null;
  actors: string[];
  passages: Passage[];
  /** The passage the event's date comes from: the main quote. */
  main: Passage;
  lastSentence: number;
  /** Sentences whose own date or place agreed with the event. */
  support: number;
}

const PRECISION_ORDER: DatePrecision[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const finer = (a: DatePrecision, b: DatePrecision) => PRECISION_ORDER.indexOf(a) < PRECISION_ORDER.indexOf(b);
const overlaps = (a: DateMention, b: DateMention) => compareCivil(a.from, b.to) <= 0 && compareCivil(b.from, a.to) <= 0;
const sameDay = (a: DateMention, b: DateMention) => a.from.y === b.from.y && a.from.m === b.from.m && a.from.d === b.from.d;
const dayOrFiner = (d: DateMention) => finer(d.precision, 'week');
// How far back (in sentences) a sentence may join an earlier event.
const DATED_WINDOW = 8;
const UNDATED_WINDOW = 3;

function passageOf(s: Sentence): Passage {
  const p: Passage = { quote: s.text, start: s.start, end: s.end, paragraph: s.paragraph };
  if (s.caption) p.caption = true;
  return p;
}

/** The event's place: the most specific located mention; named places before anaphors. */
function pickPlace(mentions: PlaceMention[]): PlaceMention | null {
  const located = mentions.filter((m) => m.role === 'location');
  if (!located.length) return null;
  return [...located].sort((a, b) => Number(a.anaphor) - Number(b.anaphor) || placeRank(a.entry) - placeRank(b.entry) || a.start - b.start)[0];
}

/** The date of the happening: not a reporting date when another exists; the finest, nearest the trigger. */
function pickDate(dates: DateMention[], trigger: Trigger, s: Sentence): DateMention | null {
  if (!dates.length) return null;
  const own = dates.filter((d) => !d.reporting);
  const pool = own.length ? own : trigger.kind === 'statement' || trigger.kind === 'reporting' ? dates : [];
  if (!pool.length) return null;
  const at = s.start + trigger.start;
  return [...pool].sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision) || Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** Great-circle distance in km between two [lon, lat]. */
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
// Two named points this close may be one happening told twice ("the office" / "Kaesong").
const SAME_PLACE_KM = 25;

function placesCompatible(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a || !b || a.entry === b.entry) return true;
  // A named point and an area/line/country around it may be the same happening.
  const broad = (p: PlaceMention) => ['area', 'line', 'country', 'province'].includes(p.entry.kind) || p.anaphor;
  return broad(a) || broad(b) || km(a.entry.coord, b.entry.coord) <= SAME_PLACE_KM;
}

function better(a: PlaceMention | null, b: PlaceMention | null): PlaceMention | null {
  if (!a) return b;
  if (!b) return a;
  if (a.anaphor !== b.anaphor) return a.anaphor ? b : a;
  return placeRank(b.entry) < placeRank(a.entry) ? b : a;
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

function isPerson(actor: string): boolean {
  return /^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}$/.test(actor) && !/\b(?:Korea|Ministry|Agency|Army|Party|Staff|Group|Office|Command|Media)\b/.test(actor);
}

function mergeInto(e: Draft, s: Sentence, date: DateMention | null, place: PlaceMention | null, actors: string[]) {
  const passage = passageOf(s);
  e.passages.push(passage);
  e.lastSentence = s.index;
  if (date) {
    const merged = mergeDate(e.date, date);
    // A body passage that sharpens the date becomes the main quote (not a caption).
    if (merged === date && merged !== e.date && !s.caption) e.main = passage;
    e.date = merged;
  }
  e.place = placesCompatible(e.place, place) ? better(e.place, place) : e.place;
  for (const a of actors) if (!e.actors.includes(a)) e.actors.push(a);
  if (date || place) e.support++;
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

  const blocks = findStructure(text);
  const sentences = findSentences(text, blocks, { maxSentence: options.maxSentence });
  const places = findPlaces(text, sentences, g, warnings);
  const dates = findDates(text, sentences, { published, tz });
  const placesBy = groupBy(places, sentences.length);
  const datesBy = groupBy(dates, sentences.length);
  for (const d of dates) if (d.utc_check && !d.utc_check.ok) warnings.push(`stated UTC time "${d.utc_check.text}" does not match local "${d.text}" in ${tz}`);

  const drafts: Draft[] = [];
  for (const s of sentences) {
    const trigger = classify(s.text);
    if (!trigger) continue;
    const ps = placesBy[s.index];
    let date = pickDate(datesBy[s.index], trigger, s);
    let place = pickPlace(ps);
    const reported = datesBy[s.index].find((d) => d.reporting);
    if (!date && reported) {
      // Only the report is dated ("…, the Joint Chiefs of Staff said Monday"): the event is the statement,
      // made wherever its speaker was, not at the places it talks about.
      trigger.kind = 'statement';
      date = reported;
      place = null;
    }
    const actors = findActors(s, ps);
    if (date) {
      const target = [...drafts].reverse().find(
        (e) =>
          (s.index - e.lastSentence <= DATED_WINDOW && e.kind === trigger.kind && (overlaps(e.date, date) || (dayOrFiner(e.date) && dayOrFiner(date) && sameDay(e.date, date))) && placesCompatible(e.place, place)) ||
            (dayOrFiner(e.date) && dayOrFiner(date) && sameDay(e.date, date) && ['statement', 'threat'].includes(e.kind) && ['statement', 'threat'].includes(trigger.kind) && e.actors.some((a) => isPerson(a) && actors.includes(a))),
      );
      if (target) mergeInto(target, s, date, place, actors);
      else {
        const passage = passageOf(s);
        drafts.push({ kind: trigger.kind, date, place, actors: [...actors], passages: [passage], main: passage, lastSentence: s.index, support: 1 });
      }
    } else {
      const prev = drafts[drafts.length - 1];
      if (prev && s.index - prev.lastSentence <= UNDATED_WINDOW && (prev.kind === trigger.kind || (place && prev.place && place.entry === prev.place.entry))) mergeInto(prev, s, null, place, actors);
    }
  }

  // A leaflet campaign "across the border" is mapped on the leaflet-launch areas when the gazetteer has them.
  const launch = g.byLayer.get('leaflet-launch');
  for (const e of drafts) if (e.kind === 'leaflet-launch' && launch && e.place?.generic && e.place.entry.layer === 'mdl') e.place = { ...e.place, entry: launch };

  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  const ids = new Map<string, number>();
  const ordered = drafts
    .map((e) => ({ e, main: e.main.caption ? (e.passages.find((p) => !p.caption) ?? e.main) : e.main }))
    .sort((a, b) => a.main.start - b.main.start);
  ordered.forEach(({ e, main }, i) => {
    const passages = [main, ...e.passages.filter((p) => p !== main).sort((a, b) => a.start - b.start)];
    const placeId = e.place?.entry.id ?? null;
    let id = `${e.kind}-${e.date.date_start.slice(0, 10)}${placeId ? '-' + placeId : ''}`;
    const k = (ids.get(id) ?? 0) + 1;
    ids.set(id, k);
    if (k > 1) id += `-${k}`;
    const base = {
      id,
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
    };
    if (e.place) {
      const entry = e.place.entry;
      const props: EventProps = {
        ...base,
        place: entry.name,
        place_id: entry.id,
        place_kind: entry.kind === 'area' ? 'area' : entry.kind === 'line' ? 'line' : 'point',
      };
      if (entry.name_ko) props.place_ko = entry.name_ko;
      if (entry.layer) props.place_layer = entry.layer;
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [entry.coord[0], entry.coord[1]] }, properties: props });
    } else unlocated.push({ ...base, place: null, place_id: null });
  });
  if (!places.some((p) => p.role === 'location')) warnings.push('no places of the gazetteer found in the article');

  const collection: EventCollection = { type: 'FeatureCollection', features, unlocated };
  if (meta.slug && meta.title) collection.story = { slug: meta.slug, title: meta.title, published: meta.published, tz };
  return { collection, analysis: { blocks, sentences, places, dates, warnings } };
}

function confidence(e: Draft): number {
  let c = 0.35;
  c += finer(e.date.precision, 'week') ? 0.25 : e.date.precision === 'year' ? 0.1 : 0.15;
  if (e.place) c += e.place.anaphor ? 0.1 : e.place.generic ? 0.15 : 0.2;
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
