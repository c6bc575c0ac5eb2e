import { buffer, intersect, featureCollection } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { assertLine, assertPositive } from './assert.ts';
import { sideOfLine } from './sideOfLine.ts';

/**
 * The area within `km` of a line, on both sides or on one.
 *
 * @param line LineString Feature
 * @param options.km distance from the line in kilometres (required)
 * @param options.side 'both' (default), 'left' or 'right' of the line's direction
 * @param options.steps segments per quarter circle at the round ends (default 8)
 * @returns Polygon (or MultiPolygon) Feature with empty properties
 * @example bufferLine(mdl, { km: 2 }) // the DMZ before clipping
 */
export function bufferLine(
  line: Feature<LineString>,
  { km, side = 'both', steps = 8 }: { km: number; side?: 'both' | 'left' | 'right'; steps?: number },
): Feature<Polygon | MultiPolygon> {
  assertLine(line, 'bufferLine');
  assertPositive(km, 'km', 'bufferLine');
  const b = buffer(line, km, { units: 'kilometers', steps });
  if (!b) throw new Error('bufferLine: turf.buffer returned nothing');
  b.properties = {};
  if (side === 'both') return b as Feature<Polygon | MultiPolygon>;
  if (side !== 'left' && side !== 'right') throw new Error(`bufferLine: side must be 'both', 'left' or 'right', got ${side}`);
  const half = intersect(featureCollection([b as Feature<Polygon | MultiPolygon>, sideOfLine(line, { side, farKm: km * 1.5 })]));
  if (!half) throw new Error(`bufferLine: nothing left on the ${side} side`);
  half.properties = {};
  return half;
}
