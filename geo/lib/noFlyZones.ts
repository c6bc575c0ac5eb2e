import { bboxPolygon, featureCollection, intersect, length, lineSliceAlong, nearestPointOnLine, point, simplify, union } from '@turf/turf';
import { simplifySafe } from './simplifySafe.ts';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { assertLine } from './assert.ts';
import { bufferLine } from './bufferLine.ts';

export interface NoFlyClass {
  id: string;
  name: string;
  /** Width each side of the MDL west of the split marker, km. */
  west_km: number;
  /** Width each side east of the split marker, km. */
  east_km: number;
}

/** CMA Art. 1(3) (19 Sep 2018): fixed-wing 40 km east / 20 km west of MDL marker 0646; rotary-wing 10; UAV 15/10; balloons 25. */
export const CMA_NO_FLY: NoFlyClass[] = [
  { id: 'fixed-wing', name: 'Fixed-wing aircraft', west_km: 20, east_km: 40 },
  { id: 'balloon', name: 'Balloons', west_km: 25, east_km: 25 },
  { id: 'uav', name: 'Unmanned aerial vehicles', west_km: 10, east_km: 15 },
  { id: 'rotary-wing', name: 'Rotary-wing aircraft', west_km: 10, east_km: 10 },
];

/**
 * No-fly zones measured from the MDL, with different widths west and east of a split point
 * (MDL marker 0646 in the 2018 Comprehensive Military Agreement). West of the split's meridian
 * the west width applies, east of it the east width.
 *
 * @param mdl the MDL as a LineString Feature running west→east
 * @param options.split [lon, lat] of the split marker (snapped onto the line)
 * @param options.classes the aircraft classes and widths (default CMA_NO_FLY, widest first)
 * @param options.tolerance simplification of the zones in degrees (default 0.001)
 * @param options.lineTolerance simplification of the MDL before buffering, in degrees (default
 *   0.001, about 100 m: the zones' edges move by no more than that, against widths of 10–40 km,
 *   and buffering gets several times faster)
 * @returns FeatureCollection of Polygon/MultiPolygon Features, one per class, with
 *   properties { id: 'no-fly-<class>', name, class, west_km, east_km }
 * @example noFlyZones(mdl, { split: marker0646 })
 */
export function noFlyZones(
  mdl: Feature<LineString>,
  {
    split,
    classes = CMA_NO_FLY,
    tolerance = 0.001,
    lineTolerance = 0.001,
  }: { split: Position; classes?: NoFlyClass[]; tolerance?: number; lineTolerance?: number },
): FeatureCollection<Polygon | MultiPolygon> {
  assertLine(mdl, 'noFlyZones');
  if (!Array.isArray(split) || split.length < 2 || !split.every(Number.isFinite))
    throw new Error('noFlyZones: split must be a [lon, lat] position');
  if (!classes.length) throw new Error('noFlyZones: at least one class is required');
  if (lineTolerance > 0) mdl = simplify(mdl, { tolerance: lineTolerance, highQuality: true });
  const snapped = nearestPointOnLine(mdl, point(split), { units: 'kilometers' });
  const at = snapped.properties.location as number;
  const total = length(mdl, { units: 'kilometers' });
  if (at <= 0 || at >= total) throw new Error('noFlyZones: the split point must fall inside the line');
  const splitLon = snapped.geometry.coordinates[0];
  const west = lineSliceAlong(mdl, 0, at, { units: 'kilometers' });
  const east = lineSliceAlong(mdl, at, total, { units: 'kilometers' });
  const far = 5; // degrees: the half-planes reach well beyond any width
  const [x0, y0, x1, y1] = [124, 36, 130, 40].map((v, i) => v + (i < 2 ? -far : far));
  const westHalf = bboxPolygon([x0, y0, splitLon, y1]);
  const eastHalf = bboxPolygon([splitLon, y0, x1, y1]);
  const features = classes.map((k) => {
    if (!(k.west_km > 0 && k.east_km > 0)) throw new Error(`noFlyZones: class ${k.id} needs positive widths`);
    let zone: Feature<Polygon | MultiPolygon> | null;
    if (k.west_km === k.east_km) zone = bufferLine(mdl, { km: k.west_km });
    else {
      const w = intersect(featureCollection([bufferLine(west, { km: k.west_km }), westHalf]));
      const e = intersect(featureCollection([bufferLine(east, { km: k.east_km }), eastHalf]));
      if (!w || !e) throw new Error(`noFlyZones: class ${k.id} left an empty half`);
      zone = union(featureCollection([w, e]));
    }
    if (!zone) throw new Error(`noFlyZones: class ${k.id} is empty`);
    if (tolerance > 0) zone = simplifySafe(zone, { tolerance });
    zone.properties = { id: `no-fly-${k.id}`, name: `No-fly zone: ${k.name}`, class: k.id, west_km: k.west_km, east_km: k.east_km };
    return zone;
  });
  return featureCollection(features);
}
