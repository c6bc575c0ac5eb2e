import { describe, expect, it } from 'vitest';
import { lineString } from '@turf/turf';
import { placeFacts } from './facts';

// A straight east-west "MDL" along 38°N for the arithmetic; one degree of latitude ≈ 111.2 km.
const mdl = lineString([
  [126.0, 38.0],
  [128.0, 38.0],
]);
const hall = { name: 'Seoul City Hall', coord: [126.978, 37.5665] };

describe('placeFacts', () => {
  it('gives side and distance from the MDL and from a reference', () => {
    const facts = placeFacts([126.5, 38.1], { mdl, references: [hall] });
    // The geodesic between the ends bulges north of the parallel, so expect 10–12 km.
    const m = /^(\d+(?:\.\d)?) km north of the MDL$/.exec(facts[0]);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(10);
    expect(Number(m?.[1])).toBeLessThanOrEqual(12);
    expect(facts[1]).toMatch(/^\d+ km from Seoul City Hall$/);
  });
  it('says south for points below the line', () => {
    expect(placeFacts([127, 37.9], { mdl, references: [] })[0]).toMatch(/^1[12] km south of the MDL$/);
  });
  it('leaves out a reference the point stands on and an MDL too far away to matter', () => {
    expect(placeFacts([105.85, 21.03], { mdl, references: [] })).toEqual([]);
    expect(placeFacts(hall.coord, { mdl: null, references: [hall] })).toEqual([]);
  });
});
