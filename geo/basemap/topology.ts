// Topology-preserving simplification of country polygons, plus the lines derived from the same
// arcs: national borders (edges two countries share) and coastline (edges only one country has).
// Simplifying each shared edge once keeps neighbours free of gaps and slivers (e.g. along the
// KR/KP line), which simplifying each polygon on its own would not.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { BBox } from './clip';

export interface SimplifyOptions {
  /** Douglas–Peucker tolerance in metres: one number, or chosen per vertex (e.g. finer near the
   * border) from its position and the countries whose rings use its arc. */
  toleranceM: number | ((p: Position, countries: string[]) => number);
  /** Polygons (and holes) smaller than this after simplification are dropped: one number, or
   * chosen per ring from its bounding box and country. */
  minAreaKm2?: number | ((ring: { bbox: BBox; country: string }) => number);
  /** Decimal places of the output coordinates: one number, or chosen per vertex from its position. */
  precision?: number | ((p: Position) => number);
  /** The clip window: coastline segments lying on its edges are cut edges, not coast. */
  bbox?: BBox;
  /** Property naming each feature's country. */
  idProperty?: string;
}

export interface SimplifiedLayers {
  land: FeatureCollection<MultiPolygon>;
  borders: FeatureCollection<MultiLineString>;
  coast: FeatureCollection<MultiLineString>;
}

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQ = 111.32;

interface Arc {
  coords: Position[];
  /** Feature indices of the kept rings using this arc (filled when rings are rebuilt). */
  users: Set<number>;
  simplified?: Position[];
}
type ArcRef = { arc: number; reversed: boolean };

/**
 * Simplifies country polygons along shared arcs and derives borders and coast lines.
 *
 * @param fc one MultiPolygon feature per country, each with `properties[idProperty]`
 * @param opts tolerance, minimum area, output precision, clip window
 * @returns land polygons, border lines (one feature per country pair), coast lines (one per country)
 * @example simplifyTopology(clipped, { toleranceM: 40, bbox: [122, 32, 133, 44] })
 */
