import { lineString, simplify } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { assertArea, assertLine } from './assert.ts';

/** Nearest segment of `c` to `p` in a local equirectangular plane: segment index and parameter t. */
function nearest(c: Position[], p: Position) {
  const k = Math.cos((p[1] * Math.PI) / 180);
  let best = { i: 0, t: 0, d: Infinity, cross: 0, raw: 0, len: 0 };
  for (let i = 0; i < c.length - 1; i++) {
    const ax = c[i][0] * k, ay = c[i][1];
    const dx = c[i + 1][0] * k - ax, dy = c[i + 1][1] - ay;
    const px = p[0] * k - ax, py = p[1] - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
    const ex = px - t * dx, ey = py - t * dy;
    const d = ex * ex + ey * ey;
    // raw: how far along the segment the foot falls, unclamped, in (scaled) degrees.
    if (d < best.d) best = { i, t, d, cross: dx * py - dy * px, raw: len2 ? (px * dx + py * dy) / Math.sqrt(len2) : 0, len: Math.sqrt(len2) };
  }
  // At an inner joint the nearest point is the joint itself and one segment's sign can mislead:
  // there, a point on opposite sides of the two segments lies in the wedge outside the turn.
  const j = best.t <= 1e-12 ? best.i : best.t >= 1 - 1e-12 ? best.i + 1 : -1;
  if (j > 0 && j < c.length - 1) {
    const side = (a: Position, b: Position) => (b[0] - a[0]) * k * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) * k;
    const s1 = side(c[j - 1], c[j]);
    const s2 = side(c[j], c[j + 1]);
    if (Math.sign(s1) === Math.sign(s2)) best.cross = s1;
    else {
      const turn = (c[j][0] - c[j - 1][0]) * k * (c[j + 1][1] - c[j][1]) - (c[j][1] - c[j - 1][1]) * (c[j + 1][0] - c[j][0]) * k;
      best.cross = turn > 0 ? -1 : 1; // a left turn's outside is on the right
    }
  }
  return best;
}

/**
 * The two edges of a zone drawn around a line (e.g. the DMZ's northern and southern limit lines):
 * the vertices of the zone's outer ring that lie beside the line (not around its round ends),
 * split by side and kept in order.
 *
 * @param line the LineString Feature the zone was built from (e.g. the MDL, running west→east)
 * @param zone Polygon Feature around it (e.g. bufferLine(mdl, { km: 2 }))
 * @param options.tolerance simplification of the result in degrees (default 0: none)
 * @returns { left, right } LineString Features with empty properties (left = north for a west→east line)
 * @example const { left: northern, right: southern } = limitLines(mdl, dmz)
 */
export function limitLines(
  line: Feature<LineString>,
  zone: Feature<Polygon | MultiPolygon>,
  { tolerance = 0 }: { tolerance?: number } = {},
): { left: Feature<LineString>; right: Feature<LineString> } {
  assertLine(line, 'limitLines');
  assertArea(zone, 'limitLines');
  const c = line.geometry.coordinates;
  const rings = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates[0]] : zone.geometry.coordinates.map((p) => p[0]);
  // The outer ring with most vertices carries the offset edges.
  const ring = rings.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, -1);
  const tag = ring.map((p) => {
    const n = nearest(c, p);
    // Round-end vertices lie beyond the line's ends; the offset vertex square to an end is kept
    // (1e-4° ≈ 10 m of slack for projection differences; the next cap vertex is hundreds of metres out).
    const atEnd = (n.i === 0 && n.raw < -1e-4) || (n.i === c.length - 2 && n.raw > n.len + 1e-4);
    return atEnd ? 0 : n.cross > 0 ? 1 : -1; // 1 = left
  });
  const longestRun = (want: number): Position[] => {
    // Rotate so the ring starts on a vertex of another kind, then runs cannot wrap.
    const start = tag.findIndex((t) => t !== want);
    if (start < 0) throw new Error('limitLines: the zone has no vertex beside the line');
    let best: Position[] = [];
    let cur: Position[] = [];
    for (let k = 0; k <= ring.length; k++) {
      const i = (start + k) % ring.length;
      if (k < ring.length && tag[i] === want) cur.push(ring[i]);
      else {
        if (cur.length > best.length) best = cur;
        cur = [];
      }
    }
    if (best.length < 2) throw new Error(`limitLines: no edge found on the ${want > 0 ? 'left' : 'right'} side`);
    return best;
  };
  const make = (pts: Position[], reverse: boolean) => {
    const l = lineString(reverse ? pts.slice().reverse() : pts, {});
    return tolerance > 0 ? simplify(l, { tolerance, highQuality: true }) : l;
  };
  // A counter-clockwise outer ring walks the left side against the line's direction.
  const left = longestRun(1);
  const right = longestRun(-1);
  const sameDir = (pts: Position[]) => {
    const a = nearest(c, pts[0]), b = nearest(c, pts[pts.length - 1]);
    return a.i + a.t <= b.i + b.t;
  };
  return { left: make(left, !sameDir(left)), right: make(right, !sameDir(right)) };
}
