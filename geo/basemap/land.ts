// Land, borders and coastline of the basemap from @geo-maps/countries-coastline-1m (OSM, ODbL).
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { clipLand, type BBox } from './clip';
import { simplifyTopology, type SimplifiedLayers, type SimplifyOptions } from './topology';

/** The countries drawn, by the ISO 3166-1 alpha-3 code the package uses. */
export const COUNTRIES: Record<string, { iso: string; name: string; name_ko: string }> = {
  KOR: { iso: 'KR', name: 'South Korea', name_ko: '대한민국' },
  PRK: { iso: 'KP', name: 'North Korea', name_ko: '조선민주주의인민공화국' },
  CHN: { iso: 'CN', name: 'China', name_ko: '중국' },
  RUS: { iso: 'RU', name: 'Russia', name_ko: '러시아' },
  JPN: { iso: 'JP', name: 'Japan', name_ko: '일본' },
};

export const LAND_SOURCE =
  '@geo-maps/countries-coastline-1m 0.6.0 (OpenStreetMap data 2017, © OpenStreetMap contributors, ODbL 1.0), https://github.com/simonepri/geo-maps';

/** The clip window: the peninsula and its neighbours, a margin beyond 123–132°E, 32.5–43.5°N. */
export const WINDOW: BBox = [122, 32, 133, 44];
/** Where the stories happen (Baengnyeong to Goseong, Incheon to Pyongyang and Wonsan): full detail. */
export const FOCUS: BBox = [124.5, 36.9, 129.5, 39.3];

const inBox = (p: Position, b: BBox) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const korean = (iso: string) => iso === 'KR' || iso === 'KP';

/** One level of detail: MapLibre's GeoJSON tiler simplifies further for low zooms, so a second,
 * coarse file would only add bytes to the cold load (every GeoJSON source is fetched at start). */
export const SIMPLIFY: SimplifyOptions = {
  // 30 m ≈ 1 px at z12 in the focus; 300 m on the rest of the peninsula; 1 km for the neighbours.
  toleranceM: (p, countries) => (inBox(p, FOCUS) ? 30 : countries.some(korean) ? 300 : 1000),
  // Keep every islet of the border area; drop specks elsewhere.
  minAreaKm2: (r) => (overlaps(r.bbox, FOCUS) ? 0.005 : korean(r.country) ? 1 : 5),
  // 4 decimals ≈ 10 m, 3 ≈ 100 m: no more than the tolerance can use.
  precision: (p) => (inBox(p, FOCUS) ? 4 : 3),
  bbox: WINDOW,
};

/** Reads the package's world file and keeps the countries of the window, with iso/name properties. */
export function readCountries(path: string): FeatureCollection<MultiPolygon> {
  const world = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const features = world.features
    .filter((f) => COUNTRIES[f.properties?.A3 as string])
    .sort((a, b) => (a.properties!.A3 as string).localeCompare(b.properties!.A3 as string))
    .map((f) => {
      const c = COUNTRIES[f.properties!.A3 as string];
      const g = f.geometry;
      if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${path}: ${c.iso} is a ${g.type}, expected (Multi)Polygon`);
      return {
        type: 'Feature' as const,
        properties: { iso: c.iso, name: c.name, name_ko: c.name_ko },
        geometry: { type: 'MultiPolygon' as const, coordinates: g.type === 'Polygon' ? [g.coordinates] : g.coordinates },
      };
    });
  const missing = Object.values(COUNTRIES).filter((c) => !features.some((f) => f.properties.iso === c.iso));
  if (missing.length) throw new Error(`${path}: no feature for ${missing.map((c) => c.iso).join(', ')}`);
  return { type: 'FeatureCollection', features };
}

/** Clips the countries to the window and simplifies them into land, borders and coast. */
export function buildLand(world: FeatureCollection<MultiPolygon>): SimplifiedLayers {
  return simplifyTopology(clipLand(world, WINDOW, { precision: 6 }), SIMPLIFY);
}
