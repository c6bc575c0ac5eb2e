
import { simplifySafe } from './simplifySafe.ts';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { assertLine, assertPositive } from './assert.ts';
import { bufferLine } from './bufferLine.ts';
import { clipToArea } from './clipToArea.ts';

/**
 * The 2018 Comprehensive Military Agreement's ground buffer zone: `km` either side of the MDL
 * (Art. 1(2): 5 km each side, no artillery live fire or regiment-level field manoeuvres).
 *
 * @param mdl the MDL as a LineString Feature
 * @param options.km distance each side (default 5)
 * @param options.land optional land mask to clip to (a ground zone ends at the coast)
 * @param options.tolerance simplification in degrees (default 0.0005)
 * @returns Polygon/MultiPolygon Feature with properties { id, name, half_width_km }
 * @example groundBufferZone(mdl, { land })
 */
export function groundBufferZone(
  mdl: Feature<LineString>,
  { km = 5, land, tolerance = 0.0005 }: { km?: number; land?: Feature<Polygon | MultiPolygon>; tolerance?: number } = {},
): Feature<Polygon | MultiPolygon> {
  assertLine(mdl, 'groundBufferZone');
  assertPositive(km, 'km', 'groundBufferZone');
  let zone: Feature<Polygon | MultiPolygon> | null = bufferLine(mdl, { km });
  if (land) zone = clipToArea(zone, land);
  if (!zone) throw new Error('groundBufferZone: the zone does not overlap the land mask');
  if (tolerance > 0) zone = simplifySafe(zone, { tolerance });
  zone.properties = { id: 'cma-ground-buffer', name: 'CMA ground buffer zone', half_width_km: km };
  return zone;
}
