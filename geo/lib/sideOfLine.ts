import { bearing, destination, point, polygon } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { assertLine, assertPositive } from './assert.ts';

/**
 * The region on one side of a line, as a polygon reaching `farKm` from it: the line, extended
 * `farKm` beyond both ends along its end segments, closed by a path `farKm` out on the chosen side.
 * Used to cut a two-sided buffer down to one side. Valid for lines that do not curl back on
 * themselves within `farKm` (the MDL with farKm up to ~10 km).
 *
 * @param line LineString Feature
 * @param options.side 'left' or 'right' of the line's direction (for the west→east MDL, left = north)
 * @param options.farKm how far the region reaches (default 10)
 * @returns Polygon Feature
 * @example sideOfLine(mdl, { side: 'left', farKm: 6 })
 */
export function sideOfLine(
  line: Feature<LineString>,
  { side = 'left', farKm = 10 }: { side?: 'left' | 'right'; farKm?: number } = {},
): Feature<Polygon> {
  assertLine(line, 'sideOfLine');
  assertPositive(farKm, 'farKm', 'sideOfLine');
  if (side !== 'left' && side !== 'right') throw new Error(`sideOfLine: side must be 'left' or 'right', got ${side}`);
  const c = line.geometry.coordinates;
  const n = c.length;
  const opt = { units: 'kilometers' as const };
  const startBearing = bearing(point(c[0]), point(c[1]));
  const endBearing = bearing(point(c[n - 2]), point(c[n - 1]));
  const turn = side === 'left' ? -90 : 90;
  const at = (p: Position, b: number) => destination(point(p), farKm, b, opt).geometry.coordinates;
  const extStart = at(c[0], startBearing + 180);
  const extEnd = at(c[n - 1], endBearing);
  const ring = [extStart, ...c, extEnd, at(extEnd, endBearing + turn), at(extStart, startBearing + turn), extStart];
  const p = polygon([ring]);
  return side === 'left' ? p : polygon([ring.slice().reverse()]);
}
