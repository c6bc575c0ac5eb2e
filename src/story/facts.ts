import { distance, nearestPointOnLine, point, flattenEach } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

export interface FactContext {
  /** The Military Demarcation Line. */
  mdl?: Feature<LineString | MultiLineString> | null;
  /** Reference points such as Seoul City Hall. */
  references: { name: string; coord: Position }[];
}

function fmtKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/**
 * Facts that help a reader place a point: its distance and side of the MDL, and its distance
 * from reference points. Distances under 0.5 km from a reference are left out (it is the place).
 */
export function placeFacts(coord: Position, ctx: FactContext): string[] {
  const facts: string[] = [];
  const p = point(coord);
  if (ctx.mdl) {
    let best: { km: number; lat: number } | null = null;
    flattenEach(ctx.mdl, (line) => {
      const near = nearestPointOnLine(line as Feature<LineString>, p, { units: 'kilometers' });
      const km = near.properties.dist ?? Infinity;
      if (!best || km < best.km) best = { km, lat: near.geometry.coordinates[1] };
    });
    if (best) {
      const b = best as { km: number; lat: number };
      // 1,000 km and more from the MDL (Hanoi) says nothing useful about the border.
      if (b.km < 300) {
        if (b.km < 0.05) facts.push('on the MDL');
        else facts.push(`${fmtKm(b.km)} ${coord[1] >= b.lat ? 'north' : 'south'} of the MDL`);
      }
    }
  }
  for (const ref of ctx.references) {
    const km = distance(p, point(ref.coord), { units: 'kilometers' });
    if (km >= 0.5) facts.push(`${fmtKm(km)} from ${ref.name}`);
  }
  return facts;
}
