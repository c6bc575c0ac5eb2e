// Golden files: every tests/fixtures/geo/in/*.geojson runs through the function named in its
// "test" member and must equal tests/fixtures/geo/out/<same name> (numbers rounded to 6 places).
// REGEN=1 rewrites the expected files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { featureCollection } from '@turf/turf';
import { bufferLine } from '../../../geo/lib/bufferLine';
import { sideOfLine } from '../../../geo/lib/sideOfLine';
import { limitLines } from '../../../geo/lib/limitLines';
import { dmzFromMdl } from '../../../geo/lib/dmzFromMdl';
import { groundBufferZone } from '../../../geo/lib/groundBufferZone';
import { noFlyZones } from '../../../geo/lib/noFlyZones';
import { maritimeBuffers } from '../../../geo/lib/maritimeBuffers';
import { clipToArea } from '../../../geo/lib/clipToArea';
import { channelBetween } from '../../../geo/lib/channelBetween';
import { simplifySafe } from '../../../geo/lib/simplifySafe';
import { midwayLine } from '../../../geo/lib/midwayLine';
import { stableStringify } from '../../../geo/lib/stableStringify';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'geo');
type Area = Feature<Polygon | MultiPolygon>;
type Case = FeatureCollection & { test: { fn: string; options: Record<string, any> } };

const run: Record<string, (c: Case) => unknown> = {
  bufferLine: (c) => bufferLine(c.features[0] as Feature<LineString>, c.test.options as { km: number }),
  sideOfLine: (c) => sideOfLine(c.features[0] as Feature<LineString>, c.test.options),
  limitLines: (c) => {
    const line = c.features[0] as Feature<LineString>;
    const { left, right } = limitLines(line, bufferLine(line, { km: c.test.options.km }));
    return featureCollection([left, right]);
  },
  dmzFromMdl: (c) => dmzFromMdl(c.features[0] as Feature<LineString>, { ...c.test.options, land: c.features[1] as Area | undefined }),
  groundBufferZone: (c) => groundBufferZone(c.features[0] as Feature<LineString>, { ...c.test.options, land: c.features[1] as Area | undefined }),
  noFlyZones: (c) => noFlyZones(c.features[0] as Feature<LineString>, c.test.options as { split: [number, number] }),
  maritimeBuffers: (c) => maritimeBuffers(c.test.options.defs, { land: c.features[0] as Area }),
  clipToArea: (c) => clipToArea(c.features[0] as Area, c.features[1] as Area, c.test.options),
  channelBetween: (c) => channelBetween(c.features[0] as Area, c.features[1] as Area, c.test.options as { fromLon: number; toLon: number }),
  simplifySafe: (c) => simplifySafe(c.features[0] as Area, c.test.options),
  midwayLine: (c) => midwayLine(c.test.options.islands, c.features[0] as Area, c.features[1] as Area, c.test.options),
};

describe('geo/lib golden files', () => {
  const files = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.geojson')).sort();
  it('has a fixture for every derivation function', () => {
    const covered = new Set(files.map((f) => (JSON.parse(readFileSync(join(dir, 'in', f), 'utf8')) as Case).test.fn));
    expect([...covered].sort()).toEqual(Object.keys(run).sort());
  });
  for (const f of files) {
    it(f, () => {
      const c = JSON.parse(readFileSync(join(dir, 'in', f), 'utf8')) as Case;
      const fn = run[c.test.fn];
      expect(fn, `unknown fn ${c.test.fn}`).toBeTypeOf('function');
      const got = stableStringify(fn(c));
      const outPath = join(dir, 'out', f);
      if (process.env.REGEN) writeFileSync(outPath, got);
      expect(got).toBe(readFileSync(outPath, 'utf8'));
    });
  }
});