export function simplifyTopology(fc: FeatureCollection<MultiPolygon>, opts: SimplifyOptions): SimplifiedLayers {
  const { toleranceM, minAreaKm2 = 0, precision = 5, bbox, idProperty = 'iso' } = opts;
  const ids = fc.features.map((f, i) => {
    const id = f.properties?.[idProperty];
    if (typeof id !== 'string' || !id) throw new Error(`simplifyTopology: feature ${i} has no "${idProperty}" property`);
    if (f.geometry?.type !== 'MultiPolygon') throw new Error(`simplifyTopology: feature ${id} is a ${f.geometry?.type}, expected MultiPolygon`);
    return id;
  });

  // Every ring, open (last point dropped), with where it belongs.
  const rings: { feature: number; polygon: number; ring: number; pts: Position[] }[] = [];
  fc.features.forEach((f, fi) =>
    f.geometry.coordinates.forEach((poly, pi) =>
      poly.forEach((ring, ri) => rings.push({ feature: fi, polygon: pi, ring: ri, pts: ring.slice(0, -1) })),
    ),
  );

  const junctions = findJunctions(rings.map((r) => r.pts));
  const lat0 = meanLatitude(rings.map((r) => r.pts));
  const kx = Math.cos((lat0 * Math.PI) / 180) * KM_PER_DEG_LON_EQ;
  const arcs: Arc[] = [];
  const arcIndex = new Map<string, number>();
  const ringArcs = rings.map((r) => cutIntoArcs(r.pts, junctions, arcs, arcIndex));

  const arcCountries = arcs.map(() => new Set<string>());
  ringArcs.forEach((refs, i) => {
    for (const r of refs) arcCountries[r.arc].add(ids[rings[i].feature]);
  });
  arcs.forEach((arc, ai) => {
    const countries = [...arcCountries[ai]].sort();
    const tolKm = arc.coords.map((p) => {
      const t = typeof toleranceM === 'number' ? toleranceM : toleranceM(p, countries);
      if (!(typeof t === 'number' && t >= 0)) throw new Error(`simplifyTopology: tolerance at ${p} must be a number ≥ 0 metres, got ${JSON.stringify(t)}`);
      return t / 1000;
    });
    arc.simplified = roundLine(simplifyArc(arc.coords, tolKm, kx), precision);
  });

  // Rebuild polygons from simplified arcs, dropping rings that collapse or are too small.
  const land: Feature<MultiPolygon>[] = fc.features.map((f) => ({
    type: 'Feature',
    properties: { ...(f.properties ?? {}) },
    geometry: { type: 'MultiPolygon', coordinates: [] },
  }));
  const polyOut = new Map<string, Position[][] | null>();
  rings.forEach((r, i) => {
    const key = `${r.feature}/${r.polygon}`;
    if (r.ring > 0 && polyOut.get(key) === null) return; // its outer ring was dropped
    const coords = assemble(ringArcs[i], arcs);
    const min = typeof minAreaKm2 === 'number' ? minAreaKm2 : minAreaKm2({ bbox: lineBBox(r.pts), country: ids[r.feature] });
    const ok = coords.length >= 4 && Math.abs(ringAreaKm2(coords, kx)) >= Math.max(min, 1e-9);
    if (r.ring === 0) {
      if (!ok) {
        polyOut.set(key, null);
        return;
      }
      const poly = [coords];
      polyOut.set(key, poly);
      land[r.feature].geometry.coordinates.push(poly);
    } else if (ok) polyOut.get(key)!.push(coords);
    else return;
    for (const ref of ringArcs[i]) arcs[ref.arc].users.add(r.feature);
  });

  // Borders: arcs used by two countries. Coast: arcs used by one ring of one country.
  const borderLines = new Map<string, Position[][]>();
  const coastLines = new Map<number, Position[][]>();
  const uses = countUses(ringArcs, rings, polyOut);
  arcs.forEach((arc, ai) => {
    const users = [...arc.users];
    if (users.length >= 2) {
      const pair = users.map((u) => ids[u]).sort().join('-');
      push(borderLines, pair, arc.simplified!);
    } else if (users.length === 1 && uses[ai] === 1) {
      for (const run of offWindow(arc.simplified!, bbox)) push(coastLines, users[0], run);
    }
  });

  return {
    land: { type: 'FeatureCollection', features: land.filter((f) => f.geometry.coordinates.length) },
    borders: {
      type: 'FeatureCollection',
      features: [...borderLines.keys()].sort().map((pair) => ({
        type: 'Feature',
        properties: { id: pair, countries: pair.split('-') },
        geometry: { type: 'MultiLineString', coordinates: mergeLines(borderLines.get(pair)!) },
      })),
    },
    coast: {
      type: 'FeatureCollection',
      features: [...coastLines.keys()].sort((a, b) => a - b).map((fi) => ({
        type: 'Feature',
        properties: { [idProperty]: ids[fi] },
        geometry: { type: 'MultiLineString', coordinates: mergeLines(coastLines.get(fi)!) },
      })),
    },
  };
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/** A point is a junction where the rings through it disagree about its neighbours. */
function findJunctions(rings: Position[][]): Set<string> {
  const seen = new Map<string, [string, string]>();
  const junctions = new Set<string>();
  for (const pts of rings) {
    const n = pts.length;
    for (let i = 0; i < n; i++) {
      const k = key(pts[i]);
      const a = key(pts[(i - 1 + n) % n]);
      const b = key(pts[(i + 1) % n]);
      const s = seen.get(k);
      if (!s) seen.set(k, [a, b]);
      else if (!((s[0] === a && s[1] === b) || (s[0] === b && s[1] === a))) junctions.add(k);
    }
  }
  return junctions;
}

function cutIntoArcs(pts: Position[], junctions: Set<string>, arcs: Arc[], index: Map<string, number>): ArcRef[] {
  const n = pts.length;
  const start = pts.findIndex((p) => junctions.has(key(p)));
  const pieces: Position[][] = [];
  if (start < 0) {
    pieces.push([...pts, pts[0]]); // a closed ring on its own (an island)
  } else {
    let cur: Position[] = [pts[start]];
    for (let s = 1; s <= n; s++) {
      const p = pts[(start + s) % n];
      cur.push(p);
      if (junctions.has(key(p))) {
        pieces.push(cur);
        cur = [p];
      }
    }
  }
  return pieces.map((piece) => {
    const fwd = piece.map(key).join(';');
    const rev = piece.map(key).reverse().join(';');
    const reversed = rev < fwd;
    const canon = reversed ? rev : fwd;
    let ai = index.get(canon);
    if (ai === undefined) {
      ai = arcs.length;
      arcs.push({ coords: reversed ? [...piece].reverse() : piece, users: new Set() });
      index.set(canon, ai);
    }
    return { arc: ai, reversed };
  });
}

function assemble(refs: ArcRef[], arcs: Arc[]): Position[] {
  const out: Position[] = [];
  for (const { arc, reversed } of refs) {
    const line = reversed ? [...arcs[arc].simplified!].reverse() : arcs[arc].simplified!;
    for (const p of line) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  if (out.length && key(out[0]) !== key(out[out.length - 1])) out.push(out[0]);
  return out;
}

function countUses(ringArcs: ArcRef[][], rings: { feature: number; polygon: number; ring: number }[], polys: Map<string, Position[][] | null>): number[] {
  const uses: number[] = [];
  ringArcs.forEach((refs, i) => {
    if (polys.get(`${rings[i].feature}/${rings[i].polygon}`) === null) return;
    for (const r of refs) uses[r.arc] = (uses[r.arc] ?? 0) + 1;
  });
  return uses;
}

/** Douglas–Peucker with fixed endpoints and a tolerance per vertex (km); a closed arc is split
 * at its farthest point first. */
export function simplifyArc(coords: Position[], tolKm: number[], kx: number): Position[] {
  if (coords.length <= 2) return coords;
  const closed = key(coords[0]) === key(coords[coords.length - 1]);
  if (closed) {
    let far = 1, best = -1;
    for (let i = 1; i < coords.length - 1; i++) {
      const d = dist2(coords[0], coords[i], kx);
      if (d > best) (best = d), (far = i);
    }
    const a = dp(coords.slice(0, far + 1), tolKm.slice(0, far + 1), kx);
    const b = dp(coords.slice(far), tolKm.slice(far), kx);
    return [...a, ...b.slice(1)];
  }
  return dp(coords, tolKm, kx);
}

function dp(pts: Position[], tol: number[], kx: number): Position[] {
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    // Keep the vertex that exceeds its own tolerance by the largest factor.
    let idx = -1, max = 1;
    for (let k = i + 1; k < j; k++) {
      const t2 = tol[k] * tol[k];
      const d = segDist2(pts[k], pts[i], pts[j], kx);
      const r = t2 > 0 ? d / t2 : d > 0 ? Infinity : 0;
      if (r > max) (max = r), (idx = k);
    }
    if (idx > 0) {
      keep[idx] = 1;
      stack.push([i, idx], [idx, j]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

function dist2(a: Position, b: Position, kx: number): number {
  const dx = (a[0] - b[0]) * kx, dy = (a[1] - b[1]) * KM_PER_DEG_LAT;
  return dx * dx + dy * dy;
}

function segDist2(p: Position, a: Position, b: Position, kx: number): number {
  const ax = a[0] * kx, ay = a[1] * KM_PER_DEG_LAT;
  const dx = b[0] * kx - ax, dy = b[1] * KM_PER_DEG_LAT - ay;
  const px = p[0] * kx - ax, py = p[1] * KM_PER_DEG_LAT - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
  const ex = px - t * dx, ey = py - t * dy;
  return ex * ex + ey * ey;
}

/** Signed planar area in km² (equirectangular at the data's mean latitude: fine for a filter). */
export function ringAreaKm2(ring: Position[], kx: number): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * kx * ring[i + 1][1] * KM_PER_DEG_LAT - ring[i + 1][0] * kx * ring[i][1] * KM_PER_DEG_LAT;
  }
  return a / 2;
}

function lineBBox(line: Position[]): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of line) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function meanLatitude(rings: Position[][]): number {
  let s = 0, n = 0;
  for (const r of rings) for (const p of r) (s += p[1]), n++;
  return n ? s / n : 0;
}

function roundLine(line: Position[], precision: number | ((p: Position) => number)): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const k = 10 ** (typeof precision === 'number' ? precision : precision(p));
    const q = [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length === 1 ? [out[0], out[0]] : out;
}

/** Splits a line into runs that do not lie along an edge of the clip window. */
function offWindow(line: Position[], bbox?: BBox): Position[][] {
  if (!bbox) return [line];
  const [w, s, e, n] = bbox;
  const eps = 1e-9;
  const onEdge = (a: Position, b: Position) =>
    (Math.abs(a[0] - w) < eps && Math.abs(b[0] - w) < eps) ||
    (Math.abs(a[0] - e) < eps && Math.abs(b[0] - e) < eps) ||
    (Math.abs(a[1] - s) < eps && Math.abs(b[1] - s) < eps) ||
    (Math.abs(a[1] - n) < eps && Math.abs(b[1] - n) < eps);
  const runs: Position[][] = [];
  let cur: Position[] = [line[0]];
  for (let i = 1; i < line.length; i++) {
    if (onEdge(line[i - 1], line[i])) {
      if (cur.length > 1) runs.push(cur);
      cur = [line[i]];
    } else cur.push(line[i]);
  }
  if (cur.length > 1) runs.push(cur);
  return runs;
}

/** Joins lines end to start where they meet, so a border is a few long lines rather than many arcs. */
function mergeLines(lines: Position[][]): Position[][] {
  const open = lines.filter((l) => l.length >= 2 && key(l[0]) !== key(l[l.length - 1]));
  const closed = lines.filter((l) => l.length >= 2 && key(l[0]) === key(l[l.length - 1]));
  const used = new Uint8Array(open.length);
  const ends = new Map<string, number[]>();
  open.forEach((l, i) => {
    for (const k of [key(l[0]), key(l[l.length - 1])]) ends.set(k, [...(ends.get(k) ?? []), i]);
  });
  const take = (k: string): number | undefined => (ends.get(k) ?? []).find((i) => !used[i]);
  const out: Position[][] = [];
  open.forEach((first, i) => {
    if (used[i]) return;
    used[i] = 1;
    let cur = [...first];
    for (let grown = true; grown; ) {
      grown = false;
      const e = key(cur[cur.length - 1]);
      const j = take(e);
      if (j !== undefined) {
        used[j] = 1;
        const l = open[j];
        cur = cur.concat(key(l[0]) === e ? l.slice(1) : [...l].reverse().slice(1));
        grown = true;
        continue;
      }
      const s = key(cur[0]);
      const h = take(s);
      if (h !== undefined) {
        used[h] = 1;
        const l = open[h];
        cur = (key(l[l.length - 1]) === s ? l.slice(0, -1) : [...l].reverse().slice(0, -1)).concat(cur);
        grown = true;
      }
    }
    out.push(cur);
  });
  return [...out, ...closed];
}

function push<K>(m: Map<K, Position[][]>, k: K, v: Position[]) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

