// The geography of the committed outputs, measured with Turf against the definitions and against
// independent figures (cited beside each check).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { along, area, bearing, booleanPointInPolygon, centroid, destination, distance, length, lineIntersect, lineString, nearestPointOnLine, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerManifest } from '../../../src/data/types';

const data = join(import.meta.dirname, '..', '..', '..', 'public', 'data');
const layer = (id: string) => JSON.parse(readFileSync(join(data, 'layers', `${id}.geojson`), 'utf8')) as FeatureCollection<Geometry>;
const feature = <G extends Geometry>(id: string, fid: string) => {
  const f = layer(id).features.find((x) => x.properties?.id === fid);
  if (!f) throw new Error(`layer ${id} has no feature ${fid}`);
  return f as Feature<G>;
};
const mdl = feature<LineString>('mdl', 'mdl');
const km = { units: 'kilometers' as const };

/**
 * Width of a zone at `d` km along the MDL: the distance from that point of the line to the zone's
 * edge on the north side plus on the south side (the nearest edge point each way). Sides are
 * split by the line's direction over 2 km; the edge is sampled every ~100 m.
 */
function widthAt(zone: Feature<Polygon | MultiPolygon>, d: number, reach: number) {
  const p = along(mdl, d, km);
  const [x0, y0] = p.geometry.coordinates;
  const k = Math.cos((y0 * Math.PI) / 180);
  const a = along(mdl, d - 1, km).geometry.coordinates;
  const b = along(mdl, d + 1, km).geometry.coordinates;
  const rings = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
  let north = Infinity;
  let south = Infinity;
  let northPt = [0, 0];
  let southPt = [0, 0];
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) {
      const [u, v] = [ring[i], ring[i + 1]];
      const steps = Math.max(1, Math.ceil(distance(point(u), point(v), km) / 0.1));
      for (let j = 0; j < steps; j++) {
        const q = [u[0] + ((v[0] - u[0]) * j) / steps, u[1] + ((v[1] - u[1]) * j) / steps];
        if (Math.abs(q[1] - y0) > reach / 100 || Math.abs(q[0] - x0) * k > reach / 100) continue;
        const dist = distance(p, point(q), km);
        const left = (b[0] - a[0]) * k * (q[1] - y0) - (b[1] - a[1]) * (q[0] - x0) * k > 0;
        if (left && dist < north) [north, northPt] = [dist, q];
        if (!left && dist < south) [south, southPt] = [dist, q];
      }
    }
  // The edge points' own distance from the MDL: the zone's width as the definition measures it.
  const fromLine = (q: number[]) => pointToLineDistance(point(q), mdl, km);
  return { north, south, northFromLine: fromLine(northPt), southFromLine: fromLine(southPt) };
}
/**
 * `n` stations spread along the MDL where it runs straight for `reach` km either way: where
 * the line bends or zigzags, the edge of a zone drawn at a fixed distance from the line lies
 * farther than that from a given point of the line on the inside of the bend (geometry, not error).
 */
const evenly = (n: number, margin: number) => {
  const total = length(mdl, km);
  return Array.from({ length: n }, (_, i) => Math.round((margin + ((total - 2 * margin) * i) / (n - 1)) * 10) / 10);
};
const stations = (n: number, reach: number, margin = reach) => {
  const total = length(mdl, km);
  // Straight: the line stays within 150 m of the chord from d - reach to d + reach.
  const straight = (d: number) => {
    const chord = lineString([along(mdl, d - reach, km).geometry.coordinates, along(mdl, d + reach, km).geometry.coordinates]);
    for (let x = d - reach; x <= d + reach; x += 0.1) if (pointToLineDistance(along(mdl, x, km), chord, km) > 0.15) return false;
    return true;
  };
  const candidates: number[] = [];
  for (let d = margin; d <= total - margin; d += 1) if (straight(d)) candidates.push(d);
  if (candidates.length < n) throw new Error(`only ${candidates.length} straight stations`);
  return Array.from({ length: n }, (_, i) => candidates[Math.round((i * (candidates.length - 1)) / (n - 1))]);
};

