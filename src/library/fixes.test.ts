import { describe, expect, it } from 'vitest';
import { applyFixes, dropFix, removedEvents, setFix } from './fixes';
import type { EventCollection, EventFeature, UnlocatedEvent } from '../data/types';
import type { ReaderFix } from './stored-story';

const base = { kind: 'attack', actors: [], date_start: '2010-11-23T14:34:00+09:00', date_end: '2010-11-23T14:35:00+09:00', date_precision: 'minute', date_text: '2:34 p.m.', quote: 'q', quote_start: 0, quote_end: 1, paragraph: 1, passages: [], confidence: 0.8 } as const;
const located = (n: number): EventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [125.7, 37.67] },
  properties: { ...base, actors: [], passages: [], id: `e${n}`, n, place: 'Yeonpyeong Island', place_ko: '연평도', place_id: 'yeonpyeong', place_kind: 'point' },
});
const unlocated = (n: number): UnlocatedEvent => ({ ...base, actors: [], passages: [], id: `u${n}`, n, place: null, place_id: null });
const events: EventCollection = { type: 'FeatureCollection', features: [located(1), located(3)], unlocated: [unlocated(2)] };
const place = (event: string, coord: [number, number] = [126.55, 37.97]): ReaderFix => ({ action: 'place', event, coord, place: 'Kaesong', place_ko: '개성', place_id: 'kaesong', place_kind: 'point', at: '2026-01-01T00:00:00Z' });

describe('reader fixes', () => {
  it('places an event without a place: it becomes a marker, in story order, marked as placed by the reader', () => {
    const out = applyFixes(events, [place('u2')]);
    expect(out.unlocated).toEqual([]);
    expect(out.features.map((f) => f.properties.id)).toEqual(['e1', 'u2', 'e3']);
    const p = out.features[1];
    expect(p.geometry.coordinates).toEqual([126.55, 37.97]);
    expect(p.properties).toMatchObject({ place: 'Kaesong', place_ko: '개성', place_id: 'kaesong', place_kind: 'point', placed_by: 'reader', n: 2, quote: 'q' });
  });

  it('moves a located event and drops the old Hangul name when the new place has none', () => {
    const fix: ReaderFix = { ...place('e1', [125.8, 37.7]), place: 'A point on the map' } as ReaderFix;
    delete (fix as { place_ko?: string }).place_ko;
    const out = applyFixes(events, [fix]);
    expect(out.features[0].geometry.coordinates).toEqual([125.8, 37.7]);
    expect(out.features[0].properties.place_ko).toBeUndefined();
    expect(out.features[0].properties.placed_by).toBe('reader');
  });

  it('removes events, located or not, and lists them for restoring', () => {
    const fixes = [{ action: 'remove', event: 'e3', at: 'x' }, { action: 'remove', event: 'u2', at: 'x' }] as ReaderFix[];
    const out = applyFixes(events, fixes);
    expect(out.features.map((f) => f.properties.id)).toEqual(['e1']);
    expect(out.unlocated).toEqual([]);
    expect(removedEvents(events, fixes).map((e) => e.id)).toEqual(['u2', 'e3']);
  });

  it('keeps one fix per event, the last; dropping it restores the pipeline version', () => {
    let fixes = setFix([], place('e1'));
    fixes = setFix(fixes, { action: 'remove', event: 'e1', at: 'x' });
    expect(fixes).toHaveLength(1);
    expect(applyFixes(events, fixes).features.map((f) => f.properties.id)).toEqual(['e3']);
    fixes = dropFix(fixes, 'e1');
    expect(applyFixes(events, fixes)).toEqual({ ...events, features: [located(1), located(3)] });
  });

  it('leaves the input untouched and ignores fixes of unknown events', () => {
    const before = structuredClone(events);
    applyFixes(events, [place('e1'), place('nope')]);
    expect(events).toEqual(before);
    expect(applyFixes(events, [place('nope')]).features).toHaveLength(2);
  });
});
