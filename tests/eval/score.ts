// Scores the pipeline's output for one article against its gold (tests/corpus/README.md, "Scoring").
// Pure: takes the article, its gold and the pipeline's result; returns counts, never reads files.
import type { EventCollection, EventProps, UnlocatedEvent } from '../../src/data/types';
import type { Analysis } from '../../src/pipeline/index';
import type { GoldArticle, GoldEvent, GoldPlace } from './gold';
import { km } from '../../src/pipeline/distance';

export const NEAR_KM = 20;

/** A numerator over a denominator; the ratio is 1 when there is nothing to count. */
export interface Ratio {
  n: number;
  of: number;
}
export const ratio = (r: Ratio) => (r.of ? r.n / r.of : 1);

export interface ArticleScore {
  slug: string;
  toponyms: { found: Ratio; resolved: Ratio; precision: Ratio };
  dates: { found: Ratio; dayExact: Ratio; overlap: Ratio; planned: Ratio };
  events: {
    coreRecall: Ratio;
    siteRecall: Ratio;
    locatedPrecision: Ratio;
    eventPrecision: Ratio;
    unlocatedPlaced: Ratio;
    unlocatedRecall: Ratio;
  };
  /** What went wrong, for reading (one line each). */
  misses: string[];
}

type AnyEvent = EventProps | UnlocatedEvent;
type LonLat = [number, number];


/** Every occurrence of `s` in `text` as a whole word run (not inside a longer word). */
export function occurrences(text: string, s: string): [number, number][] {
  const out: [number, number][] = [];
  if (!s) return out;
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + s.length] ?? ' ';
    if ((word.test(s[0]) && word.test(before)) || (word.test(s[s.length - 1]) && word.test(after))) continue;
    out.push([i, i + s.length]);
  }
  return out;
}

