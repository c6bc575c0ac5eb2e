// Checks the shape of GeoJSON fetched at run time, so that one broken file shows a clear
// message instead of breaking the map. The build validates far more strictly (geo/).
import type { FeatureCollection, Geometry } from 'geojson';

export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
  }
}

const GEOMETRY_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function positionsOk(coords: unknown, depth: number): boolean {
  if (!Array.isArray(coords)) return false;
  if (depth === 0) {
    return (
      coords.length >= 2 &&
      coords.length <= 3 &&
      coords.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      Math.abs(coords[0] as number) <= 180 &&
      Math.abs(coords[1] as number) <= 90
    );
  }
  return coords.every((c) => positionsOk(c, depth - 1));
}

function geometryFault(g: unknown): string | null {
  if (g === null) return null; // allowed by RFC 7946
  if (typeof g !== 'object') return 'geometry is not an object';
  const geom = g as Geometry;
  if (geom.type === 'GeometryCollection') {
    for (const sub of geom.geometries ?? []) {
      const f = geometryFault(sub);
      if (f) return f;
    }
    return null;
  }
  const depth = GEOMETRY_DEPTH[geom.type];
  if (depth === undefined) return `unknown geometry type ${JSON.stringify(String(geom.type)).slice(0, 40)}`;
  if (!positionsOk((geom as { coordinates: unknown }).coordinates, depth)) return `${geom.type} has invalid coordinates`;
  return null;
}

/** Returns the value as a FeatureCollection, or throws a DataError naming the file, feature and fault. */
export function asFeatureCollection<G extends Geometry = Geometry, P = Record<string, unknown>>(
  value: unknown,
  file: string,
): FeatureCollection<G, P> {
  if (!value || typeof value !== 'object') throw new DataError(file, 'not a JSON object');
  const fc = value as FeatureCollection;
  if (fc.type !== 'FeatureCollection') throw new DataError(file, `expected a FeatureCollection, got type ${JSON.stringify(fc.type)}`);
  if (!Array.isArray(fc.features)) throw new DataError(file, 'features is not an array');
  fc.features.forEach((f, i) => {
    if (!f || f.type !== 'Feature') throw new DataError(file, `feature ${i} is not a Feature`);
    const fault = geometryFault(f.geometry);
    if (fault) {
      const id = (f.properties as { id?: unknown } | null)?.id;
      throw new DataError(file, `feature ${i}${typeof id === 'string' ? ` (${id})` : ''}: ${fault}`);
    }
  });
  return fc as FeatureCollection<G, P>;
}
