// The committed gazetteer (fresh: build.test.ts rebuilds it byte for byte): coverage of both Koreas'
// administrative units, namesakes kept apart, provenance and positions of every entry.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, point, pointToPolygonDistance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { isCommonWord, stemOf } from '../../../geo/build/adminGazetteer';
import type { Gazetteer, GazetteerEntry } from '../../../src/data/types';
import { expandGazetteer } from '../../../src/pipeline/gazetteer';

const raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer;
const entries = expandGazetteer(raw);
const count = (f: (e: GazetteerEntry) => boolean) => entries.filter(f).length;

describe('coverage', () => {
  it('has every si/gun/gu and eup/myeon/dong of South Korea (KOSTAT 2018) once', () => {
    const codes = entries.map((e) => e.code).filter((c): c is string => !!c && e2kr(c));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.length === 2).length).toBe(17);
    expect(codes.filter((c) => c.length === 5).length).toBe(250);
    expect(codes.filter((c) => c.length === 7).length).toBe(3504);
  });
  it('has North Korea’s counties, cities, districts and hundreds of its ri and towns', () => {
    const kp = (level: string) => count((e) => e.country === 'KP' && e.level === level);
    expect(kp('gun')).toBeGreaterThan(120);
    expect(kp('si') + count((e) => e.country === 'KP' && e.kind === 'city')).toBeGreaterThan(50);
    expect(kp('guyeok') + kp('gu')).toBeGreaterThan(5);
    expect(kp('ri')).toBeGreaterThan(400);
    expect(count((e) => e.country === 'KP' && e.kind === 'province')).toBeGreaterThanOrEqual(9);
  });
  it('gives each unit its province; each eup/myeon/dong its si/gun/gu; each entry a rank', () => {
    for (const e of entries.filter((x) => x.code)) expect(e.admin1, e.id).toBeTruthy();
    for (const e of entries.filter((x) => x.code?.length === 7)) expect(e.admin2, e.id).toBeTruthy();
    for (const r of raw.rows!.filter((r) => r[6] === 'KR' || r[6] === 'KP')) expect([1, 2, 3, 4]).toContain(r[11]);
  });
  it('has the places abroad that border stories name, as cities of their country (no rank: not a unit of the Koreas)', () => {
    const abroad = raw.rows!.filter((r) => r[6] !== 'KR' && r[6] !== 'KP');
    expect(abroad.length).toBeGreaterThan(200);
    for (const [name, country] of [['Tokyo', 'JP'], ['Beijing', 'CN'], ['Moscow', 'RU'], ['Singapore', 'SG'], ['Geneva', 'CH'], ['Vladivostok', 'RU'], ['Dandong', 'CN']])
      expect(abroad.find((r) => r[1] === name), name).toMatchObject({ 4: 'city', 6: country, 11: 0 });
    // A curated entry keeps its name: no second Washington or Hanoi among the rows.
    expect(abroad.some((r) => r[1] === 'Washington' || r[1] === 'Hanoi')).toBe(false);
  });
  it('writes South Korean names in RR and North Korean ones in MR, the other system in alt', () => {
    const kr = entries.find((e) => e.id === 'kr-31200')!; // Paju-si absorbed by the curated entry? then its own row is gone
    expect(kr ?? entries.find((e) => e.id === 'paju')).toBeTruthy();
    const kosong = entries.find((e) => e.country === 'KP' && e.name_ko === '고성군')!;
    expect(kosong.name).toBe('Kosŏng-gun');
    expect(kosong.alt).toContain('Goseong-gun');
    const goseong = entries.find((e) => e.id === 'kr-38340')!;
    expect(goseong.name).toBe('Goseong-gun');
    expect(goseong.alt).toContain('Kosŏng-gun');
  });
});

// KOSTAT codes are numeric.
function e2kr(code: string) {
  return /^\d+$/.test(code);
}

