// Golden-file tests of the basemap's geometry steps (clip, then topology-preserving simplify):
// every fixtures/in/*.geojson runs through them with the options in its "options" member and must
// equal fixtures/out/<name>.geojson. REGEN=1 rewrites the expected files.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { clipLand, type BBox } from '../../../geo/basemap/clip';
import { simplifyTopology } from '../../../geo/basemap/topology';

const DIR = join(import.meta.dirname, 'fixtures');

function round(v: unknown): unknown {
  if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
}

interface Fixture extends FeatureCollection {
  options: { bbox: BBox; toleranceM: number; minAreaKm2: number; precision: number };
}

function run(input: Fixture) {
  const { bbox, ...opts } = input.options;
  return simplifyTopology(clipLand(input, bbox), { ...opts, bbox });
}

describe('clip + simplifyTopology golden files', () => {
  for (const name of readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.geojson'))) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(DIR, 'in', name), 'utf8')) as Fixture;
      const actual = round(run(input));
      const outFile = join(DIR, 'out', name);
      if (process.env.REGEN) writeFileSync(outFile, JSON.stringify(actual, null, 1) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
  }
});

describe('simplifyTopology properties', () => {
  const input = JSON.parse(readFileSync(join(DIR, 'in', 'two-countries.geojson'), 'utf8')) as Fixture;
  const out = run(input);
  const ring = (iso: string) => out.land.features.find((f) => f.properties!.iso === iso)!.geometry.coordinates[0][0];
  const key = (p: Position) => p.join(',');

  it('simplifies the shared edge once, so both neighbours keep exactly the same vertices along it', () => {
    const border = out.borders.features[0].geometry.coordinates.flat();
    expect(out.borders.features.map((f) => f.properties!.id)).toEqual(['AA-BB']);
    const a = new Set(ring('AA').map(key)), b = new Set(ring('BB').map(key));
    for (const p of border) {
      expect(a.has(key(p)), `AA lacks ${p}`).toBe(true);
      expect(b.has(key(p)), `BB lacks ${p}`).toBe(true);
    }
    // Fewer vertices than the 21 of the input edge: the wiggle is under the tolerance.
    expect(border.length).toBeLessThan(21);
  });

  it('drops polygons under the minimum area and keeps the island', () => {
    expect(out.land.features.find((f) => f.properties!.iso === 'AA')!.geometry.coordinates.length).toBe(2);
  });

  it('cuts land at the window and does not call the cut a coast', () => {
    const [, , e] = input.options.bbox;
    expect(Math.max(...ring('BB').map((p) => p[0]))).toBe(e);
    const coastBB = out.coast.features.find((f) => f.properties!.iso === 'BB')!.geometry.coordinates;
    for (const line of coastBB) for (let i = 1; i < line.length; i++) expect(line[i - 1][0] === e && line[i][0] === e).toBe(false);
  });

  it('throws in plain words on a feature without its id property', () => {
    const bad: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }] };
    expect(() => simplifyTopology(bad, { toleranceM: 10 })).toThrow(/feature 0 has no "iso" property/);
  });

  it('rejects an empty window in clipLand', () => {
    expect(() => clipLand(input, [2, 0, 1, 1])).toThrow(/bbox .* is empty/);
  });
});
