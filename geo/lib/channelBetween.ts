import { lineIntersect, lineString, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { assertArea } from './assert.ts';

/**
 * The water between a southern and a northern land mass, meridian by meridian: at each sampled
 * longitude, from the southern land's northernmost shore to the first northern shore above it.
 * Used for the Han River estuary, where one bank is held by each Korea.
 *
 * @param southLand Polygon/MultiPolygon Feature (e.g. South Korea's land)
 * @param northLand Polygon/MultiPolygon Feature (e.g. North Korea's land)
 * @param options.fromLon western limit (required)
 * @param options.toLon eastern limit (required)
 * @param options.stepDeg sampling step in degrees of longitude (default 0.004, about 350 m)
 * @param options.minLat, options.maxLat the band searched (default 37.5–38.1)
 * @param options.maxWidthKm skip meridians where the gap is wider (open sea beside an island, not
 *   the channel); the outline then runs straight past them (default: no limit)
 * @returns Polygon Feature with empty properties
 * @example channelBetween(landKr, landKp, { fromLon: 126.19, toLon: 126.57 })
 */
export function channelBetween(
  southLand: Feature<Polygon | MultiPolygon>,
  northLand: Feature<Polygon | MultiPolygon>,
  {
    fromLon,
    toLon,
    stepDeg = 0.004,
    minLat = 37.5,
    maxLat = 38.1,
    maxWidthKm = Infinity,
  }: { fromLon: number; toLon: number; stepDeg?: number; minLat?: number; maxLat?: number; maxWidthKm?: number },
): Feature<Polygon> {
  assertArea(southLand, 'channelBetween');
  assertArea(northLand, 'channelBetween');
  if (!(Number.isFinite(fromLon) && Number.isFinite(toLon) && fromLon < toLon)) throw new Error('channelBetween: fromLon must be less than toLon');
  if (!(stepDeg > 0)) throw new Error('channelBetween: stepDeg must be positive');
  const south: Position[] = [];
  const north: Position[] = [];
  const n = Math.max(1, Math.round((toLon - fromLon) / stepDeg));
  for (let k = 0; k <= n; k++) {
    const lon = fromLon + ((toLon - fromLon) * k) / n;
    const meridian = lineString([[lon, minLat], [lon, maxLat]]);
    const sLats = lineIntersect(meridian, southLand).features.map((p) => p.geometry.coordinates[1]);
    if (!sLats.length) continue;
    const s = Math.max(...sLats);
    const nLats = lineIntersect(meridian, northLand).features.map((p) => p.geometry.coordinates[1]).filter((y) => y > s);
    if (!nLats.length) continue;
    const top = Math.min(...nLats);
    if (((top - s) * Math.PI * 6371) / 180 > maxWidthKm) continue;
    south.push([lon, s]);
    north.push([lon, top]);
  }
  if (south.length < 2) throw new Error('channelBetween: no water found between the two land masses in the given band');
  // Counter-clockwise: along the southern shore eastward, back along the northern shore westward.
  return polygon([[...south, ...north.reverse(), south[0]]]);
}
