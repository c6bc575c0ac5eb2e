import { describe, expect, it } from 'vitest';
import { StoryState } from './story-state.svelte';
import type { EventFeature, EventCollection } from '../data/types';

function ev(n: number, start: string, end: string): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [126.6, 37.9] },
    properties: {
      id: `e${n}`, n, kind: 'other', actors: [], place: 'x', place_id: 'x', place_kind: 'point', date_start: start, date_end: end,
      date_precision: 'day', date_text: '', quote: '', quote_start: 0, quote_end: 0, paragraph: 1, passages: [], confidence: 1,
    },
  };
}
function state(features: EventFeature[]): StoryState {
  const s = new StoryState();
  const events: EventCollection = { type: 'FeatureCollection', features, unlocated: [] };
  s.story = { meta: { slug: 's', title: 't', outlet: 'o', published: '2020-06-16', tz: 'Asia/Seoul' }, text: '', events };
  return s;
}

describe('StoryState', () => {
  const three = [ev(1, '2020-06-16T00:00:00+09:00', '2020-06-17T00:00:00+09:00'), ev(2, '2018-01-01T00:00:00+09:00', '2019-01-01T00:00:00+09:00'), ev(3, '2020-06-13T00:00:00+09:00', '2020-06-14T00:00:00+09:00')];

  it('orders events in time and steps through them, wrapping', () => {
    const s = state(three);
    expect(s.chronological.map((e) => e.properties.n)).toEqual([2, 3, 1]);
    expect(s.step(1)?.properties.n).toBe(2);
    expect(s.step(1)?.properties.n).toBe(3);
    expect(s.step(-1)?.properties.n).toBe(2);
    expect(s.step(-1)?.properties.n).toBe(1);
  });

  it('keeps the events that overlap the time range', () => {
    const s = state(three);
    s.from = Date.parse('2020-06-01T00:00:00Z');
    expect(s.visible.map((e) => e.properties.n)).toEqual([1, 3]);
    s.to = Date.parse('2020-06-14T00:00:00Z');
    expect(s.visible.map((e) => e.properties.n)).toEqual([3]);
    // Stepping skips what is filtered out.
    expect(s.step(1)?.properties.n).toBe(3);
    expect(s.step(1)?.properties.n).toBe(3);
  });

  it('refuses to select an unknown id', () => {
    const s = state(three);
    s.select('nope');
    expect(s.selectedId).toBeNull();
    s.select('e2');
    expect(s.selected?.properties.n).toBe(2);
  });

  it('computes the timeline span for 200,000 events without overflowing the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ev(i + 1, '2019-03-01T00:00:00+09:00', '2019-03-02T00:00:00+09:00'));
    const s = state(many);
    expect(s.span).toEqual({ start: Date.UTC(2019, 0, 1), end: Date.parse('2020-06-16T23:59:59Z') });
  });
});
