import { getIssues } from '@placemarkio/check-geojson';
import { booleanClockwise, kinks, lineString, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const METHODS = ['surveyed', 'digitised', 'derived', 'estimated', 'official'];

export interface ValidateReport {
  /** Rings whose winding was reversed to follow the right-hand rule. */
  rewound: string[];
}

/**
 * Check a source or output FeatureCollection and make its rings follow RFC 7946's right-hand rule
 * (outer rings counter-clockwise, holes clockwise). Throws on the first fault, naming the file,
 * the feature and the fault: missing provenance, bad coordinates, unclosed or short rings,
 * self-intersections, duplicate ids, or anything @placemarkio/check-geojson reports.
 * Mutates `fc` only to fix winding; the report lists what was rewound.
 *
 * @param fc parsed GeoJSON
 * @param file the file name to put in messages
 * @param options.provenance require ProvenanceProps (default true)
 * @returns a report of fixes
 * @example validateCollection(JSON.parse(text), 'geo/sources/places.geojson')
 */
export function validateCollection(
  fc: unknown,
  file: string,
  { provenance = true }: { provenance?: boolean } = {},
): ValidateReport {
  const fail = (what: string, why: string): never => {
    throw new Error(`${file}: ${what}: ${why}`);
  };
  const c = fc as FeatureCollection;
  if (!c || c.type !== 'FeatureCollection' || !Array.isArray(c.features)) fail('file', 'is not a GeoJSON FeatureCollection');
  const report: ValidateReport = { rewound: [] };
  const ids = new Set<string>();
  c.features.forEach((f: Feature, n) => {
    const p = (f?.properties ?? {}) as Record<string, unknown>;
    const label = typeof p.id === 'string' && p.id ? `feature "${p.id}"` : `feature #${n}`;
    if (f?.type !== 'Feature') fail(label, `type is ${JSON.stringify(f?.type)}, not "Feature"`);
    if (!f.geometry) fail(label, 'has no geometry');
    if (provenance) {
      if (typeof p.id !== 'string' || !p.id) fail(label, 'has no id');
      if (ids.has(p.id as string)) fail(label, 'repeats an id used earlier in the file');
      ids.add(p.id as string);
      if (typeof p.name !== 'string' || !p.name) fail(label, 'has no name');
      if (typeof p.source !== 'string' || !p.source.trim()) fail(label, 'has no source (a URL or citation is required)');
      if (!METHODS.includes(p.method as string)) fail(label, `method ${JSON.stringify(p.method)} is not one of ${METHODS.join(', ')}`);
      if ((p.method === 'estimated' || p.method === 'digitised') && !(typeof p.accuracy_m === 'number' && p.accuracy_m > 0))
        fail(label, `method is ${p.method} but accuracy_m is missing`);
    }
    checkGeometry(f.geometry, label, fail, report);
  });
  const issues = getIssues(JSON.stringify(c));
  if (issues.length) fail('GeoJSON', issues.map((i) => i.message).join('; '));
  return report;
}

function checkPosition(pos: Position, label: string, fail: (w: string, y: string) => never) {
  if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3 || !pos.every((v) => typeof v === 'number' && Number.isFinite(v)))
    fail(label, `has a bad position ${JSON.stringify(pos)}`);
  if (pos[0] < -180 || pos[0] > 180 || pos[1] < -90 || pos[1] > 90)
    fail(label, `has a position out of range ${JSON.stringify(pos)} (expected [lon, lat] in degrees)`);
}

function checkGeometry(g: Geometry, label: string, fail: (w: string, y: string) => never, report: ValidateReport) {
  const polys: Position[][][] = [];
  switch (g.type) {
    case 'Point':
      checkPosition(g.coordinates, label, fail);
      return;
    case 'MultiPoint':
      g.coordinates.forEach((p) => checkPosition(p, label, fail));
      return;
    case 'LineString':
    case 'MultiLineString': {
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      for (const l of lines) {
        if (!Array.isArray(l) || l.length < 2) fail(label, 'has a line with fewer than 2 positions');
        l.forEach((p) => checkPosition(p, label, fail));
      }
      return;
    }
    case 'Polygon':
      polys.push(g.coordinates);
      break;
    case 'MultiPolygon':
      polys.push(...g.coordinates);
      break;
    default:
      fail(label, `geometry type ${(g as Geometry)?.type} is not supported here`);
  }
  for (const rings of polys) {
    rings.forEach((ring, r) => {
      if (!Array.isArray(ring) || ring.length < 4) fail(label, `ring ${r} has fewer than 4 positions`);
      ring.forEach((p) => checkPosition(p, label, fail));
      const a = ring[0], b = ring[ring.length - 1];
      if (a[0] !== b[0] || a[1] !== b[1]) fail(label, `ring ${r} is not closed (first ${JSON.stringify(a)}, last ${JSON.stringify(b)})`);
      const k = kinks(polygon([ring]));
      if (k.features.length) fail(label, `ring ${r} intersects itself at ${JSON.stringify(k.features[0].geometry.coordinates)}`);
      // Right-hand rule: outer ring counter-clockwise, holes clockwise.
      const cw = booleanClockwise(lineString(ring));
      if ((r === 0) === cw) {
        ring.reverse();
        report.rewound.push(`${label} ring ${r}`);
      }
    });
  }
}
