// The URL-state parser against 100,000 random and hostile hashes: it never throws, and what it returns is
// always a sane view (finite, in range), ids that are ids, real days in order, at most 64 layers; and
// writing it back and reading it again gives the same state.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, type UrlState } from '../../src/state/url-state';

const payloads: string[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8')).payloads.map((p: { text: string }) => p.text);
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const number = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-0', '0x10', '1_000', ' 7', '7 ', '', '.5', '5.', '--1', '1e2', '٣'),
);
const plausibleView = fc
  .tuple(fc.double({ min: -1, max: 23, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -190, max: 190, noNaN: true }), fc.integer({ min: 0, max: 9 }))
  .map(([z, a, b, d]) => [z, a, b].map((n) => n.toFixed(d)).join('/'));
const value = fc.oneof(
  plausibleView,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...payloads.map((p) => p.slice(0, 300))),
  fc.tuple(number, number, number).map((a) => a.join('/')),
  fc.array(fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(',')),
  fc.tuple(fc.integer({ min: -5, max: 10_050 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('%', '%zz', '%00', '%E0%A4%A', '&', '=', '#', '?', 'x'.repeat(5000)),
);
const key = fc.oneof(fc.constantFrom('story', 'map', 'layers', 'event', 'from', 'to'), fc.string({ maxLength: 8 }));
const hostileHash = fc
  .array(fc.tuple(key, value, fc.boolean()), { maxLength: 12 })
  .map((pairs) => '#' + pairs.map(([k, v, enc]) => `${k}=${enc ? encodeURIComponent(v) : v}`).join('&'));
const hash = fc.oneof(hostileHash, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', '#', '#&&&', '#map', '#=', '#layers='));

function sane(s: UrlState): void {
  expect(Object.keys(s).every((k) => ['story', 'view', 'layers', 'event', 'from', 'to'].includes(k))).toBe(true);
  if (s.view) {
    const { zoom, lat, lng } = s.view;
    for (const n of [zoom, lat, lng]) expect(Number.isFinite(n)).toBe(true);
    expect(zoom >= 0 && zoom <= 22 && lat >= -85 && lat <= 85 && lng >= -180 && lng <= 180).toBe(true);
  }
  if (s.story !== undefined) expect(s.story).toMatch(ID);
  if (s.event !== undefined) expect(s.event).toMatch(ID);
  if (s.layers) {
    expect(s.layers.length).toBeLessThanOrEqual(64);
    expect(new Set(s.layers).size).toBe(s.layers.length);
    for (const l of s.layers) expect(l).toMatch(ID);
  }
  for (const d of [s.from, s.to]) if (d !== undefined) expect(d).toMatch(DAY), expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
  if (s.from && s.to) expect(s.from <= s.to).toBe(true);
}

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
