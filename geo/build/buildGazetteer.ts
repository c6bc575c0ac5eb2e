// The gazetteer for the article pipeline: curated entries (geo/gazetteer/*.json) anchored on the
// layers' features, plus the GeoNames cities of both Koreas.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GAZETTEER_COLUMNS } from '../../src/data/types.ts';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../../src/data/types.ts';
import { buildAdminRows } from './adminGazetteer.ts';
import { readJson } from './readSources.ts';
import type { Sources } from './readSources.ts';

const KINDS: PlaceKind[] = ['country', 'province', 'city', 'county', 'town', 'village', 'island', 'building', 'area', 'line', 'river', 'mountain', 'site'];

export interface CuratedEntry extends Omit<GazetteerEntry, 'coord' | 'source'> {
  coord?: [number, number];
  source?: string;
}

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
/** ASCII form of a romanised name: Kaesŏng → Kaesong, P’yŏngyang → Pyongyang. */
export const asciiName = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ]/g, '');

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
      let coord = e.coord;
      let source = e.source;
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
      entries.push({ ...e, aliases: e.aliases ?? [], coord: [r5(coord[0]), r5(coord[1])], source });
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
  return {
    generated_by:
      'npm run geo (geo/build/index.ts) from geo/gazetteer/*.json and geo/sources/{kostat-admin-kr,geonames-kr-kp,ngii-places-kr-kp}.json',
    entries: merged,
    columns: [...GAZETTEER_COLUMNS],
    rows: admin.rows,
    sources: admin.sources,
  };
}
