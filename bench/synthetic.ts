// Synthetic stories for the scale runs and a synthetic article for the pipeline run.
// Deterministic (seeded), built from real text and real town coordinates.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventCollection, EventKind, EventProps, Gazetteer, StoryMeta } from '../src/data/types';
import { gaussian, prng } from './prng';

export interface Town {
  id: string;
  name: string;
  coord: [number, number];
  /** Relative weight: how many events gather around it. */
  weight: number;
}

// Fallback when public/data/gazetteer.json has not landed. City-centre coordinates rounded to
// 0.01° (about 1 km), from the towns' GeoNames/Wikipedia entries; weights favour the border
// area, where the stories happen, over the big southern cities.
const FALLBACK_TOWNS: Array<[string, number, number, number]> = [
  ['Seoul', 126.98, 37.57, 10],
  ['Incheon', 126.71, 37.46, 4],
  ['Paju', 126.78, 37.76, 6],
  ['Gimpo', 126.72, 37.62, 3],
  ['Ganghwa', 126.49, 37.75, 3],
  ['Panmunjom', 126.68, 37.96, 5],
  ['Kaesong', 126.55, 37.97, 8],
  ['Yeoncheon', 127.08, 38.1, 3],
  ['Cheorwon', 127.31, 38.15, 3],
  ['Dongducheon', 127.06, 37.9, 2],
  ['Uijeongbu', 127.03, 37.74, 2],
  ['Hwacheon', 127.71, 38.11, 2],
  ['Yanggu', 127.99, 38.11, 2],
  ['Inje', 128.17, 38.07, 2],
  ['Goseong', 128.47, 38.38, 3],
  ['Sokcho', 128.59, 38.21, 2],
  ['Chuncheon', 127.73, 37.88, 2],
  ['Yeonpyeong-do', 125.7, 37.67, 3],
  ['Baengnyeong-do', 124.71, 37.96, 2],
  ['Haeju', 125.71, 38.04, 2],
  ['Sariwon', 125.76, 38.51, 1],
  ['Pyongyang', 125.75, 39.04, 6],
  ['Wonsan', 127.44, 39.15, 2],
  ['Hamhung', 127.54, 39.92, 1],
  ['Sinuiju', 124.4, 40.1, 1],
  ['Chongjin', 129.78, 41.8, 1],
  ['Daejeon', 127.38, 36.35, 1],
  ['Daegu', 128.6, 35.87, 1],
  ['Gwangju', 126.85, 35.16, 1],
  ['Busan', 129.08, 35.18, 1],
];

const POINT_KINDS = new Set(['city', 'town', 'county', 'village', 'island']);

/** Towns to gather synthetic events around: the gazetteer's settlements when present, else a fixed list. */
export function loadTowns(root: string): { towns: Town[]; from: string } {
  const file = join(root, 'public/data/gazetteer.json');
  if (existsSync(file)) {
    const g = JSON.parse(readFileSync(file, 'utf8')) as Gazetteer;
    const towns = (g.entries ?? [])
      .filter((e) => POINT_KINDS.has(e.kind) && Array.isArray(e.coord) && e.coord[0] > 124 && e.coord[0] < 131 && e.coord[1] > 33 && e.coord[1] < 43.5)
      .map((e) => ({ id: e.id, name: e.name, coord: e.coord, weight: e.population ? Math.max(1, Math.log10(e.population) - 3) : 2 }));
    if (towns.length >= 5) return { towns, from: 'public/data/gazetteer.json' };
  }
  const towns = FALLBACK_TOWNS.map(([name, lon, lat, weight]) => ({
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    coord: [lon, lat] as [number, number],
    weight,
  }));
  return { towns, from: 'fixed list in bench/synthetic.ts' };
}

/** Real article texts in the repo: published stories first, then the story sources, then the pipeline's test articles. */
export function realArticles(root: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const dir of ['public/data/stories', 'geo/stories', 'tests/fixtures/articles']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      const f = join(abs, d.name, 'article.txt');
      if (d.isDirectory() && !d.name.startsWith('bench-') && existsSync(f)) out.push({ path: join(dir, d.name, 'article.txt'), text: readFileSync(f, 'utf8') });
    }
  }
  if (out.length === 0) throw new Error('bench: no article.txt under public/data/stories/ or tests/fixtures/articles/ to build synthetic text from');
  return out;
}