describe('the MDL', () => {
  it('is 238–255 km long (2020 Defense White Paper p. 52: 248 km; sources give 238–250)', () => {
    const l = length(mdl, km);
    expect(l).toBeGreaterThan(238);
    expect(l).toBeLessThan(255);
  });
  it('has hundreds of vertices and runs west to east, from the Han estuary to the East Sea', () => {
    const c = mdl.geometry.coordinates;
    expect(c.length).toBeGreaterThan(300);
    expect(c[0][0]).toBeLessThan(126.7); // Han estuary, Paju
    expect(c.at(-1)![0]).toBeGreaterThan(128.3); // East Sea coast, Goseong
    expect(c.at(-1)![1]).toBeGreaterThan(38.55);
  });
});

/** Which side of the west→east MDL a point is on, judged on the nearest segment: 1 north, -1 south. */
function sideOfMdl(pt: Feature<Point>) {
  const n = nearestPointOnLine(mdl, pt);
  const i = Math.min(n.properties.index as number, mdl.geometry.coordinates.length - 2);
  const [a, b] = [mdl.geometry.coordinates[i], mdl.geometry.coordinates[i + 1]];
  const o = pt.geometry.coordinates;
  return Math.sign((b[0] - a[0]) * (o[1] - a[1]) - (b[1] - a[1]) * (o[0] - a[0]));
}

describe('the MDL against independently sourced places', () => {
  it('passes within 300 m of the Joint Security Area, which straddles it (en.wikipedia coordinates)', () => {
    expect(pointToLineDistance(feature<Point>('kaesong', 'panmunjom-jsa'), mdl, km)).toBeLessThan(0.3);
  });
  it('leaves Dorasan station and Imjingak (open to visitors) south of it and outside the DMZ', () => {
    for (const id of ['dorasan', 'imjingak']) {
      const p = feature<Point>('places', id);
      expect(sideOfMdl(p), id).toBe(-1);
      expect(booleanPointInPolygon(p, feature<Polygon>('dmz', 'dmz')), id).toBe(false);
    }
  });
  it('leaves Kaesong and Pyongyang north of it, Seoul south', () => {
    expect(sideOfMdl(feature<Point>('kaesong', 'kaesong-city'))).toBe(1);
    expect(sideOfMdl(feature<Point>('places', 'pyongyang'))).toBe(1);
    expect(sideOfMdl(feature<Point>('seoul', 'seoul-city-hall'))).toBe(-1);
  });
});

describe('the DMZ', () => {
  const zone = feature<Polygon | MultiPolygon>('dmz', 'dmz');
  it('is 4 km ± 0.2 wide at 25 points along the MDL: the edge on each side 2 km from the line (Armistice Art. I)', () => {
    for (const d of evenly(25, 3)) {
      const w = widthAt(zone, d, 6);
      expect(w.northFromLine + w.southFromLine, `at ${d} km`).toBeGreaterThan(3.8);
      expect(w.northFromLine + w.southFromLine, `at ${d} km`).toBeLessThan(4.2);
      // and the edge found is the one beside this point of the line, not a distant one
      expect(Math.max(w.north, w.south), `at ${d} km`).toBeLessThan(3.5);
    }
  });
  it('is 4 km ± 0.2 wide measured straight across, where the line runs straight', () => {
    const at = stations(5, 1.5);
    if (process.env.DEBUG_WIDTH) console.log(at.map((d) => { const w = widthAt(zone, d, 6); return `${d}:${w.north.toFixed(2)}+${w.south.toFixed(2)}`; }).join(' '));
    for (const d of at) {
      const w = widthAt(zone, d, 6);
      expect(w.north + w.south, `at ${d} km`).toBeGreaterThan(3.8);
      expect(w.north + w.south, `at ${d} km`).toBeLessThan(4.2);
    }
  });
  it('has limit lines 2 km ± 0.1 from the MDL, north and south of it', () => {
    for (const [id, sign] of [['dmz-northern-limit', 1], ['dmz-southern-limit', -1]] as const) {
      const l = feature<LineString>('dmz', id);
      const c = l.geometry.coordinates;
      for (let i = 0; i < c.length; i += 5) {
        const dd = pointToLineDistance(point(c[i]), mdl, km);
        expect(dd).toBeGreaterThan(1.9);
        expect(dd).toBeLessThan(2.1);
      }
      // Each limit line is on its own side: compare with the MDL at the same distance along it.
      const mid = along(l, length(l, km) / 2, km).geometry.coordinates;
      const onMdl = along(mdl, length(mdl, km) / 2, km).geometry.coordinates;
      expect(Math.sign(mid[1] - onMdl[1])).toBe(sign);
    }
  });
});

