// The gazetteer for the article pipeline: curated entries (geo/gazetteer/*.json) anchored on the
// layers' features, plus the GeoNames cities of both Koreas.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distance, lineIntersect, lineString, nearestPointOnLine, point, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { GAZETTEER_COLUMNS } from '../../src/data/types.ts';
import type { Gazetteer, GazetteerEntry, GazetteerRow, PlaceKind } from '../../src/data/types.ts';
import { buildAdminRows, isCommonWord } from './adminGazetteer.ts';
import { readJson } from './readSources.ts';
import type { Sources } from './readSources.ts';

const KINDS: PlaceKind[] = ['country', 'province', 'city', 'county', 'town', 'village', 'island', 'building', 'area', 'line', 'river', 'mountain', 'site'];

export interface CuratedEntry extends Omit<GazetteerEntry, 'coord' | 'source'> {
  coord?: [number, number];
  source?: string;
  /** A road or railway's crossing of a line feature (the MDL): its coord is computed, not typed. */
  crossing?: Crossing;
}

/**
 * Where a road or railway crosses a line layer's feature: the intersection of the straight segment
 * `between` two known points on either side (its stations, its checkpoints) with the line, or else the
 * point of the line nearest to `near`, a known position on the road next to the line.
 */
export interface Crossing {
  layer: string;
  feature_id: string;
  near?: [number, number];
  between?: [[number, number], [number, number]];
}

const fmt = (c: number[]) => `[${c.map((v) => v.toFixed(5)).join(', ')}]`;
/**
 * The crossing point of a road or railway with a line (see Crossing), and how it was computed.
 * @returns the point [lon, lat] and a note for the entry's source
 */
export function crossingPoint(line: Feature<LineString>, c: Crossing): { coord: [number, number]; how: string } {
  const name = `${c.layer}/${c.feature_id}`;
  if (c.between) {
    const [a, b] = c.between;
    const hits = lineIntersect(lineString([a, b]), line).features.map((f) => f.geometry.coordinates as [number, number]);
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    // Several crossings of a winding line: the one nearest the segment's middle.
    hits.sort((x, y) => distance(x, mid) - distance(y, mid) || x[0] - y[0]);
    if (hits.length) return { coord: hits[0], how: `crossing point computed by npm run geo: turf.lineIntersect of the straight segment ${fmt(a)}–${fmt(b)} with ${name}` };
    c = { ...c, near: mid };
  }
  if (!c.near) throw new Error(`crossing of ${name}: needs near or between`);
  const p = nearestPointOnLine(line, point(c.near));
  const d = distance(c.near, p, { units: 'kilometers' });
  return { coord: p.geometry.coordinates as [number, number], how: `crossing point computed by npm run geo: turf.nearestPointOnLine of ${name} to ${fmt(c.near)} (${d.toFixed(2)} km away)` };
}

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
/** ASCII form of a romanised name: Kaesŏng → Kaesong, P’yŏngyang → Pyongyang. */
export const asciiName = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ]/g, '');

// Suffix words a compiled name may drop to match by its stem alone (see src/pipeline/gazetteer.ts).
const STEM_SUFFIXES = new Set(['island', 'province', 'county', 'city', 'village', 'township', 'town', 'district', 'do', 'to', 'ri', 'ni', 'li', 'myeon', 'gun', 'kun', 'si', 'eup', 'dong', 'gu']);

