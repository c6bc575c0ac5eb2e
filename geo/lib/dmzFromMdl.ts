import { featureCollection } from '@turf/turf';
import { simplifySafe } from './simplifySafe.ts';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { assertLine, assertPositive } from './assert.ts';
import { bufferLine } from './bufferLine.ts';
import { clipToArea } from './clipToArea.ts';
import { limitLines } from './limitLines.ts';

/**
 * The Demilitarized Zone from the Military Demarcation Line (Armistice Agreement, Art. I: 2 km
 * either side): the zone polygon and its northern and southern limit lines.
 *
 * @param mdl the MDL as a LineString Feature running west→east
 * @param options.halfWidthKm distance each side (default 2)
 * @param options.land optional land mask: the zone is clipped to it (drops the round ends at sea)
 * @param options.tolerance simplification in degrees (default 0.0005, about 50 m)
 * @returns FeatureCollection: [zone Polygon, northern limit LineString, southern limit LineString];
 *   properties carry id, name and kind ('zone' | 'northern-limit' | 'southern-limit')
 * @example dmzFromMdl(mdl, { land })
 */
export function dmzFromMdl(
  mdl: Feature<LineString>,
  {
    halfWidthKm = 2,
    land,
    tolerance = 0.0005,
  }: { halfWidthKm?: number; land?: Feature<Polygon | MultiPolygon>; tolerance?: number } = {},
): FeatureCollection<Geometry> {
  assertLine(mdl, 'dmzFromMdl');
  assertPositive(halfWidthKm, 'halfWidthKm', 'dmzFromMdl');
  const raw = bufferLine(mdl, { km: halfWidthKm });
  const { left, right } = limitLines(mdl, raw, { tolerance });
  let zone: Feature<Polygon | MultiPolygon> | null = raw;
  if (land) zone = clipToArea(raw, land);
  if (!zone) throw new Error('dmzFromMdl: the zone does not overlap the land mask');
  if (tolerance > 0) zone = simplifySafe(zone, { tolerance });
  zone.properties = { id: 'dmz', name: 'Demilitarized Zone', kind: 'zone', half_width_km: halfWidthKm };
  left.properties = { id: 'dmz-northern-limit', name: 'Northern Limit Line of the DMZ', kind: 'northern-limit', offset_km: halfWidthKm };
  right.properties = { id: 'dmz-southern-limit', name: 'Southern Limit Line of the DMZ', kind: 'southern-limit', offset_km: halfWidthKm };
  return featureCollection<Geometry>([zone, left, right]);
}
