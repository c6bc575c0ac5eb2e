// `npm run geo` is deterministic and its committed outputs are fresh: rebuild in memory from the
// committed sources and compare bytes with public/data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../../geo/build/buildAll';
import { gzipSync } from 'node:zlib';
import type { Gazetteer } from '../../../src/data/types';
import { expandGazetteer } from '../../../src/pipeline/gazetteer';

const root = join(import.meta.dirname, '..', '..', '..');
let built: Map<string, string>;
beforeAll(() => {
  built = buildAll();
}, 120_000);

describe('npm run geo', () => {
  it('committed outputs match a fresh build byte for byte (run `npm run geo` if this fails)', () => {
    const stale = [...built].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text).map(([p]) => p);
    expect(stale).toEqual([]);
    const onDisk = readdirSync(join(root, 'public', 'data', 'layers')).map((f) => `public/data/layers/${f}`);
    expect(onDisk.filter((p) => !built.has(p))).toEqual([]);
  });

  it('builds the same bytes twice', () => {
    const again = buildAll();
    expect([...again.keys()]).toEqual([...built.keys()]);
    for (const [path, text] of again) expect(text === built.get(path), path).toBe(true);
  }, 120_000);

  it('writes no timestamps and at most 6 decimals', () => {
    for (const [path, text] of built) {
      expect(text, path).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      expect(text, path).not.toMatch(/\d\.\d{7,}/);
    }
  });
});

describe('the gazetteer', () => {
  const text = () => built.get('public/data/gazetteer.json')!;
  let cache: { text: string; g: Gazetteer } | undefined;
  const g = () => {
    if (cache?.text !== text()) {
      const parsed = JSON.parse(text()) as Gazetteer;
      cache = { text: text(), g: { ...parsed, entries: expandGazetteer(parsed), rows: undefined } };
    }
    return cache.g;
  };
  const byId = (id: string) => g().entries.find((e) => e.id === id);
  const named = (n: string) => g().entries.filter((e) => e.name === n || e.aliases.includes(n) || e.name_ko === n);

  it('stays small enough for the browser: ≤ 1.2 MB, ≤ 400 KB gzip', () => {
    expect(Buffer.byteLength(text())).toBeLessThan(1200 * 1024);
    expect(gzipSync(text(), { level: 9 }).length).toBeLessThan(400 * 1024);
  });
  it('has unique ids, [lon, lat] coords on the map and a source for every entry', () => {
    const ids = g().entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of g().entries) {
      expect(Math.abs(e.coord[0]) <= 180 && Math.abs(e.coord[1]) <= 90, e.id).toBe(true);
      expect(e.source.trim(), e.id).not.toBe('');
      if (e.country === 'KR' || e.country === 'KP') {
        expect(e.coord[0], e.id).toBeGreaterThan(124);
        expect(e.coord[1], e.id).toBeGreaterThan(33);
      }
    }
  });
  it('knows the spellings the press uses', () => {
    for (const [n, id] of [
      ['Gaeseong', 'kaesong'],
      ['개성', 'kaesong'],
      ['Panmunjeom', 'panmunjom'],
      ['Baengnyeong-do', 'baengnyeong'],
      ['Yeonpyeong', 'yeonpyeong'],
      ['Seokmo-do', 'seokmo'],
      ['Kaesong Industrial Zone', 'kaesong-industrial-complex'],
      ['joint liaison office', 'inter-korean-liaison-office'],
      ['DMZ', 'dmz'],
      ['NLL', 'nll'],
      ['Blue House', 'cheong-wa-dae'],
    ])
      expect(named(n).map((e) => e.id), n).toContain(id);
  });
  it('anchors areas and lines on their layer feature', () => {
    const layers = (id: string) => JSON.parse(built.get(`public/data/layers/${id}.geojson`)!);
    for (const e of g().entries.filter((x) => x.layer)) {
      const f = layers(e.layer!).features.find((x: { properties: { id: string } }) => x.properties.id === e.feature_id);
      expect(f, `${e.id} → ${e.layer}/${e.feature_id}`).toBeTruthy();
    }
    expect(byId('dmz')?.kind).toBe('area');
    expect(byId('mdl')?.kind).toBe('line');
  });
  it('includes the GeoNames cities of both Koreas (merged with the units they are the seat of)', () => {
    const geo = g().entries.filter((e) => e.source.startsWith('GeoNames'));
    expect(geo.filter((e) => e.country === 'KP').length).toBeGreaterThan(60);
    expect(geo.filter((e) => e.country === 'KR').length).toBeGreaterThan(100);
    // Munsan (GeoNames) and Munsan-eup (KOSTAT) are one entry.
    const munsan = g().entries.filter((e) => (e.name === 'Munsan' || e.name === 'Munsan-eup' || e.alt?.includes('Munsan')) && e.admin1 === 'Gyeonggi');
    expect(munsan.map((e) => e.id)).toEqual(['kr-3120011']);
  });
  it('has the seed article places outside Korea as plain entries', () => {
    for (const id of ['hanoi', 'vietnam', 'washington']) expect(byId(id)?.layer, id).toBeUndefined();
  });
});
