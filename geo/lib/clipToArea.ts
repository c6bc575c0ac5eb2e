import { featureCollection, intersect, difference } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { assertArea } from './assert.ts';

/**
 * Keep the part of an area inside (or outside) a mask, e.g. a zone clipped to land or to sea.
 *
 * @param area Polygon or MultiPolygon Feature
 * @param mask Polygon or MultiPolygon Feature (e.g. both Koreas' land)
 * @param options.keep 'inside' (default: area ∩ mask) or 'outside' (area − mask)
 * @returns the clipped Feature with the area's properties, or null when nothing is left
 * @example clipToArea(dmz, land) // the DMZ on land only
 */
export function clipToArea<P>(
  area: Feature<Polygon | MultiPolygon, P>,
  mask: Feature<Polygon | MultiPolygon>,
  { keep = 'inside' }: { keep?: 'inside' | 'outside' } = {},
): Feature<Polygon | MultiPolygon, P> | null {
  assertArea(area, 'clipToArea');
  assertArea(mask, 'clipToArea');
  const pair = featureCollection([area, mask] as Feature<Polygon | MultiPolygon>[]);
  const out = keep === 'inside' ? intersect(pair) : keep === 'outside' ? difference(pair) : undefined;
  if (out === undefined) throw new Error(`clipToArea: keep must be 'inside' or 'outside', got ${keep}`);
  if (!out) return null;
  return { type: 'Feature', properties: area.properties, geometry: out.geometry };
}
