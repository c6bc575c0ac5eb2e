// The agreement harness: a gold annotation read as a prediction and scored against another gold.
import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../eval/gold';
import { asPrediction } from '../../eval/agreement';
import { ratio, scoreArticle } from '../../eval/score';

const text =
  'Shells hit Yeonpyeong Island on Tuesday, the military said. Leaflets were sent from Paju and Cheorwon on Sunday. ' +
  'The ministry spoke on Friday about the border. Padding padding padding padding padding padding padding padding padding padding.';
const YEON: [number, number] = [125.698, 37.666];
const PAJU: [number, number] = [126.78, 37.76];
const CHEORWON: [number, number] = [127.31, 38.15];

const first = (): GoldArticle => ({
  set: 'dev',
  slug: '2010-11-23-example',
  dir: '',
  text,
  meta: { slug: '2010-11-23-example', title: 't', outlet: 'o', published: '2010-11-23', tz: 'Asia/Seoul', url: 'https://example.org/a' },
  gold: {
    annotated: { by: 'first', on: '2026-11-29', before_pipeline: true },
    toponyms: [
      { text: 'Yeonpyeong Island', country: 'KR', coord: YEON, source: 's' },
      { text: 'Paju', country: 'KR', coord: PAJU, source: 's' },
      { text: 'Cheorwon', country: 'KR', coord: CHEORWON, source: 's' },
      { text: 'the border', layer: 'mdl' },
    ],
    dates: [
      { text: 'Tuesday', date: '2010-11-23' },
      { text: 'Sunday', date: '2010-11-21' },
      { text: 'Friday', date: '2010-11-19' },
    ],
    events: [
      { id: 'shell', what: 'shelling', type: 'shelling', tier: 'core', sentence: 'Shells hit Yeonpyeong Island on Tuesday, the military said.', date: '2010-11-23', places: [{ name: 'Yeonpyeong', country: 'KR', coord: YEON }] },
      {
        id: 'leaflets', what: 'leaflets', type: 'leaflets', tier: 'core', sentence: 'Leaflets were sent from Paju and Cheorwon on Sunday.', date: '2010-11-21',
        places: [{ name: 'Paju', country: 'KR', coord: PAJU }, { name: 'Cheorwon', country: 'KR', coord: CHEORWON }],
      },
      { id: 'spoke', what: 'statement', type: 'statement', tier: 'unlocated', sentence: 'The ministry spoke on Friday about the border.', date: '2010-11-19', places: [] },
    ],
  },
});

const agree = (a: GoldArticle, b: GoldArticle) => {
  const { collection, analysis } = asPrediction(b);
  return scoreArticle(a, collection, analysis);
};

describe('agreement between two annotations', () => {
  it('is perfect for an annotation against itself', () => {
    const s = agree(first(), first());
    for (const stage of [s.toponyms, s.dates]) for (const r of Object.values(stage)) expect(ratio(r)).toBe(1);
    expect(s.events.coreRecall).toEqual({ n: 2, of: 2 });
    expect(s.events.siteRecall).toEqual({ n: 3, of: 3 });
    expect(s.events.locatedPrecision).toEqual({ n: 3, of: 3 });
    expect(s.events.unlocatedPlaced).toEqual({ n: 0, of: 1 });
    expect(s.events.unlocatedRecall).toEqual({ n: 1, of: 1 });
  });

  it('counts a second reader who dates one event a day off, places the statement and misses a toponym', () => {
    const second = first();
    second.gold.events[0].date = '2010-11-22';
    second.gold.events[2] = { ...second.gold.events[2], tier: 'optional', places: [{ name: 'the border', layer: 'mdl' }] };
    second.gold.toponyms = second.gold.toponyms.filter((t) => t.text !== 'Cheorwon');
    const s = agree(first(), second);
    expect(s.events.coreRecall).toEqual({ n: 1, of: 2 });
    expect(s.events.unlocatedPlaced).toEqual({ n: 1, of: 1 });
    expect(s.toponyms.found).toEqual({ n: 3, of: 4 });
    // The marker on the border is near a place the text names (its layer), so it is still precise.
    expect(s.events.locatedPrecision).toEqual({ n: 4, of: 4 });
  });
});