describe('the CMA zones', () => {
  it('ground buffer: 10 km ± 0.3 wide at 25 points (edges 5 km from the MDL, CMA Art. 1(2))', () => {
    const zone = feature<Polygon | MultiPolygon>('cma-ground-buffer', 'cma-ground-buffer');
    for (const d of evenly(25, 8)) {
      const w = widthAt(zone, d, 12);
      expect(w.northFromLine + w.southFromLine, `at ${d} km`).toBeGreaterThan(9.7);
      expect(w.northFromLine + w.southFromLine, `at ${d} km`).toBeLessThan(10.3);
      expect(Math.max(w.north, w.south), `at ${d} km`).toBeLessThan(7.5);
    }
    // (No straight-across check here: the MDL never runs within 150 m of straight for 10 km.)
  });
  it('no-fly zones: fixed-wing 40 km each side east of marker 0646 and 20 km west of it', () => {
    const zone = feature<Polygon | MultiPolygon>('cma-no-fly', 'no-fly-fixed-wing');
    const marker = feature<Point>('cma-no-fly', 'mdl-marker-0646');
    const at = length(mdl, km) * 0.5;
    expect(distance(marker, along(mdl, at, km), km)).toBeLessThan(1);
    // Every outline vertex is at the class's distance from the MDL, except on the cut at the split.
    const ring = (zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates).flatMap((p) => p[0]);
    const splitLon = marker.geometry.coordinates[0];
    let west = 0;
    let east = 0;
    for (const c of ring) {
      const d = pointToLineDistance(point(c), mdl, km);
      if (c[0] < splitLon - 0.05) {
        west++;
        expect(d).toBeGreaterThan(19.5);
        expect(d).toBeLessThan(20.5);
      } else if (c[0] > splitLon + 0.05) {
        east++;
        expect(d).toBeGreaterThan(39.5);
        expect(d).toBeLessThan(40.5);
      }
    }
    expect(west).toBeGreaterThan(20);
    expect(east).toBeGreaterThan(20);
    // The other classes, the same way: [west, east] km.
    for (const [id, w, e] of [['no-fly-balloon', 25, 25], ['no-fly-uav', 10, 15], ['no-fly-rotary-wing', 10, 10]] as const) {
      const z = feature<Polygon | MultiPolygon>('cma-no-fly', id);
      const pts = (z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates).flatMap((p) => p[0]);
      for (const c of pts) {
        if (Math.abs(c[0] - splitLon) < 0.05) continue;
        const want = c[0] < splitLon ? w : e;
        const d = pointToLineDistance(point(c), mdl, km);
        expect(Math.abs(d - want), `${id} at ${c}`).toBeLessThan(0.5);
      }
    }
    const rotary = widthAt(feature('cma-no-fly', 'no-fly-rotary-wing'), 120, 20);
    expect(rotary.northFromLine + rotary.southFromLine).toBeGreaterThan(19.4);
    expect(rotary.northFromLine + rotary.southFromLine).toBeLessThan(20.6);
  });
  it('maritime buffers: West Sea about 135 km and East Sea about 80 km north to south, at sea', () => {
    const ns = (id: string) => {
      const f = feature<Polygon | MultiPolygon>('cma-maritime-buffer', id);
      const ys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2).map((c) => c[1]);
      return distance(point([125, Math.min(...ys)]), point([125, Math.max(...ys)]), km);
    };
    expect(Math.abs(ns('cma-maritime-west-sea') - 135)).toBeLessThan(10);
    expect(Math.abs(ns('cma-maritime-east-sea') - 80)).toBeLessThan(10);
    const west = feature<Polygon | MultiPolygon>('cma-maritime-buffer', 'cma-maritime-west-sea');
    expect(booleanPointInPolygon(feature<Point>('places', 'yeonpyeong-do'), west)).toBe(false); // an island is land
  });
});