export function buildGazetteer(
  s: Sources,
  layers: Map<string, FeatureCollection<Geometry>>,
  dir: string,
): Gazetteer {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const entries: GazetteerEntry[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    const list = readJson<CuratedEntry[]>(join(dir, f));
    if (!Array.isArray(list)) throw new Error(`geo/gazetteer/${f}: expected an array of entries`);
    for (const e of list) {
      const where = `geo/gazetteer/${f}: entry "${e.id}"`;
      if (!e.id || !e.name) throw new Error(`${where}: needs id and name`);
      if (ids.has(e.id)) throw new Error(`${where}: duplicate id`);
      if (!KINDS.includes(e.kind)) throw new Error(`${where}: kind ${JSON.stringify(e.kind)} is not a PlaceKind`);
      const { crossing, ...entry } = e;
      let coord = e.coord;
      let source = e.source;
      if (crossing) {
        const feat = layers.get(crossing.layer)?.features.find((x) => x.properties?.id === crossing.feature_id);
        if (!feat || feat.geometry.type !== 'LineString') throw new Error(`${where}: crossing needs a LineString ${crossing.layer}/${crossing.feature_id}`);
        if (coord) throw new Error(`${where}: a crossing's coord is computed, do not type it`);
        const x = crossingPoint(feat as Feature<LineString>, crossing);
        coord = x.coord;
        source = `${source ?? ''}; ${x.how}`.replace(/^; /, '');
      }
      if (e.layer) {
        const fc = layers.get(e.layer);
        if (!fc) throw new Error(`${where}: layer "${e.layer}" does not exist`);
        const feat = fc.features.find((x) => x.properties?.id === e.feature_id) as Feature | undefined;
        if (!feat) throw new Error(`${where}: feature "${e.feature_id}" is not in layer "${e.layer}"`);
        // A point on the feature (inside an area, on a line), computed rather than typed.
        coord ??= pointOnFeature(feat).geometry.coordinates as [number, number];
        source ??= `${feat.properties?.source} (anchor: turf.pointOnFeature of ${e.layer}/${e.feature_id})`;
      }
      if (!coord) throw new Error(`${where}: needs coord or layer + feature_id`);
      if (!source) throw new Error(`${where}: needs a source`);
      ids.add(e.id);
      entries.push({ ...entry, aliases: e.aliases ?? [], coord: [r5(coord[0]), r5(coord[1])], source });
    }
  }
  // The administrative units and settlements of both Koreas, in compact rows; their namesakes nearby
  // merge into the curated entries, which gain the unit's fields (province, level, code).
  const admin = buildAdminRows(s.kostat, s.geonames, s.ngii, entries);
  const merged = entries.map((e) => {
    const x = admin.curatedExtra.get(e.id);
    if (!x) return e;
    const { aliases, alt, ...rest } = x;
    const add = Object.fromEntries(Object.entries(rest).filter(([k, v]) => v !== undefined && (e as unknown as Record<string, unknown>)[k] === undefined));
    return { ...e, ...add, aliases: [...e.aliases, ...(aliases ?? [])], ...(alt || e.alt ? { alt: [...(e.alt ?? []), ...(alt ?? [])] } : {}) };
  });
  // Stems of curated names that would be English words alone ("Propaganda Village", "truce village", "Gal-do").
  const stopStems = new Set<string>();
  for (const e of merged)
    for (const form of [e.name, ...e.aliases]) {
      const toks = asciiName(form).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      if (toks.length < 2 || !STEM_SUFFIXES.has(toks[toks.length - 1])) continue;
      const stem = toks.slice(0, -1);
      if (stem.every((t) => isCommonWord(t))) stopStems.add(stem.join(' '));
    }
  // Places abroad (capitals, large cities): compact rows after the Koreas', minus names a curated entry has.
  const curatedNames = new Set(merged.flatMap((e) => [e.name, ...e.aliases]).map((n) => asciiName(n).toLowerCase()));
  const worldSource = admin.sources.length;
  const worldRows: GazetteerRow[] = s.world.cities
    .filter((c) => !curatedNames.has(asciiName(c.name).toLowerCase()))
    .map((c) => [`wc-${c.id}`, c.name, '', c.alt.join('|'), 'city', '', c.country, '', '', c.lon, c.lat, 0, c.population, 0, worldSource, 0, '']);
  return {
    generated_by:
      'npm run geo (geo/build/index.ts) from geo/gazetteer/*.json and geo/sources/{kostat-admin-kr,geonames-kr-kp,ngii-places-kr-kp,geonames-world-cities}.json',
    stopStems: [...stopStems].sort(),
    entries: merged,
    columns: [...GAZETTEER_COLUMNS],
    rows: [...admin.rows, ...worldRows],
    sources: [...admin.sources, s.world.source],
  };
}
