import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldRomanisation, nearestPlace, searchPlaces } from './place-search';
import type { GazetteerEntry } from '../data/types';

const e = (id: string, name: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({ id, name, aliases: [], kind: 'city', coord: [126.5, 37.9], source: 's', ...extra });
const entries = [
  e('kaesong', 'Kaesong', { name_ko: '개성', aliases: ['Gaeseong'], population: 300_000, coord: [126.55, 37.97] }),
  e('panmunjom', 'Panmunjom', { name_ko: '판문점', kind: 'site', coord: [126.677, 37.956] }),
  e('baengnyeong', 'Baengnyeong Island', { name_ko: '백령도', kind: 'island', coord: [124.68, 37.96] }),
  e('cheorwon', 'Cheorwon', { name_ko: '철원', kind: 'county', coord: [127.31, 38.15] }),
  e('kaesong-park', 'Kaesong Industrial Region', { kind: 'area', layer: 'kaesong-industrial', coord: [126.58, 37.93] }),
  e('yeonpyeong', 'Yeonpyeong Island', { name_ko: '연평도', kind: 'island', aliases: ['Yeonpyeong-do'], coord: [125.7, 37.67] }),
];
const index = buildSearchIndex(entries);

describe('romanisation folding', () => {
  it.each([
    ['Kaesong', 'Gaeseong'],
    ['Panmunjom', 'Panmunjeom'],
    ['Paengnyong', 'Baengnyeong'],
    ['Chorwon', 'Cheorwon'],
    ['Yonpyong', 'Yeonpyeong'],
    ['Kŭmgang', 'Geumgang'],
  ])('%s and %s fold to one key', (a, b) => expect(foldRomanisation(a)).toBe(foldRomanisation(b)));
});

describe('place search', () => {
  const ids = (q: string) => searchPlaces(index, q).map((h) => h.id);

  it('finds by name, alias and the other romanisation, exact matches first', () => {
    expect(ids('Kaesong')).toEqual(['kaesong', 'kaesong-park']);
    expect(ids('gaeseong')[0]).toBe('kaesong');
    expect(ids('Panmunjeom')).toEqual(['panmunjom']);
    expect(ids('Paengnyong')).toEqual(['baengnyeong']);
    expect(ids('Chorwon')).toEqual(['cheorwon']);
  });

  it('finds as you type: prefixes and parts of names', () => {
    expect(ids('Yeonp')).toEqual(['yeonpyeong']);
    expect(ids('island')).toEqual(expect.arrayContaining(['baengnyeong', 'yeonpyeong']));
  });

  it('finds Hangul names', () => {
    expect(ids('개성')).toEqual(['kaesong']);
    expect(ids('연평')).toEqual(['yeonpyeong']);
  });

  it('returns nothing for a query too short or unknown, and says what matched', () => {
    expect(ids('k')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('Atlantis')).toEqual([]);
    expect(searchPlaces(index, 'gaeseong')[0]).toMatchObject({ matched: 'Gaeseong', name: 'Kaesong', name_ko: '개성', coord: [126.55, 37.97] });
    expect(searchPlaces(index, 'kaesong ind')[0]).toMatchObject({ id: 'kaesong-park', layer: 'kaesong-industrial', kind: 'area' });
  });

  it('names the nearest point place within a distance', () => {
    expect(nearestPlace(entries, [126.56, 37.96])?.entry.id).toBe('kaesong');
    expect(nearestPlace(entries, [129.5, 35.5])).toBeNull();
  });
});
