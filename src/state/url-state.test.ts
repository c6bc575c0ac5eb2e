import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUrlState, parseUrlState, type UrlState } from './url-state';

describe('parseUrlState', () => {
  it('reads every field', () => {
    expect(parseUrlState('#story=seed-1&map=8.5/37.95/126.6&layers=dmz,mdl&event=e-3&from=2018-01-01&to=2020-06-16')).toEqual({
      story: 'seed-1',
      view: { zoom: 8.5, lat: 37.95, lng: 126.6 },
      layers: ['dmz', 'mdl'],
      event: 'e-3',
      from: '2018-01-01',
      to: '2020-06-16',
    });
  });

  it('drops garbage field by field', () => {
    expect(parseUrlState('#map=abc/1/2&layers=<script>&event=../../etc&from=2020-02-31&to=yesterday')).toEqual({});
    expect(parseUrlState('#map=99/37/126')).toEqual({});
    expect(parseUrlState('#map=7/95/126')).toEqual({});
  });

  it('keeps an explicitly empty layer list (everything hidden)', () => {
    expect(parseUrlState('#layers=')).toEqual({ layers: [] });
  });

  it('swaps a reversed time range', () => {
    expect(parseUrlState('#from=2020-06-16&to=2018-01-01')).toEqual({ from: '2018-01-01', to: '2020-06-16' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const st = parseUrlState(s);
        expect(typeof st).toBe('object');
      }),
    );
  });
});

describe('formatUrlState', () => {
  it('round-trips through parseUrlState', () => {
    const st: UrlState = { story: 'a', view: { zoom: 7.25, lat: 37.8123, lng: 126.7 }, layers: ['dmz'], event: 'e1', from: '2019-01-01', to: '2020-01-31' };
    expect(parseUrlState(formatUrlState(st))).toEqual(st);
  });
  it('writes nothing for an empty state', () => {
    expect(formatUrlState({})).toBe('');
  });
});
