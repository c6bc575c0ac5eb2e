import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../../src/pipeline/gazetteer';
import { findPlaces } from '../../../src/pipeline/places';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';
import { compiled, testGazetteer } from './helpers';

function places(text: string, g = compiled()) {
  return findPlaces(text, findSentences(text, findStructure(text)), g).map((p) => ({ text: p.text, id: p.entry.id, role: p.role, anaphor: p.anaphor }));
}

describe('findPlaces', () => {
  it('matches names, aliases, Hangul with particles and -do forms', () => {
    const got = places('Shells hit Yeonpyeong Island. Later Yeonpyeong-do and Yeonpyeongdo were quiet. 개성에서 폭발이 있었다. Officials went to Gaeseong.');
    expect(got.map((p) => [p.text, p.id])).toEqual([
      ['Yeonpyeong Island', 'yeonpyeong'],
      ['Yeonpyeong-do', 'yeonpyeong'],
      ['Yeonpyeongdo', 'yeonpyeong'],
      ['개성', 'kaesong'],
      ['Gaeseong', 'kaesong'],
    ]);
  });

  it('tells governments named by their capital from places', () => {
    const got = places("Seoul urged calm. Pyongyang has made several threats against Seoul. A blast was heard in Seoul. Seoul's Unification Ministry said so.");
    expect(got.map((p) => p.role)).toEqual(['actor', 'actor', 'actor', 'location', 'actor']);
  });

  it('reads appositions and possessives of towns as locations', () => {
    const got = places("It was in the North Korean border town of Kaesong. Paju's residents fled.");
    expect(got).toEqual([
      { text: 'Kaesong', id: 'kaesong', role: 'location', anaphor: false },
      { text: 'Paju', id: 'paju', role: 'actor', anaphor: false },
    ]);
  });

  it('does not read hyphenated compounds as places', () => {
    expect(places('They floated anti-Pyongyang leaflets. A Seoul-based group spoke.')).toEqual([]);
  });

  it('resolves areas and lines to layer entries', () => {
    const got = places('Troops may move back into zones that were demilitarised. Leaflets went across the border. Mines exploded in the DMZ. Clashes near the disputed maritime border.');
    expect(got.map((p) => [p.text, p.id])).toEqual([
      ['zones that were demilitarised', 'demilitarised-zones'],
      ['border', 'mdl'],
      ['DMZ', 'dmz'],
      ['disputed maritime border', 'nll'],
    ]);
    expect(places('They fear cross-border tensions.')).toEqual([]);
  });

  it('warns when the gazetteer lacks a layer, and places nothing there', () => {
    const g = testGazetteer();
    g.entries = g.entries.filter((e) => e.layer !== 'mdl');
    const warnings: string[] = [];
    const text = 'Leaflets went across the border.';
    expect(findPlaces(text, findSentences(text, findStructure(text)), compileGazetteer(g), warnings)).toEqual([]);
    expect(warnings.join()).toMatch(/layer "mdl"/);
  });

  it('resolves "the office" and "the island" to the latest fitting place', () => {
    const got = places('The inter-Korean liaison office opened. The office has been closed since January. Shells hit Yeonpyeong Island. Homes on the island burned.');
    expect(got.filter((p) => p.anaphor).map((p) => [p.text, p.id])).toEqual([
      ['The office', 'inter-korean-liaison-office'],
      ['the island', 'yeonpyeong'],
    ]);
  });

  it('disambiguates a shared name by country context', () => {
    const g = testGazetteer();
    g.entries.push({ id: 'goseong-kr', name: 'Goseong', aliases: [], kind: 'county', country: 'KR', coord: [128.47, 38.38], population: 30000, source: 'test' });
    g.entries.push({ id: 'goseong-kp', name: 'Goseong', aliases: [], kind: 'county', country: 'KP', coord: [128.2, 38.7], population: 10000, source: 'test' });
    expect(places('Guns fired in the North Korean county of Goseong.', compileGazetteer(g))[0].id).toBe('goseong-kp');
    expect(places('Guns fired in Goseong.', compileGazetteer(g))[0].id).toBe('goseong-kr');
  });

  it('rejects a gazetteer without entries in plain words', () => {
    expect(() => compileGazetteer({} as never)).toThrow(/entries/);
    expect(() => compileGazetteer({ generated_by: 'x', entries: [{ id: 'a' } as never] })).toThrow(/entry #0 \(a\)/);
  });
});