describe('namesakes', () => {
  it('keeps the three 고성군 apart: Gangwon (KR), South Gyeongsang (KR), Kangwon (KP)', () => {
    const g = entries.filter((e) => e.name_ko === '고성군' || e.aliases.includes('고성군'));
    expect(g.map((e) => `${e.country} ${e.admin1}`).sort()).toEqual(['KP Kangwon', 'KR Gangwon', 'KR South Gyeongsang']);
  });
  it('keeps Jung-gu in six cities, and Ongjin and Cheorwon on both sides of the line', () => {
    expect(entries.filter((e) => e.name === 'Jung-gu').map((e) => e.admin1).sort()).toEqual(['Busan', 'Daegu', 'Daejeon', 'Incheon', 'Seoul', 'Ulsan']);
    for (const ko of ['옹진군', '철원군']) {
      const c = entries.filter((e) => e.name_ko === ko || e.aliases.includes(ko)).map((e) => e.country);
      expect(c.sort(), ko).toEqual(['KP', 'KR']);
    }
  });
  it('does not give South Korea’s Goseong the North’s spelling as a name', () => {
    const goseong = entries.find((e) => e.id === 'goseong')!;
    expect(goseong.aliases).not.toContain('Kosong');
    expect(goseong.alt).toContain('Kosŏng');
  });
});

describe('entries', () => {
  it('have unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('cite a source and name their country', () => {
    for (const e of entries) {
      expect(e.source.trim(), e.id).not.toBe('');
      if (e.code || e.rank) expect(['KR', 'KP'], e.id).toContain(e.country);
    }
  });
  it('lie in their country (the basemap’s land, or off its coast within 15 km: small islands are not drawn)', () => {
    const topo = JSON.parse(readFileSync('public/data/basemap/basemap.topojson', 'utf8')) as Topology;
    const land = (feature(topo, topo.objects.land) as unknown as FeatureCollection<Polygon | MultiPolygon, { iso: string }>).features;
    const of = (iso: string) => land.find((f) => f.properties.iso === iso)!;
    const bad: string[] = [];
    for (const e of entries.filter((x) => x.country === 'KR' || x.country === 'KP')) {
      if (e.kind === 'country' || e.kind === 'line' || e.kind === 'area') continue;
      const p = point(e.coord);
      const own = of(e.country!);
      if (booleanPointInPolygon(p, own)) continue;
      // Dokdo lies 87 km east of Ulleungdo, farther out than any drawn land: near Ulleung-eup instead.
      if (e.id === 'dokdo') {
        const ulleung = entries.find((x) => x.name === 'Ulleung-eup')!;
        if (distance(p, point(ulleung.coord), { units: 'kilometers' }) > 100) bad.push(`${e.id} ${e.name} ${e.coord}`);
        continue;
      }
      // Off its coast (small islands), or on the line (Jinseo-myeon reaches into the DMZ): near its own land.
      const d = pointToPolygonDistance(p, own, { units: 'kilometers' });
      const elsewhere = land.some((f) => f !== own && booleanPointInPolygon(p, f));
      if (d > (elsewhere ? 3 : 15)) bad.push(`${e.id} ${e.name} ${e.coord}`);
    }
    expect(bad).toEqual([]);
  }, 60_000);
  it('let no common English word or personal name match on its own', () => {
    for (const e of entries.filter((x) => x.rank !== undefined && x.code !== undefined)) {
      const stem = stemOf(e.name);
      if (isCommonWord(stem)) expect(e.bare, `${e.id} ${e.name}`).toBe('never');
    }
    for (const name of ['Nam-gu', 'Seo-gu', 'Jung-gu', 'Buk-gu', 'Dong-gu']) for (const e of entries.filter((x) => x.name === name)) expect(e.bare, e.id).toBe('never');
  });
  it('mark positions known only from a map label as approximate', () => {
    for (const e of entries.filter((x) => x.source.startsWith('NGII') && !x.source.includes('Also:'))) expect(e.accuracy_m, e.id).toBeGreaterThanOrEqual(10000);
  });
});
