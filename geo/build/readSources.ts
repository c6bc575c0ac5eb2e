// Reads the committed source files under geo/sources/ and checks them before anything is derived.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { validateCollection } from '../lib/validateCollection.ts';
import type { LeafletLaunch } from '../../src/data/types.ts';
import type { GeonamesCity, KostatExtract, NgiiExtract } from './adminGazetteer.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SOURCES = join(ROOT, 'geo', 'sources');

const rel = (p: string) => relative(ROOT, p);

/** Parse a JSON file, naming it when the text is not JSON. */
export function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${rel(path)}: cannot read the file`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`${rel(path)}: not valid JSON (${(e as Error).message})`);
  }
}

/** Read and validate a GeoJSON source (provenance, coordinates, rings, winding). */
export function readCollection<G extends Geometry = Geometry>(path: string): FeatureCollection<G> {
  const fc = readJson<FeatureCollection<G>>(path);
  validateCollection(fc, rel(path));
  return fc;
}

export interface CmaDefs {
  sources: { ground: string; no_fly: string; maritime: string };
  marker_0646: { note: string; fraction: number; accuracy_m: number };
  maritime_zones: { id: string; name: string; corners: Position[]; method: string; accuracy_m: number; [k: string]: unknown }[];
}

export interface NllDef {
  id: string;
  name: string;
  name_ko?: string;
  description: string;
  source: string;
  method: string;
  accuracy_m: number;
  /** Ids of island points in places.geojson, in the order the line visits them. */
  islands: string[];
}

export interface LaunchArea {
  id: string;
  name: string;
  name_ko?: string;
  center: Position;
  radius_km: number;
  source: string;
  launches: LeafletLaunch[];
}

/** Leaflet-launch areas: every area and launch must carry a source and a valid date. */
export function readLaunches(path: string): LaunchArea[] {
  const d = readJson<{ areas: LaunchArea[] }>(path);
  const file = rel(path);
  if (!Array.isArray(d.areas)) throw new Error(`${file}: expected an "areas" array`);
  for (const a of d.areas) {
    const where = `${file}: area "${a.id}"`;
    if (!a.id || !a.name) throw new Error(`${where}: needs id and name`);
    if (!a.source?.trim()) throw new Error(`${where}: has no source`);
    if (!(Array.isArray(a.center) && Math.abs(a.center[0]) <= 180 && Math.abs(a.center[1]) <= 90))
      throw new Error(`${where}: bad center ${JSON.stringify(a.center)}`);
    if (!(a.radius_km > 0)) throw new Error(`${where}: radius_km must be positive`);
    if (!a.launches?.length) throw new Error(`${where}: lists no launch`);
    for (const l of a.launches) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(l.date) || Number.isNaN(Date.parse(l.date)))
        throw new Error(`${where}: launch date ${JSON.stringify(l.date)} is not YYYY-MM-DD`);
      if (!l.source?.trim() || !l.group?.trim() || !l.sent?.trim())
        throw new Error(`${where}: launch of ${l.date} needs group, sent and source`);
    }
  }
  return d.areas;
}

export interface Sources {
  mdl: Feature<LineString>;
  estuary: Feature<LineString>;
  land: Feature<MultiPolygon>;
  landKr: Feature<MultiPolygon>;
  landKp: Feature<MultiPolygon>;
  seoulDistricts: FeatureCollection<Polygon>;
  kaesong: FeatureCollection;
  seoul: FeatureCollection;
  places: FeatureCollection;
  jointZones: FeatureCollection<Polygon>;
  nll: NllDef;
  cma: CmaDefs;
  launches: LaunchArea[];
  geonames: { source: string; cities: GeonamesCity[] };
  kostat: KostatExtract;
  ngii: NgiiExtract;
  world: WorldCities;
}

/** geo/sources/geonames-world-cities.json (npm run geo:import:world). */
export interface WorldCities {
  source: string;
  cities: { id: number; name: string; alt: string[]; country: string; lon: number; lat: number; population: number; capital: boolean }[];
}

export function readSources(dir = SOURCES): Sources {
  const p = (f: string) => join(dir, f);
  const mdlFc = readCollection<LineString>(p('mdl-osm.geojson'));
  const byId = <G extends Geometry>(fc: FeatureCollection<G>, id: string, file: string) => {
    const f = fc.features.find((x) => x.properties?.id === id);
    if (!f) throw new Error(`${file}: feature "${id}" is missing`);
    return f;
  };
  const landFc = readCollection<MultiPolygon>(p('land-kr-kp.geojson'));
  const landKr = byId(landFc, 'land-kr', 'geo/sources/land-kr-kp.geojson');
  const landKp = byId(landFc, 'land-kp', 'geo/sources/land-kr-kp.geojson');
  // One land mask for clipping: both Koreas merged, holes dropped. The two outlines leave slivers
  // along the border (up to ~1 km, see mdl-osm.geojson) that would otherwise punch holes in zones.
  const merged = union(featureCollection([landKr, landKp]));
  if (!merged) throw new Error('geo/sources/land-kr-kp.geojson: the two land features do not merge');
  const polys = merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
  const land: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => [p[0]]) },
  };
  const districts = readJson<FeatureCollection<Polygon>>(p('seoul-districts.geojson'));
  validateCollection(districts, 'geo/sources/seoul-districts.geojson', { provenance: false });
  return {
    mdl: byId(mdlFc, 'mdl', 'geo/sources/mdl-osm.geojson'),
    estuary: byId(mdlFc, 'mdl-han-estuary', 'geo/sources/mdl-osm.geojson'),
    land,
    landKr,
    landKp,
    seoulDistricts: districts,
    kaesong: readCollection(p('kaesong.geojson')),
    seoul: readCollection(p('seoul.geojson')),
    places: readCollection(p('places.geojson')),
    jointZones: readCollection<Polygon>(p('joint-zones.geojson')),
    nll: readJson<NllDef>(p('nll.json')),
    cma: readJson<CmaDefs>(p('cma.json')),
    launches: readLaunches(p('leaflet-launches.json')),
    geonames: readJson(p('geonames-kr-kp.json')),
    kostat: readJson<KostatExtract>(p('kostat-admin-kr.json')),
    ngii: readJson<NgiiExtract>(p('ngii-places-kr-kp.json')),
    world: readJson<WorldCities>(p('geonames-world-cities.json')),
  };
}
