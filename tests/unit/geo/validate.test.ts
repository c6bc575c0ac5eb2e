// Every failure mode of the source check has a fixture: tests/fixtures/geo/invalid/*.geojson
// carries the message it must raise ("expect_error") or the rings it must rewind ("expect_rewound").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanClockwise, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { validateCollection } from '../../../geo/lib/validateCollection';
import { readLaunches, readCollection } from '../../../geo/build/readSources';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'geo', 'invalid');

describe('validateCollection', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.geojson')).sort()) {
    const fc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (fc.expect_error) {
      it(`${f}: stops with a message naming the file, the feature and the fault`, () => {
        expect(() => validateCollection(fc, `fixtures/${f}`)).toThrow(`fixtures/${f}: ${fc.expect_error}`);
      });
    } else {
      it(`${f}: fixes the winding and reports it`, () => {
        const report = validateCollection(fc, `fixtures/${f}`);
        expect(report.rewound).toEqual(fc.expect_rewound);
        const [outer, hole] = fc.features[0].geometry.coordinates;
        expect(booleanClockwise(lineString(outer))).toBe(false);
        expect(booleanClockwise(lineString(hole))).toBe(true);
      });
    }
  }

  it('reads a source file through the same check and names it', () => {
    expect(() => readCollection(join(dir, 'self-intersection.geojson'))).toThrow(/tests\/fixtures\/geo\/invalid\/self-intersection\.geojson: feature "bowtie"/);
  });

  it('rejects a file that is not JSON, naming it', () => {
    expect(() => readCollection(join(dir, 'not-json.txt'))).toThrow(/not-json\.txt: not valid JSON/);
  });

  it('rejects a leaflet launch without a proper date', () => {
    expect(() => readLaunches(join(dir, 'launch-bad-date.json'))).toThrow(/area "launch-x": launch date "30 April 2020" is not YYYY-MM-DD/);
  });

  it('rejects a leaflet launch without a source', () => {
    expect(() => readLaunches(join(dir, 'launch-no-source.json'))).toThrow(/area "launch-y": launch of 2020-04-30 needs group, sent and source/);
  });
});
