// Random and hostile URL hashes for the URL-state fuzz (unit: 100,000 of them; e2e: 50 through the built app).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { UrlState } from '../../src/state/url-state';

export const payloads: string[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8')).payloads.map((p: { text: string }) => p.text);
export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
export const hash = fc.oneof(hostileHash, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', '#', '#&&&', '#map', '#=', '#layers='));


/** What any parsed state must be: known fields only, a finite view in range, ids that are ids, real days in order. */
export function sane(s: UrlState): void {
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

