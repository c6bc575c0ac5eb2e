// The gold corpus's format (tests/corpus/README.md): types, loading and validation. Reads files only;
// never runs the pipeline, so annotators can check their work before the pipeline sees a text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LAYERS = ['mdl', 'dmz', 'nll', 'demilitarised-zones', 'cma-ground-buffer', 'cma-no-fly', 'cma-maritime-buffer', 'leaflet-launch', 'kaesong', 'seoul', 'places'] as const;
export const TIERS = ['core', 'optional', 'hard', 'unlocated'] as const;
export type Tier = (typeof TIERS)[number];

export interface GoldMeta {
  slug: string;
  title: string;
  outlet: string;
  published: string;
  tz: string;
  url: string;
  retrieved?: string;
  licence?: string;
  note?: string;
}
export interface GoldToponym {
  text: string;
  kind?: string;
  country?: string;
  coord?: [number, number];
  layer?: string;
  source?: string;
}
export interface GoldDate {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  to?: string;
  time?: string;
  to_time?: string;
  planned?: boolean;
}
export interface GoldPlace {
  name: string;
  country?: string;
  coord?: [number, number];
  layer?: string;
}
export interface GoldEvent {
  id: string;
  what: string;
  type: string;
  tier: Tier;
  sentence: string;
  also?: string[];
  date: string;
  to?: string;
  time?: string;
  to_time?: string;
  planned?: boolean;
  places: GoldPlace[];
}
export interface Gold {
  annotated: { by: string; on: string; before_pipeline: boolean; notes?: string };
  toponyms: GoldToponym[];
  dates: GoldDate[];
  events: GoldEvent[];
}
export interface GoldArticle {
  set: string;
  slug: string;
  dir: string;
  text: string;
  meta: GoldMeta;
  gold: Gold;
}