describe('the NLL', () => {
  const nll = feature<LineString>('nll', 'nll-west-sea');
  const land = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'geo', 'sources', 'land-kr-kp.geojson'), 'utf8')) as FeatureCollection<MultiPolygon>;
  it('stays at sea', () => {
    for (const f of land.features) expect(lineIntersect(nll, f).features.length, f.properties?.id).toBe(0);
  });
  it('passes north of the five ROK-held islands', () => {
    for (const id of ['baengnyeong-do', 'daecheong-do', 'socheong-do', 'yeonpyeong-do', 'u-do']) {
      const [x, y] = feature<Point>('places', id).geometry.coordinates;
      const at = lineIntersect(nll, lineString([[x, 37], [x, 39]])).features.map((p) => p.geometry.coordinates[1]);
      // Baengnyeong lies just west of the line's first turning point (its westward extension is
      // not drawn): compare with that point instead.
      const c = nll.geometry.coordinates;
      if (!at.length) at.push(x < c[0][0] ? c[0][1] : c.at(-1)![1]);
      expect(Math.min(...at), id).toBeGreaterThan(y);
    }
  });
  it('has every cited island position on or within 1 km of its own country\'s land (OpenStreetMap outlines)', () => {
    const cited = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'geo', 'sources', 'places.geojson'), 'utf8')) as FeatureCollection<Point>;
    for (const f of cited.features.filter((x) => x.properties?.kind === 'island')) {
      const own = land.features[f.properties?.country === 'KP' ? 1 : 0];
      const pt = f as Feature<Point>;
      const near = own.geometry.coordinates.some((poly) => {
        const pg = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: poly } };
        return booleanPointInPolygon(pt, pg) || pointToLineDistance(pt, lineString(poly[0]), km) < 1;
      });
      expect(near, String(f.properties?.id)).toBe(true);
    }
  });
  it('finds Yeonpyeong about 12 km from the North Korean coast (en.wikipedia "Yeonpyeong Island")', () => {
    const gaps = nll.properties?.gaps_km as number[];
    expect(gaps[3]).toBeGreaterThan(9);
    expect(gaps[3]).toBeLessThan(15);
  });
});

describe('Kaesong', () => {
  const kic = feature<Polygon>('kaesong', 'kaesong-industrial-complex');
  const office = feature<Point>('kaesong', 'kaesong-liaison-office');
  it('the complex is about 3.3 km² (phase 1: KBS, Yonhap 2007)', () => {
    expect(area(kic) / 1e6).toBeGreaterThan(3.0);
    expect(area(kic) / 1e6).toBeLessThan(3.6);
  });
  it('the liaison office is inside the complex and north of the MDL', () => {
    expect(booleanPointInPolygon(office, kic)).toBe(true);
    // North = left of the west→east MDL on the nearest segment (the office lies west of the land
    // line's first vertex, so a meridian through it would not cross the line).
    expect(sideOfMdl(office)).toBe(1);
    expect(pointToLineDistance(office, mdl, km)).toBeGreaterThan(2); // outside the DMZ too
  });
  it('the complex lies 1.5–4 km from the DMZ northern limit (Korean reporting from the site), not "10 km north of the DMZ"', () => {
    const limit = feature<LineString>('dmz', 'dmz-northern-limit');
    const nearest = Math.min(...kic.geometry.coordinates[0].map((c) => pointToLineDistance(point(c), limit, km)));
    expect(nearest).toBeGreaterThan(1.5);
    expect(nearest).toBeLessThan(4);
  });
  it('sits where the 2000 site reports put it: 4 km from the northern limit (Hankyung 2000-11-20), 6 km from Panmunjom and 7 km from Kaesong (KBS 2000), each ± 1.5 km', () => {
    const c = centroid(kic);
    const limit = feature<LineString>('dmz', 'dmz-northern-limit');
    expect(Math.abs(pointToLineDistance(c, limit, km) - 4)).toBeLessThan(1.5);
    expect(Math.abs(distance(c, feature<Point>('kaesong', 'panmunjom-jsa'), km) - 6)).toBeLessThan(1.5);
    expect(Math.abs(distance(c, feature<Point>('kaesong', 'kaesong-city'), km) - 7)).toBeLessThan(1.5);
  });
  it('Kaesong–Seoul straight line is shorter than the 70 km by road (southkorea1on1.com) and over 3/4 of it', () => {
    const d = distance(feature<Point>('kaesong', 'kaesong-city'), feature<Point>('seoul', 'seoul-city-hall'), km);
    expect(d).toBeLessThan(70);
    expect(d).toBeGreaterThan(52.5);
  });
});

