// Input checks shared by the derivation functions: thrown errors name the function and the fault.
import type { Feature, LineString, Polygon, MultiPolygon } from 'geojson';

export function assertLine(line: unknown, fn: string): asserts line is Feature<LineString> {
  const f = line as Feature<LineString> | undefined;
  if (!f) throw new Error(`${fn}: a line is required`);
  if (f.type !== 'Feature' || f.geometry?.type !== 'LineString')
    throw new Error(`${fn}: expected a LineString Feature, got ${f.type}/${(f as Feature).geometry?.type}`);
  if (f.geometry.coordinates.length < 2) throw new Error(`${fn}: the line needs at least 2 positions`);
}

export function assertArea(area: unknown, fn: string): asserts area is Feature<Polygon | MultiPolygon> {
  const f = area as Feature | undefined;
  if (!f) throw new Error(`${fn}: an area is required`);
  const t = f.geometry?.type;
  if (f.type !== 'Feature' || (t !== 'Polygon' && t !== 'MultiPolygon'))
    throw new Error(`${fn}: expected a Polygon or MultiPolygon Feature, got ${f.type}/${t}`);
}

export function assertPositive(v: unknown, name: string, fn: string): asserts v is number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new Error(`${fn}: ${name} must be a positive number, got ${v}`);
}
