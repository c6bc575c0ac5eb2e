import { featureCollection, polygon } from '@turf/turf';
import { simplifySafe } from './simplifySafe.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { assertArea } from './assert.ts';
import { clipToArea } from './clipToArea.ts';

export interface MaritimeZoneDef {
  id: string;
  name: string;
  /** Corner points of the zone's outline at sea, [lon, lat], in order (ring need not be closed). */
  corners: Position[];
  [k: string]: unknown;
}

/**
 * Maritime buffer zones from their defining points, clipped to the sea (land removed).
 *
 * @param defs one definition per zone: id, name, corner points and any further properties
 * @param options.land land mask to remove (both Koreas' land); without it the outline is returned as is
 * @param options.tolerance simplification in degrees (default 0.001)
 * @returns FeatureCollection of Polygon/MultiPolygon Features carrying each definition's properties
 *   (corners dropped)
 * @example maritimeBuffers([{ id: 'west-sea', name: 'West Sea', corners }], { land })
 */
export function maritimeBuffers(
  defs: MaritimeZoneDef[],
  { land, tolerance = 0.001 }: { land?: Feature<Polygon | MultiPolygon>; tolerance?: number } = {},
): FeatureCollection<Polygon | MultiPolygon> {
  if (!Array.isArray(defs) || defs.length === 0) throw new Error('maritimeBuffers: at least one zone definition is required');
  if (land) assertArea(land, 'maritimeBuffers');
  return featureCollection(
    defs.map((d) => {
      if (!Array.isArray(d.corners) || d.corners.length < 3)
        throw new Error(`maritimeBuffers: zone ${d.id} needs at least 3 corner points`);
      for (const c of d.corners)
        if (!(Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90)) throw new Error(`maritimeBuffers: zone ${d.id} has a bad corner ${JSON.stringify(c)}`);
      const { corners, ...props } = d;
      const ring = [...corners, corners[0]];
      let zone: Feature<Polygon | MultiPolygon> | null = polygon([ring]);
      if (land) zone = clipToArea(zone, land, { keep: 'outside' });
      if (!zone) throw new Error(`maritimeBuffers: zone ${d.id} lies entirely on land`);
      if (tolerance > 0) zone = simplifySafe(zone, { tolerance });
      zone.properties = props;
      return zone;
    }),
  );
}