const DAY = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Every problem of one article's files, as plain sentences; empty when it is sound. */
export function checkArticle(a: GoldArticle): string[] {
  const errs: string[] = [];
  const { text, meta, gold } = a;
  const need = (cond: unknown, msg: string) => {
    if (!cond) errs.push(msg);
  };
  need(!text.startsWith('\ufeff'), 'article.txt starts with a byte-order mark');
  need(!text.includes('\r'), 'article.txt has \\r line ends');
  need(text.trim().length > 200, 'article.txt is shorter than 200 characters');
  for (const k of ['slug', 'title', 'outlet', 'published', 'tz', 'url'] as const) need(typeof meta[k] === 'string' && meta[k], `meta.json: "${k}" is missing`);
  need(meta.slug === a.slug, `meta.json: slug "${meta.slug}" is not the folder name "${a.slug}"`);
  need(/^\d{4}-\d{2}-\d{2}$/.test(meta.published ?? ''), `meta.json: published "${meta.published}" is not YYYY-MM-DD`);
  need(a.slug.startsWith(meta.published ?? '-'), 'the slug does not start with the publication date');
  need(/^https?:\/\//.test(meta.url ?? ''), 'meta.json: url is not an http(s) address');
  try {
    new Intl.DateTimeFormat('en', { timeZone: meta.tz });
  } catch {
    errs.push(`meta.json: tz "${meta.tz}" is not an IANA time zone`);
  }
  need(gold && gold.annotated && gold.annotated.before_pipeline === true, 'gold.json: annotated.before_pipeline must be true');
  const inText = (s: string, what: string) => need(typeof s === 'string' && s.length > 0 && text.includes(s), `${what}: "${String(s).slice(0, 80)}" is not in article.txt verbatim`);
  const checkCoord = (c: unknown, country: string | undefined, what: string) => {
    const ok = Array.isArray(c) && c.length === 2 && c.every((v) => typeof v === 'number' && Number.isFinite(v)) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;
    need(ok, `${what}: coord must be [lon, lat] in degrees`);
    // Both Koreas lie within 124–132°E, 33–43.5°N: a swapped or mistyped pair shows here.
    if (ok && (country === 'KR' || country === 'KP')) need(c[0] >= 124 && c[0] <= 132 && c[1] >= 33 && c[1] <= 43.5, `${what}: coord ${JSON.stringify(c)} is not in Korea ([lon, lat]?)`);
  };
  const checkDate = (o: { date: string; to?: string; time?: string; to_time?: string }, what: string) => {
    need(DAY.test(o.date ?? ''), `${what}: date "${o.date}" is not YYYY-MM-DD, YYYY-MM or YYYY`);
    if (o.to != null) need(DAY.test(o.to) && o.to >= o.date, `${what}: to "${o.to}" is not a date after "${o.date}"`);
    if (o.time != null) need(TIME.test(o.time) && o.date.length === 10, `${what}: time "${o.time}" needs HH:MM and a day`);
    if (o.to_time != null) need(TIME.test(o.to_time), `${what}: to_time "${o.to_time}" is not HH:MM`);
  };
  const seenTop = new Set<string>();
  for (const [i, t] of (gold?.toponyms ?? []).entries()) {
    const w = `toponym #${i + 1}`;
    inText(t.text, w);
    need(!seenTop.has(t.text), `${w}: "${t.text}" is listed twice`);
    seenTop.add(t.text);
    need(t.coord || t.layer, `${w} "${t.text}": needs coord or layer`);
    if (t.coord) {
      checkCoord(t.coord, t.country, w);
      need(t.country, `${w} "${t.text}": a point needs its country`);
      need(t.source, `${w} "${t.text}": a point needs the source of its coordinates`);
    }
    if (t.layer) need((LAYERS as readonly string[]).includes(t.layer), `${w}: layer "${t.layer}" is not one of ${LAYERS.join(', ')}`);
  }
  for (const [i, d] of (gold?.dates ?? []).entries()) {
    inText(d.text, `date #${i + 1}`);
    checkDate(d, `date #${i + 1} "${d.text}"`);
  }
  const ids = new Set<string>();
  for (const [i, e] of (gold?.events ?? []).entries()) {
    const w = `event #${i + 1} (${e.id})`;
    need(e.id && !ids.has(e.id), `${w}: id missing or repeated`);
    ids.add(e.id);
    need((TIERS as readonly string[]).includes(e.tier), `${w}: tier "${e.tier}" is not one of ${TIERS.join(', ')}`);
    need(e.what && e.type, `${w}: needs "what" and "type"`);
    inText(e.sentence, `${w} sentence`);
    for (const s of e.also ?? []) inText(s, `${w} also`);
    checkDate(e, w);
    need(Array.isArray(e.places), `${w}: places must be an array`);
    if (e.tier === 'unlocated') need(e.places.length === 0, `${w}: an unlocated event has no places`);
    if (e.tier === 'core') need(e.places.length > 0, `${w}: a core event needs its place(s)`);
    for (const p of e.places ?? []) {
      need(p.name && (p.coord || p.layer), `${w}: place "${p.name}" needs name and coord or layer`);
      if (p.coord) {
        checkCoord(p.coord, p.country, `${w} place "${p.name}"`);
        need(p.country, `${w}: place "${p.name}" needs its country`);
      }
      if (p.layer) need((LAYERS as readonly string[]).includes(p.layer), `${w}: layer "${p.layer}" unknown`);
    }
  }
  need((gold?.events ?? []).length > 0, 'gold.json: no events');
  return errs;
}

/** The articles of one set ('dev' or 'test'), sorted by slug. */
export function loadSet(root: string, set: string): GoldArticle[] {
  const dir = join(root, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const at = join(dir, slug);
      const read = (f: string) => {
        try {
          return readFileSync(join(at, f), 'utf8');
        } catch {
          throw new Error(`${set}/${slug}: ${f} is missing`);
        }
      };
      const json = (f: string) => {
        try {
          return JSON.parse(read(f));
        } catch (e) {
          throw new Error(`${set}/${slug}/${f}: ${(e as Error).message}`);
        }
      };
      return { set, slug, dir: at, text: read('article.txt'), meta: json('meta.json'), gold: json('gold.json') };
    });
}
