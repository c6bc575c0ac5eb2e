// Clips land polygons to the basemap's window. Pure: GeoJSON in, GeoJSON out.
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

export interface ClipOptions {
  /** Decimal places kept after clipping (6 ≈ 0.1 m). Rounding makes the cut points of an edge
   * shared by two countries identical, whichever direction each country's ring runs. */
  precision?: number;
}

type LandFeature = Feature<Polygon | MultiPolygon>;

/**
 * Clips every (Multi)Polygon feature to `bbox`, drops what falls outside, and rounds coordinates.
 *
 * @param fc land polygons (properties are kept)
 * @param bbox [west, south, east, north] in degrees
 * @returns one MultiPolygon feature per input feature that has land inside the window
 * @example clipLand(world, [123, 32.5, 132, 43.5])
 */
export function clipLand(fc: FeatureCollection, bbox: BBox, { precision = 6 }: ClipOptions = {}): FeatureCollection<MultiPolygon> {
  if (!fc || fc.type !== 'FeatureCollection') throw new Error('clipLand: input is not a GeoJSON FeatureCollection');
  const [w, s, e, n] = bbox;
  if (!(w < e && s < n)) throw new Error(`clipLand: bbox ${JSON.stringify(bbox)} is empty (west must be < east, south < north)`);
  const features: Feature<MultiPolygon>[] = [];
  fc.features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new Error(`clipLand: feature ${i} (${JSON.stringify(f.properties)}) is a ${g?.type ?? 'null geometry'}, expected Polygon or MultiPolygon`);
    }
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const out: Position[][][] = [];
    for (const rings of polys) {
      if (!intersects(ringBBox(rings[0]), bbox)) continue;
      const clipped = bboxClip({ type: 'Polygon', coordinates: rings } as Polygon, bbox).geometry as Polygon;
      const kept = clipped.coordinates.map((r) => cleanRing(r, precision)).filter((r): r is Position[] => r !== null);
      // The outer ring decides: if it vanished, its holes go with it.
      if (kept.length && clipped.coordinates[0] && cleanRing(clipped.coordinates[0], precision)) out.push(kept);
    }
    if (out.length) features.push({ type: 'Feature', properties: { ...(f.properties ?? {}) }, geometry: { type: 'MultiPolygon', coordinates: out } } as LandFeature as Feature<MultiPolygon>);
  });
  return { type: 'FeatureCollection', features };
}

function ringBBox(ring: Position[]): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Rounds, removes repeated points and closes the ring; null when fewer than 3 distinct points remain. */
export function cleanRing(ring: Position[], precision: number): Position[] | null {
  const k = 10 ** precision;
  const out: Position[] = [];
  for (const p of ring) {
    const q = [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) {
    const a = out[0], b = out[out.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  }
  return out.length >= 4 ? out : null;
}