describe('the islands', () => {
  it('are mapped inside their outlines, within 1 km of the cited position', () => {
    const cited = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'geo', 'sources', 'places.geojson'), 'utf8')) as FeatureCollection<Point>;
    for (const f of cited.features.filter((x) => x.properties?.kind === 'island')) {
      const mapped = feature<Point>('places', String(f.properties?.id));
      expect(mapped.properties?.method).toBe('derived');
      expect(distance(mapped, f, km), String(f.properties?.id)).toBeLessThan(5);
    }
  });
});

describe('Seoul', () => {
  const city = feature<Polygon | MultiPolygon>('seoul', 'seoul-boundary');
  it('is about 605 km² (Seoul Metropolitan Government: 605.2 km²)', () => {
    expect(Math.abs(area(city) / 1e6 - 605)).toBeLessThan(10);
  });
  it('holds City Hall, the Ministry of Unification and Cheong Wa Dae', () => {
    for (const id of ['seoul-city-hall', 'ministry-of-unification', 'cheong-wa-dae']) expect(booleanPointInPolygon(feature<Point>('seoul', id), city), id).toBe(true);
  });
});

describe('every output', () => {
  const manifest = JSON.parse(readFileSync(join(data, 'layers.json'), 'utf8')) as LayerManifest;
  it('lists the required layers, each file present with its count', () => {
    const ids = manifest.layers.map((l) => l.id);
    for (const id of ['kaesong', 'seoul', 'mdl', 'dmz', 'cma-ground-buffer', 'cma-no-fly', 'cma-maritime-buffer', 'nll', 'demilitarised-zones', 'leaflet-launch']) expect(ids).toContain(id);
    for (const l of manifest.layers) expect(layer(l.id).features.length).toBe(l.count);
    expect(readdirSync(join(data, 'layers')).sort()).toEqual(manifest.layers.map((l) => `${l.id}.geojson`).sort());
  });
  for (const l of manifest.layers) {
    it(`${l.file}: valid RFC 7946, ≤ 6 decimals, every feature sourced`, () => {
      const text = readFileSync(join(data, l.file), 'utf8');
      expect(getIssues(text)).toEqual([]);
      expect(text).not.toMatch(/\d\.\d{7,}/);
      for (const f of layer(l.id).features) {
        expect(String(f.properties?.source ?? '').trim(), `${l.id}/${f.properties?.id}`).not.toBe('');
        expect(f.properties?.id).toBeTruthy();
      }
    });
  }
  it('leaflet areas carry dated, sourced launches', () => {
    for (const f of layer('leaflet-launch').features) {
      const launches = f.properties?.launches as { date: string; source: string }[];
      expect(launches.length).toBeGreaterThan(0);
      for (const x of launches) {
        expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(x.source.trim()).not.toBe('');
      }
    }
  });
  it('weighs under 400 KB in all (loaded by the browser)', () => {
    const total = readdirSync(join(data, 'layers')).reduce((s, f) => s + statSync(join(data, 'layers', f)).size, 0);
    expect(total).toBeLessThan(400 * 1024);
  });
});
