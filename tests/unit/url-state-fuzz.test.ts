// The URL-state parser against 100,000 random and hostile hashes: it never throws, and what it returns is
// always a sane view (finite, in range), ids that are ids, real days in order, at most 64 layers; and
// writing it back and reading it again gives the same state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/state/url-state';
import { hash, sane } from '../fuzz/url-hashes';

describe('parseUrlState fuzz', () => {
  it('100,000 random and hostile hashes: never throws, always sane, and stable through formatUrlState', () => {
    let runs = 0;
    let withView = 0;
    const t0 = performance.now();
    fc.assert(
      fc.property(hash, (h) => {
        runs++;
        const s = parseUrlState(h);
        sane(s);
        if (s.view) withView++;
        const again = parseUrlState(formatUrlState(s));
        sane(again);
        // Writing rounds the view (2 / 4 / 4 decimals); everything else comes back as it was.
        expect({ ...again, view: undefined }).toEqual({ ...s, view: undefined });
        if (s.view) {
          expect(again.view!.zoom).toBeCloseTo(s.view.zoom, 1);
          expect(again.view!.lat).toBeCloseTo(s.view.lat, 3);
          expect(again.view!.lng).toBeCloseTo(s.view.lng, 3);
        }
      }),
      { numRuns: 100_000, seed: 11 },
    );
    expect(withView).toBeGreaterThan(500);
    console.log(`url-state fuzz: ${runs} hashes (${withView} with a readable view) in ${Math.round(performance.now() - t0)} ms`);
    expect(runs).toBe(100_000);
  }, 120_000);
});
