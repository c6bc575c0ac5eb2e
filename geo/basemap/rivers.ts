// Rivers of the border area: the Han (Paldang Dam → Imjin confluence off Odusan) and the lower
// Imjin (Hantan confluence → Imjingak → Han confluence). No open centreline geometry for them was
// found offline, so each river is DIGITISED: a polyline through points whose coordinates come
// from cited public sources (Wikipedia infobox coordinates of bridges and sites, GeoNames town
// centres), in order along the river. Straight segments between the points cut the river's bends,
// so the lines are schematic: see accuracy_m on each feature. The Han estuary itself is water in
// land.geojson (the OSM coastline runs up it).
import type { Feature, FeatureCollection, LineString } from 'geojson';

export interface RiverProps {
  id: string;
  name: string;
  name_ko: string;
  source: string;
  method: 'official' | 'digitised' | 'derived';
  accuracy_m?: number;
}

/** One digitised vertex: where it is, what it is, and where its coordinates come from. */
export interface RiverPoint {
  lat: number;
  lon: number;
  label: string;
  cite: string;
}

interface RiverDef {
  id: string;
  name: string;
  name_ko: string;
  accuracy_m: number;
  points: RiverPoint[];
}

/** The Han–Imjin confluence below Odusan; both rivers end here. Approximate (see cite). */
const CONFLUENCE: RiverPoint = {
  lat: 37.77,
  lon: 126.68,
  label: 'Han–Imjin confluence off Odusan',
  cite: 'estimated (±1 km): Odusan Unification Observatory overlooks the confluence (ggc.ggcf.kr "Paju_Odusan Unification Observatory"), not verified against a map offline',
};

/** Upstream to downstream. */
export const HAN_POINTS: RiverPoint[] = [
  // Starts at the first cited bridge: upstream of it no position on the river itself was found.
  { lat: 37.54472, lon: 127.11306, label: 'Gwangjin Bridge', cite: 'en.wikipedia "Gwangjin Bridge": 37°32′41″N 127°06′47″E' },
  { lat: 37.5246, lon: 127.0916, label: 'Jamsil Bridge', cite: 'en.wikipedia "Jamsil Bridge": 37°31′29″N 127°05′30″E' },
  { lat: 37.52994, lon: 127.05706, label: 'Yeongdong Bridge', cite: 'en.wikipedia "Yeongdong Bridge": 37°31′47.80″N 127°3′25.40″E' },
  { lat: 37.53583, lon: 127.02139, label: 'Dongho Bridge', cite: 'en.wikipedia "Dongho Bridge": 37°32′09″N 127°01′17″E' },
  { lat: 37.52731, lon: 127.01294, label: 'Hannam Bridge', cite: 'en.wikipedia "Hannam Bridge": 37°31′38.30″N 127°0′46.58″E' },
  { lat: 37.51465, lon: 126.99642, label: 'Jamsu / Banpo Bridge', cite: 'en.wikipedia "Jamsu Bridge": 37°30′52.74″N 126°59′47.10″E' },
  { lat: 37.5112, lon: 126.9822, label: 'Dongjak Bridge', cite: 'aroundus.com "Dongjak Bridge" (from Wikimedia): GPS 37.51120, 126.98220' },
  { lat: 37.54083, lon: 126.90806, label: 'Dangsan Railway Bridge', cite: 'en.wikipedia "Dangsan Railway Bridge": 37°32′27″N 126°54′29″E' },
  { lat: 37.571, lon: 126.8623, label: 'Gayang Bridge', cite: 'en.wikipedia "Gayang Bridge": 37°34′16″N 126°51′44″E' },
  { lat: 37.6119, lon: 126.794, label: 'Gimpo Bridge', cite: 'aroundus.com "Ponte Gimpo": 37.6119°N 126.794°E' },
  { lat: 37.65191, lon: 126.71711, label: 'Ilsan Bridge', cite: 'en.wikipedia "Ilsan Bridge": 37°39′6.89″N 126°43′1.59″E' },
  CONFLUENCE,
];

/** Upstream to downstream. */
export const IMJIN_POINTS: RiverPoint[] = [
  // Only the lower course: upstream of Imjingak no cited point on the river was found, and one
  // straight line to Jeongok would cut the Jeokseong–Majeong meanders by kilometres.
  { lat: 37.8896, lon: 126.7401, label: 'Imjingak / Freedom Bridge', cite: 'en.wikipedia "Imjingak": 37°53′23″N 126°44′24″E' },
  CONFLUENCE,
];

const RIVERS: RiverDef[] = [
  // Bridge coordinates sit on the river; straight runs between them cut the Misa/Guri bend and
  // the Yeouido and Gimpo-Goyang reaches by up to about 1.5 km, more above Gwangjin.
  { id: 'han', name: 'Han River', name_ko: '한강', accuracy_m: 1500, points: HAN_POINTS },
  // Two points, Imjingak to the confluence: a fairly straight reach, the confluence itself ±1 km.
  { id: 'imjin', name: 'Imjin River', name_ko: '임진강', accuracy_m: 1500, points: IMJIN_POINTS },
];

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function sourceOf(points: RiverPoint[]): string {
  return points.map((p) => `${p.label} ${round5(p.lat)}N ${round5(p.lon)}E (${p.cite})`).join('; ');
}

function featureOf(r: RiverDef): Feature<LineString, RiverProps> {
  return {
    type: 'Feature',
    properties: { id: r.id, name: r.name, name_ko: r.name_ko, source: sourceOf(r.points), method: 'digitised', accuracy_m: r.accuracy_m },
    geometry: { type: 'LineString', coordinates: r.points.map((p) => [round5(p.lon), round5(p.lat)]) },
  };
}

export function buildRivers(): { fc: FeatureCollection<LineString, RiverProps>; meta: Record<string, unknown> } {
  return {
    fc: { type: 'FeatureCollection', features: RIVERS.map(featureOf) },
    meta: {
      method: 'digitised',
      note: 'schematic centrelines through cited points (bridges, sites, town centres), listed per feature in source; straight segments cut bends, see accuracy_m; the Han estuary is water in land.geojson (OSM coastline)',
    },
  };
}