/** The gold interval as local 'YYYY-MM-DDTHH:MM' strings, comparable with the pipeline's ISO dates. */
export function goldSpan(d: { date: string; to?: string; time?: string; to_time?: string }): [string, string] {
  const lo = (x: string) => (x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x);
  const hi = (x: string) => {
    if (x.length === 4) return `${x}-12-31`;
    if (x.length === 7) {
      const [y, m] = x.split('-').map(Number);
      return `${x}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    }
    return x;
  };
  const start = `${lo(d.date)}T${d.time ?? '00:00'}`;
  const endDay = hi(d.to ?? d.date);
  const end = `${endDay}T${d.to_time ?? (d.time && !d.to ? d.time : '23:59')}`;
  return [start, end];
}
const local = (iso: string) => iso.slice(0, 16);
const overlap = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];

/** The right date: a day-precision gold date needs a predicted day (or finer) on that day; coarser gold, an overlap. */
function rightDate(e: { date_start: string; date_end: string; date_precision: string }, g: { date: string; to?: string; time?: string; to_time?: string }): boolean {
  const span = goldSpan(g);
  const pred: [string, string] = [local(e.date_start), local(e.date_end)];
  if (g.date.length === 10) {
    // A gold interval of days ("last week": June 15–21) is also matched by a prediction no wider than it.
    if (!['minute', 'hour', 'day'].includes(e.date_precision)) return !!g.to && pred[0] >= span[0] && pred[1] <= span[1];
    const day = pred[0].slice(0, 10);
    return day >= span[0].slice(0, 10) && day <= span[1].slice(0, 10);
  }
  return overlap(pred, span);
}

function placeNear(coord: LonLat | null, layer: string | undefined, p: GoldPlace): boolean {
  if (p.layer && layer && p.layer === layer) return true;
  return !!(p.coord && coord && km(coord, p.coord) <= NEAR_KM);
}

const r = (n: number, of: number): Ratio => ({ n, of });

/**
 * Scores one article.
 * @param a the article with its gold
 * @param collection the pipeline's events
 * @param analysis the pipeline's stages (places and dates found)
 */
export function scoreArticle(a: GoldArticle, collection: EventCollection, analysis: Analysis): ArticleScore {
  const { text, gold } = a;
  const misses: string[] = [];

  // Toponyms.
  const mentions = analysis.places;
  let tFound = 0;
  let tResolved = 0;
  for (const t of gold.toponyms) {
    const occ = occurrences(text, t.text);
    const hits = mentions.filter((m) => occ.some(([s, e]) => m.start < e && s < m.end));
    if (hits.length) tFound++;
    const ok = hits.some((m) => (t.layer && m.entry.layer === t.layer) || (t.coord && km(m.entry.coord, t.coord) <= NEAR_KM));
    if (ok) tResolved++;
    else misses.push(hits.length ? `toponym "${t.text}" resolved to ${hits.map((h) => h.entry.id).join('/')}` : `toponym "${t.text}" not found`);
  }
  const goldOcc = gold.toponyms.flatMap((t) => occurrences(text, t.text));
  // Names only: an anaphor ("the island") refers to a name, and an institution speaking ("the Unification
  // Ministry said") is a body, not a place.
  const specific = mentions.filter(
    (m) => m.entry.kind !== 'country' && m.entry.kind !== 'province' && !m.anaphor && !(m.role === 'actor' && (m.entry.kind === 'building' || m.entry.kind === 'site')),
  );
  const tPrecise = specific.filter((m) => goldOcc.some(([s, e]) => m.start < e && s < m.end)).length;
  for (const m of specific) if (!goldOcc.some(([s, e]) => m.start < e && s < m.end)) misses.push(`extra toponym "${m.text}" → ${m.entry.id}`);

  // Dates.
  let dFound = 0;
  let dExact = 0;
  let dDays = 0;
  let dOverlap = 0;
  let planned = 0;
  let plannedOf = 0;
  for (const g of gold.dates) {
    const occ = occurrences(text, g.text);
    const hits = analysis.dates.filter((d) => occ.some(([s, e]) => d.start < e && s < d.end));
    if (hits.length) dFound++;
    const span = goldSpan(g);
    if (g.date.length === 10 && !g.to) {
      dDays++;
      if (hits.some((d) => d.date_start.slice(0, 10) === g.date)) dExact++;
    }
    if (hits.some((d) => overlap([local(d.date_start), local(d.date_end)], span))) dOverlap++;
    else misses.push(hits.length ? `date "${g.text}" read as ${hits.map((h) => h.date_start.slice(0, 16)).join('/')} (gold ${g.date}${g.to ? '…' + g.to : ''})` : `date "${g.text}" not found`);
    if (g.planned) {
      plannedOf++;
      if (hits.some((d) => overlap([local(d.date_start), local(d.date_end)], span))) planned++;
    }
  }

  // Events.
  const located: EventProps[] = collection.features.map((f) => ({ ...f.properties, __coord: f.geometry.coordinates }) as EventProps & { __coord: LonLat });
  const coordOf = (e: EventProps) => (e as EventProps & { __coord: LonLat }).__coord;
  const unlocated: UnlocatedEvent[] = collection.unlocated;
  const starts = (g: GoldEvent) => [g.sentence, ...(g.also ?? [])].map((s) => text.indexOf(s)).filter((i) => i >= 0);
  const quotes = (e: AnyEvent, g: GoldEvent) => {
    const ss = starts(g);
    return e.passages.some((p) => ss.some((i) => p.start <= i && i < p.end));
  };
  const core = gold.events.filter((g) => g.tier === 'core');
  let coreHit = 0;
  let sites = 0;
  let sitesHit = 0;
  for (const g of core) {
    const cands = located.filter((e) => quotes(e, g) && rightDate(e, g));
    const hit = cands.some((e) => g.places.some((p) => placeNear(coordOf(e), e.place_layer, p)));
    if (hit) coreHit++;
    else {
      const any = located.filter((e) => quotes(e, g));
      const un = unlocated.filter((e) => quotes(e, g));
      misses.push(
        `core "${g.what}" (${g.date} @ ${g.places.map((p) => p.name).join(', ')}): ` +
          (any.length ? any.map((e) => `${e.kind} ${e.date_start.slice(0, 10)} @ ${e.place}`).join('; ') : un.length ? `unlocated ${un.map((e) => e.date_start.slice(0, 10)).join(', ')}` : 'no event quotes it'),
      );
    }
    for (const p of g.places) {
      sites++;
      if (cands.some((e) => placeNear(coordOf(e), e.place_layer, p))) sitesHit++;
    }
  }
  // Located precision: markers near a place the text names (gold toponyms and event places) or on a layer it names.
  const named: GoldPlace[] = [
    ...gold.toponyms.map((t) => ({ name: t.text, coord: t.coord, layer: t.layer })),
    ...gold.events.flatMap((g) => g.places),
  ];
  let lp = 0;
  for (const e of located) {
    if (named.some((p) => placeNear(coordOf(e), e.place_layer, p))) lp++;
    else misses.push(`marker "${e.place}" (${e.kind}) is not near a place the text names`);
  }
  // Event precision, per event (markers of one group count once).
  const groups = new Map<string, AnyEvent>();
  for (const e of [...located, ...unlocated]) groups.set((e as EventProps).group ?? e.id, e);
  let ep = 0;
  for (const [, e] of groups) {
    const markers = located.filter((m) => (m.group ?? m.id) === ((e as EventProps).group ?? e.id));
    const all = markers.length ? markers : [e];
    if (gold.events.some((g) => all.some((m) => quotes(m, g)))) ep++;
    else misses.push(`extra event ${e.kind} ${e.date_start.slice(0, 10)} "${e.quote.slice(0, 70)}"`);
  }
  // Gold unlocated events: never on the map; ideally on the timeline.
  const un = gold.events.filter((g) => g.tier === 'unlocated');
  let placed = 0;
  let unFound = 0;
  for (const g of un) {
    // A marker for a located happening told in the same sentence on the same day is not this event placed.
    const located_ = (e: EventProps) => gold.events.some((h) => h.tier !== 'unlocated' && quotes(e, h) && rightDate(e, h) && h.places.some((p) => placeNear(coordOf(e), e.place_layer, p)));
    const onMap = located.filter((e) => quotes(e, g) && rightDate(e, g) && !located_(e));
    if (onMap.length) {
      placed++;
      misses.push(`unlocated "${g.what}" was placed at ${onMap.map((e) => e.place).join(', ')}`);
    }
    if (unlocated.some((e) => quotes(e, g) && rightDate(e, g))) unFound++;
  }

  return {
    slug: a.slug,
    toponyms: { found: r(tFound, gold.toponyms.length), resolved: r(tResolved, gold.toponyms.length), precision: r(tPrecise, specific.length) },
    dates: { found: r(dFound, gold.dates.length), dayExact: r(dExact, dDays), overlap: r(dOverlap, gold.dates.length), planned: r(planned, plannedOf) },
    events: {
      coreRecall: r(coreHit, core.length),
      siteRecall: r(sitesHit, sites),
      locatedPrecision: r(lp, located.length),
      eventPrecision: r(ep, groups.size),
      unlocatedPlaced: r(placed, un.length),
      unlocatedRecall: r(unFound, un.length),
    },
    misses,
  };
}

type Scores = Omit<ArticleScore, 'slug' | 'misses'>;

/** Sums of every ratio over articles (micro-averaged). */
export function total(scores: ArticleScore[]): Scores {
  const zero = (): Ratio => ({ n: 0, of: 0 });
  const t: Scores = {
    toponyms: { found: zero(), resolved: zero(), precision: zero() },
    dates: { found: zero(), dayExact: zero(), overlap: zero(), planned: zero() },
    events: { coreRecall: zero(), siteRecall: zero(), locatedPrecision: zero(), eventPrecision: zero(), unlocatedPlaced: zero(), unlocatedRecall: zero() },
  };
  for (const s of scores)
    for (const stage of ['toponyms', 'dates', 'events'] as const)
      for (const [k, v] of Object.entries(s[stage])) {
        const acc = (t[stage] as Record<string, Ratio>)[k];
        acc.n += v.n;
        acc.of += v.of;
      }
  return t;
}
