import { kinks, polygon, simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const valid = (rings: Position[][]) => rings.every((r) => r.length >= 4 && kinks(polygon([r])).features.length === 0);

/**
 * Simplify an area without making any ring cross itself: each polygon is simplified on its own
 * and, where the result kinks, again at half the tolerance (down to no simplification).
 *
 * @param area Polygon or MultiPolygon Feature
 * @param options.tolerance Douglas–Peucker tolerance in degrees (default 0.0005, about 50 m)
 * @returns a new Feature with the same properties
 * @example simplifySafe(dmz, { tolerance: 0.0005 })
 */
export function simplifySafe<P>(area: Feature<Polygon | MultiPolygon, P>, { tolerance = 0.0005 }: { tolerance?: number } = {}): Feature<Polygon | MultiPolygon, P> {
  const polys = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const out: Position[][][] = [];
  for (const p of polys) {
    let rings = p;
    for (let tol = tolerance; tol >= tolerance / 64; tol /= 2) {
      const s = simplify(polygon(p), { tolerance: tol, highQuality: true }).geometry.coordinates;
      if (valid(s)) {
        rings = s;
        break;
      }
    }
    out.push(rings);
  }
  const geometry: Polygon | MultiPolygon = out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
  return { type: 'Feature', properties: area.properties, geometry };
}
