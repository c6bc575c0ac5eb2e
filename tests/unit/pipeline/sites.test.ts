// Which of a sentence's places are where its happening is.
import { describe, expect, it } from 'vitest';
import { compileGazetteer, findPlaces, findSentences, findStructure } from '../../../src/pipeline/index';
import { pickSites } from '../../../src/pipeline/sites';
import type { Gazetteer, GazetteerEntry } from '../../../src/data/types';

const e = (id: string, kind: GazetteerEntry['kind'], coord: [number, number], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({ id, name: id, aliases: [], kind, country: 'KR', coord, source: 'test', ...extra });
const g = compileGazetteer({
  generated_by: 'test',
  entries: [
    e('Paju', 'city', [126.78, 37.76]),
    e('Gimpo', 'city', [126.72, 37.62]),
    e('Ganghwa', 'county', [126.49, 37.75], { aliases: ['Ganghwa County'] }),
    e('Songhae-myeon', 'town', [126.46, 37.77]),
    e('Dangsan-ri', 'village', [126.45, 37.78]),
    e('Seoul', 'city', [126.98, 37.57]),
    e('Yeoncheon', 'county', [127.07, 38.1]),
    e('Odusan', 'site', [126.68, 37.77]),
    e('Gaepung', 'county', [126.6, 37.85], { country: 'KP' }),
    e('Samcheok', 'city', [129.17, 37.45]),
    e('Kaesong', 'city', [126.55, 37.97], { country: 'KP' }),
  ],
} as Gazetteer);

function sites(text: string): string[] {
  const sentences = findSentences(text, findStructure(text));
  const places = findPlaces(text, sentences, g);
  return pickSites(text, places).map((m) => m.entry.id);
}

describe('pickSites', () => {
  it('keeps every place of a list', () => {
    expect(sites('Activists launched balloons from Paju, Gimpo and Ganghwa on Sunday.')).toEqual(['Paju', 'Gimpo', 'Ganghwa']);
  });
  it('keeps the first of a chain and drops its containers', () => {
    expect(sites('A resident of Dangsan-ri, Songhae-myeon in Ganghwa County spoke on Sunday.')).toEqual(['Dangsan-ri']);
  });
  it('drops a far point of reference but keeps a near one', () => {
    expect(sites('Shells landed in Yeoncheon, about 60 km north of Seoul, on Monday.')).toEqual(['Yeoncheon']);
    expect(sites('On June 14, the boat was just 3.3 kilometers from Samcheok on the coast.')).toEqual(['Samcheok']);
  });
  it('drops the point of view of a witness', () => {
    expect(sites('Soldiers worked in Gaepung, as seen from Odusan in Paju, on July 24.')).toEqual(['Gaepung']);
  });
  it('drops what an agreement or a threat is about', () => {
    expect(sites('The two sides agreed on Tuesday to reopen Kaesong.')).toEqual([]);
    expect(sites('The two sides are set to reopen Kaesong next week.')).toEqual(['Kaesong']);
    expect(sites('The North accepted a demand that Kaesong be opened to investors.')).toEqual([]);
  });
});
