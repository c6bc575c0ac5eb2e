import { lineIntersect, lineString } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { assertArea } from './assert.ts';

const polysOf = (a: Feature<Polygon | MultiPolygon>) => (a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates);

/**
 * A line through the points midway between islands of one side and the other side's coast, in
 * the order given: for each island (a point on or near it), the island's outline is the nearest
 * polygon of `ownLand`, and its turning point is the middle of the shortest gap from that outline
 * to `otherLand`. This is how the 1953 Northern Limit Line is described (roughly midway between
 * the ROK-held islands and the DPRK coast); it does not reproduce official turning points.
 *
 * @param islands [lon, lat] of each island, in the order the line visits them
 * @param ownLand Polygon/MultiPolygon Feature holding the islands' outlines
 * @param otherLand Polygon/MultiPolygon Feature of the other side's land
 * @param options.searchDeg how far from the islands the other coast is searched, degrees (default 0.5)
 * @param options.side our side of the line as it runs (default 'right': south of a west→east line)
 * @param options.clearKm where a straight leg would cross land, a turning point is added this far
 *   beyond it (the other side's land: on our side; ours: on theirs) (default 1)
 * @returns LineString Feature; properties.gaps_km: the gap at each island, km; inserted: turning
 *   points added to keep clear of the other side's land
 * @throws when the line would cross either side's land
 * @example midwayLine([baengnyeong, yeonpyeong], landKr, landKp)
 */
export function midwayLine(
  islands: Position[],
  ownLand: Feature<Polygon | MultiPolygon>,
  otherLand: Feature<Polygon | MultiPolygon>,
  { searchDeg = 0.5, side = 'right', clearKm = 1 }: { searchDeg?: number; side?: 'left' | 'right'; clearKm?: number } = {},
): Feature<LineString, { gaps_km: number[]; inserted: number }> {
  assertArea(ownLand, 'midwayLine');
  assertArea(otherLand, 'midwayLine');
  if (!Array.isArray(islands) || islands.length < 2) throw new Error('midwayLine: at least 2 islands are required');
  const turning: Position[] = [];
  const gaps: number[] = [];
  for (const p of islands) {
    const k = Math.cos((p[1] * Math.PI) / 180);
    const d2 = (a: Position, b: Position) => ((a[0] - b[0]) * k) ** 2 + (a[1] - b[1]) ** 2;
    let outline: Position[] | null = null;
    let best = Infinity;
    for (const poly of polysOf(ownLand))
      for (const v of poly[0]) {
        const d = d2(v, p);
        if (d < best) [best, outline] = [d, poly[0]];
      }
    if (!outline || Math.sqrt(best) > 0.1) throw new Error(`midwayLine: no outline of ours within 0.1° of island ${JSON.stringify(p)}`);
    const coast = polysOf(otherLand)
      .flat(2)
      .filter((v) => Math.abs(v[0] - p[0]) < searchDeg && Math.abs(v[1] - p[1]) < searchDeg);
    if (!coast.length) throw new Error(`midwayLine: no coast of the other side within ${searchDeg}° of island ${JSON.stringify(p)}`);
    let pair: [Position, Position] = [outline[0], coast[0]];
    let gap = Infinity;
    for (const v of outline)
      for (const w of coast) {
        const d = d2(v, w);
        if (d < gap) [gap, pair] = [d, [v, w]];
      }
    turning.push([(pair[0][0] + pair[1][0]) / 2, (pair[0][1] + pair[1][1]) / 2]);
    gaps.push(Math.round(((Math.sqrt(gap) * Math.PI * 6371) / 180) * 10) / 10);
  }
  // Where a straight leg would cross land (the other side's islands off its coast, or ours), add
  // a turning point `clearKm` beyond that land's farthest intruding vertex, on the far side of it.
  let inserted = 0;
  const ourSign = side === 'right' ? 1 : -1;
  for (let guard = 0; guard < 50; guard++) {
    let fixed = false;
    for (let i = 0; i + 1 < turning.length && !fixed; i++) {
      const [a, b] = [turning[i], turning[i + 1]];
      const leg = lineString([a, b]);
      for (const [land, toward] of [[otherLand, ourSign], [ownLand, -ourSign]] as const) {
        if (fixed || !lineIntersect(leg, land).features.length) continue;
        const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
        const [dx, dy] = [(b[0] - a[0]) * k, b[1] - a[1]];
        const len = Math.hypot(dx, dy);
        // Signed distance across the leg, positive toward the side the point must move to.
        const across = (v: Position) => (toward * (dy * (v[0] - a[0]) * k - dx * (v[1] - a[1]))) / len;
        const along = (v: Position) => (dx * (v[0] - a[0]) * k + dy * (v[1] - a[1])) / len;
        let worst: Position | null = null;
        let depth = -Infinity;
        for (const v of polysOf(land).flat(2)) {
          const t = along(v);
          if (t <= 0 || t >= len || Math.abs(across(v)) > len) continue;
          const d = across(v);
          if (d > depth) [depth, worst] = [d, v];
        }
        if (!worst) continue;
        const off = depth + clearKm / 111.2;
        const t = along(worst);
        const n = [(toward * dy) / len / k, (-toward * dx) / len];
        turning.splice(i + 1, 0, [a[0] + ((dx / len) * t) / k + n[0] * off, a[1] + (dy / len) * t + n[1] * off]);
        inserted++;
        fixed = true;
      }
    }
    if (!fixed) break;
  }
  const line = lineString(turning, { gaps_km: gaps, inserted });
  for (const [name, land] of [['our', ownLand], ["the other side's", otherLand]] as const) {
    const hit = lineIntersect(line, land).features[0];
    if (hit) throw new Error(`midwayLine: the line crosses ${name} land at ${JSON.stringify(hit.geometry.coordinates)}`);
  }
  return line;
}