/** Sentences of a text with their offsets (a plain splitter: good enough to quote, not the pipeline's). */
export function sentencesOf(text: string): Array<{ start: number; end: number; paragraph: number }> {
  const out: Array<{ start: number; end: number; paragraph: number }> = [];
  let paragraph = 0;
  const paraRe = /[^\n]+/g;
  for (let pm = paraRe.exec(text); pm; pm = paraRe.exec(text)) {
    if (pm[0].trim().length < 40) continue; // furniture lines, headlines
    paragraph += 1;
    const sentRe = /[^.!?]+[.!?]+["”’)]?/g;
    for (let sm = sentRe.exec(pm[0]); sm; sm = sentRe.exec(pm[0])) {
      const lead = sm[0].length - sm[0].trimStart().length;
      const s = sm[0].trim();
      if (s.length >= 30) out.push({ start: pm.index + sm.index + lead, end: pm.index + sm.index + lead + s.length, paragraph });
    }
  }
  return out;
}

const KINDS: EventKind[] = ['demolition', 'attack', 'incursion', 'defection', 'drone', 'leaflet-launch', 'loudspeaker', 'military-move', 'closure', 'opening', 'communication-cut', 'agreement', 'suspension', 'meeting', 'diplomacy', 'threat', 'statement', 'reporting', 'legal', 'incident', 'other'];

export interface SyntheticStory {
  meta: StoryMeta;
  article: string;
  events: EventCollection;
}

/**
 * A story of `n` events gathered around towns (weighted), with Gaussian scatter of a few
 * kilometres, dated over 2014–2020, each quoting a real sentence of `article` at its offsets.
 */
export function syntheticStory(n: number, towns: Town[], article: string, seed = 20200616): SyntheticStory {
  const rand = prng(seed + n);
  const sentences = sentencesOf(article);
  if (sentences.length === 0) throw new Error('bench: the synthetic story article has no sentence to quote');
  const total = towns.reduce((s, t) => s + t.weight, 0);
  const cumulative: number[] = [];
  towns.reduce((acc, t, i) => (cumulative[i] = acc + t.weight / total), 0);
  const pickTown = () => {
    const r = rand();
    const i = cumulative.findIndex((c) => r <= c);
    return towns[i < 0 ? towns.length - 1 : i];
  };
  const t0 = Date.UTC(2014, 0, 1);
  const t1 = Date.UTC(2020, 5, 16);
  const features: EventCollection['features'] = [];
  for (let i = 0; i < n; i++) {
    const town = pickTown();
    // σ ≈ 4 km around the town centre (0.036° of latitude; longitude scaled by cos φ).
    const lat = town.coord[1] + gaussian(rand) * 0.036;
    const lon = town.coord[0] + (gaussian(rand) * 0.036) / Math.cos((town.coord[1] * Math.PI) / 180);
    const day = new Date(t0 + Math.floor(rand() * ((t1 - t0) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
    const s = sentences[Math.floor(rand() * sentences.length)];
    const quote = article.slice(s.start, s.end);
    const props: EventProps = {
      id: `bench-${i + 1}`,
      n: i + 1,
      kind: KINDS[Math.floor(rand() * KINDS.length)],
      actors: [],
      place: town.name,
      place_id: town.id,
      place_kind: 'point',
      date_start: `${day}T00:00:00+09:00`,
      date_end: `${day}T23:59:59+09:00`,
      date_precision: 'day',
      date_text: day,
      quote,
      quote_start: s.start,
      quote_end: s.end,
      paragraph: s.paragraph,
      passages: [{ quote, start: s.start, end: s.end, paragraph: s.paragraph }],
      confidence: 0.5,
    };
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] }, properties: props });
  }
  const meta: StoryMeta = {
    slug: `bench-${n}`,
    title: `Bench: ${n.toLocaleString('en')} synthetic events`,
    outlet: 'Borderline bench (synthetic)',
    published: '2020-06-16',
    tz: 'Asia/Seoul',
    note: 'Synthetic events for the scale bench; quotes are real sentences of a real article, places are random.',
  };
  return { meta, article, events: { type: 'FeatureCollection', features, unlocated: [], story: { slug: meta.slug, title: meta.title, published: meta.published, tz: meta.tz } } };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * About `bytes` of article text: paragraphs of 3–6 real sentences drawn at random (seeded) from
 * the given texts, with place names swapped among `names` so that the text varies.
 */
export function syntheticArticle(texts: string[], names: string[], bytes: number, seed = 1): string {
  const rand = prng(seed);
  const pool = texts.flatMap((t) => sentencesOf(t).map((s) => t.slice(s.start, s.end)));
  if (pool.length === 0) throw new Error('bench: no sentence to build a synthetic article from');
  const nameRe = names.length ? new RegExp(`\\b(${names.map(escapeRe).join('|')})\\b`, 'g') : null;
  const paras: string[] = ['Synthetic article for the Borderline pipeline bench'];
  let size = paras[0].length;
  while (size < bytes) {
    const k = 3 + Math.floor(rand() * 4);
    const p: string[] = [];
    for (let i = 0; i < k; i++) {
      let s = pool[Math.floor(rand() * pool.length)];
      if (nameRe && rand() < 0.5) s = s.replace(nameRe, () => names[Math.floor(rand() * names.length)]);
      p.push(s);
    }
    const para = p.join(' ');
    paras.push(para);
    size += Buffer.byteLength(para) + 2;
  }
  return paras.join('\n\n') + '\n';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
