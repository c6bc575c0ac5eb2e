// Search-as-you-type over the gazetteer for a reader placing an event: names, aliases and Hangul
// names, with the two romanisations of Korean folded together (Kaesong / Gaeseong, Panmunjom /
// Panmunjeom, Paengnyong / Baengnyeong, Chorwon / Cheorwon). Runs in the pipeline's worker.
import type { GazetteerEntry } from '../data/types';

/** One search result, small enough to post between threads. */
export interface PlaceHit {
  id: string;
  name: string;
  name_ko?: string;
  kind: GazetteerEntry['kind'];
  country?: string;
  coord: [number, number];
  layer?: string;
  /** The name or alias that matched. */
  matched: string;
}

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * A romanisation-blind key: lower case, no diacritics, letters only; McCune–Reischauer and Revised
 * Romanisation spellings of one name give one key (eo→o, eu→u, ae→e, k→g, p→b, t→d, ch→j, sh→s, l→r).
 */
export function foldRomanisation(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/ae/g, 'e')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/p/g, 'b')
    .replace(/t/g, 'd')
    .replace(/l/g, 'r')
    .replace(/(.)\1+/g, '$1');
}

interface Key {
  key: string;
  form: string;
  entry: GazetteerEntry;
}

export interface SearchIndex {
  keys: Key[];
}

export function buildSearchIndex(entries: GazetteerEntry[]): SearchIndex {
  const keys: Key[] = [];
  for (const entry of entries) {
    const forms = new Set([entry.name, ...(entry.aliases ?? []), ...(entry.name_ko ? [entry.name_ko] : [])]);
    for (const form of forms) {
      if (typeof form !== 'string' || !form.trim()) continue;
      const key = HANGUL.test(form) ? form.replace(/\s+/g, '') : foldRomanisation(form);
      if (key) keys.push({ key, form, entry });
    }
  }
  return { keys };
}

const KIND_RANK: Partial<Record<GazetteerEntry['kind'], number>> = { city: 0, county: 1, island: 1, town: 2, building: 2, site: 2, area: 2, line: 2, village: 3 };

/**
 * Places whose name, alias or Hangul name matches the query: whole-name matches first, then
 * names that start with it, then names that contain it; ties by population.
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): PlaceHit[] {
  const q = query.trim();
  if (!q) return [];
  const hangul = HANGUL.test(q);
  const key = hangul ? q.replace(/\s+/g, '') : foldRomanisation(q);
  if (!key || (!hangul && key.length < 2)) return [];
  const best = new Map<string, { score: number; form: string; entry: GazetteerEntry }>();
  for (const k of index.keys) {
    const at = k.key.indexOf(key);
    if (at < 0) continue;
    // Whole, start, part; a form spelt as typed before one that only folds to it.
    const literal = k.form.toLowerCase().includes(q.toLowerCase()) ? 0 : 1;
    const score = (k.key === key ? 0 : at === 0 ? 2 : 4) + literal;
    const cur = best.get(k.entry.id);
    if (!cur || score < cur.score) best.set(k.entry.id, { score, form: k.form, entry: k.entry });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        (b.entry.population ?? 0) - (a.entry.population ?? 0) ||
        (KIND_RANK[a.entry.kind] ?? 4) - (KIND_RANK[b.entry.kind] ?? 4) ||
        a.entry.name.localeCompare(b.entry.name),
    )
    .slice(0, limit)
    .map(({ form, entry }) => {
      const hit: PlaceHit = { id: entry.id, name: entry.name, kind: entry.kind, coord: [entry.coord[0], entry.coord[1]], matched: form };
      if (entry.name_ko) hit.name_ko = entry.name_ko;
      if (entry.country) hit.country = entry.country;
      if (entry.layer) hit.layer = entry.layer;
      return hit;
    });
}

/** The named place nearest a point, within `maxKm`, for naming a point the reader clicked. */
export function nearestPlace(entries: GazetteerEntry[], coord: [number, number], maxKm = 15): { entry: GazetteerEntry; km: number } | null {
  const r = Math.PI / 180;
  let best: { entry: GazetteerEntry; km: number } | null = null;
  for (const e of entries) {
    if (e.kind === 'area' || e.kind === 'line' || e.kind === 'country' || e.kind === 'province' || !Array.isArray(e.coord)) continue;
    const dLat = (e.coord[1] - coord[1]) * r;
    const dLon = (e.coord[0] - coord[0]) * r;
    const a = Math.sin(dLat / 2) ** 2 + Math.cos(coord[1] * r) * Math.cos(e.coord[1] * r) * Math.sin(dLon / 2) ** 2;
    const km = 2 * 6371 * Math.asin(Math.sqrt(a));
    if (km <= maxKm && (!best || km < best.km)) best = { entry: e, km };
  }
  return best;
}
