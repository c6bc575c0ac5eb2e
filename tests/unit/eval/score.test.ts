// The scorer itself: small hand-made gold and predictions whose scores are known.
import { describe, expect, it } from 'vitest';
import type { EventCollection, EventProps } from '../../../src/data/types';
import type { Analysis } from '../../../src/pipeline/index';
import type { GoldArticle } from '../../eval/gold';
import { checkArticle } from '../../eval/gold';
import { goldSpan, occurrences, ratio, scoreArticle, total } from '../../eval/score';

const text =
  'Shells hit Yeonpyeong Island on Tuesday, the military said. Officials met in Seoul on Monday. ' +
  'Leaflets were sent from Paju and Cheorwon on Sunday. The ministry spoke on Friday about the talks next week. Padding padding padding padding padding padding padding padding padding padding.';
const at = (s: string) => text.indexOf(s);
const YEON: [number, number] = [125.698, 37.666];
const SEOUL: [number, number] = [126.978, 37.566];
const PAJU: [number, number] = [126.78, 37.76];
const CHEORWON: [number, number] = [127.31, 38.15];

const article = (): GoldArticle => ({
  set: 'dev',
  slug: '2010-11-23-example',
  dir: '',
  text,
  meta: { slug: '2010-11-23-example', title: 't', outlet: 'o', published: '2010-11-23', tz: 'Asia/Seoul', url: 'https://example.org/a' },
  gold: {
    annotated: { by: 'test', on: '2026-11-28', before_pipeline: true },
    toponyms: [
      { text: 'Yeonpyeong Island', kind: 'island', country: 'KR', coord: YEON, source: 's' },
      { text: 'Seoul', kind: 'city', country: 'KR', coord: SEOUL, source: 's' },
      { text: 'Paju', kind: 'city', country: 'KR', coord: PAJU, source: 's' },
      { text: 'Cheorwon', kind: 'city', country: 'KR', coord: CHEORWON, source: 's' },
    ],
    dates: [
      { text: 'Tuesday', date: '2010-11-23' },
      { text: 'Monday', date: '2010-11-22' },
      { text: 'next week', date: '2010-11-29', to: '2010-12-05', planned: true },
    ],
    events: [
      { id: 'shell', what: 'shelling', type: 'shelling', tier: 'core', sentence: 'Shells hit Yeonpyeong Island on Tuesday, the military said.', date: '2010-11-23', places: [{ name: 'Yeonpyeong', country: 'KR', coord: YEON }] },
      { id: 'meet', what: 'meeting', type: 'meeting', tier: 'core', sentence: 'Officials met in Seoul on Monday.', date: '2010-11-22', places: [{ name: 'Seoul', country: 'KR', coord: SEOUL }] },
      {
        id: 'leaflets', what: 'leaflets', type: 'leaflets', tier: 'core', sentence: 'Leaflets were sent from Paju and Cheorwon on Sunday.', date: '2010-11-21',
        places: [{ name: 'Paju', country: 'KR', coord: PAJU }, { name: 'Cheorwon', country: 'KR', coord: CHEORWON }],
      },
      { id: 'spoke', what: 'statement', type: 'statement', tier: 'unlocated', sentence: 'The ministry spoke on Friday about the talks next week.', date: '2010-11-19', places: [] },
    ],
  },
});

let nextId = 0;
function ev(sentence: string, date: string, coord: [number, number] | null, extra: Partial<EventProps> = {}) {
  const s = at(sentence);
  const props = {
    id: `e${++nextId}`, n: nextId, kind: 'incident', actors: [], place: coord ? 'somewhere' : null, place_id: coord ? 'x' : null, place_kind: 'point',
    date_start: `${date}T00:00:00+09:00`, date_end: `${date}T23:59:59+09:00`, date_precision: 'day', date_text: '', quote: sentence, quote_start: s, quote_end: s + sentence.length,
    paragraph: 1, passages: [{ quote: sentence, start: s, end: s + sentence.length, paragraph: 1 }], confidence: 0.5, ...extra,
  };
  return { props, coord };
}
function collection(evs: ReturnType<typeof ev>[]): EventCollection {
  return {
    type: 'FeatureCollection',
    features: evs.filter((e) => e.coord).map((e) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: e.coord! }, properties: e.props as EventProps })),
    unlocated: evs.filter((e) => !e.coord).map((e) => e.props) as EventCollection['unlocated'],
  };
}
const noAnalysis: Analysis = { blocks: [], sentences: [], places: [], dates: [], warnings: [] };

describe('the gold checker', () => {
  it('accepts the example and names what is wrong in a broken one', () => {
    expect(checkArticle(article())).toEqual([]);
    const bad = article();
    bad.gold.events[0].sentence = 'Not in the text.';
    bad.gold.toponyms[0].coord = [37.6, 12.7];
    bad.gold.events[1].tier = 'unlocated';
    const errs = checkArticle(bad).join('\n');
    expect(errs).toMatch(/not in article.txt verbatim/);
    expect(errs).toMatch(/not in Korea/);
    expect(errs).toMatch(/unlocated event has no places/);
  });
});

describe('scoreArticle', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const a = article();
    const lf = ev('Leaflets were sent from Paju and Cheorwon on Sunday.', '2010-11-21', PAJU, { group: 'g' });
    const lf2 = ev('Leaflets were sent from Paju and Cheorwon on Sunday.', '2010-11-21', CHEORWON, { group: 'g' });
    const c = collection([ev('Shells hit Yeonpyeong Island on Tuesday, the military said.', '2010-11-23', YEON), ev('Officials met in Seoul on Monday.', '2010-11-22', SEOUL), lf, lf2, ev('The ministry spoke on Friday about the talks next week.', '2010-11-19', null)]);
    const s = scoreArticle(a, c, noAnalysis);
    expect(s.events.coreRecall).toEqual({ n: 3, of: 3 });
    expect(s.events.siteRecall).toEqual({ n: 4, of: 4 });
    expect(s.events.locatedPrecision).toEqual({ n: 4, of: 4 });
    expect(s.events.eventPrecision).toEqual({ n: 4, of: 4 });
    expect(s.events.unlocatedPlaced).toEqual({ n: 0, of: 1 });
    expect(s.events.unlocatedRecall).toEqual({ n: 1, of: 1 });
  });
  it('matches a gold interval of days with a prediction no wider than it, and a gold day only with a day', () => {
    const a = article();
    // The meeting's gold becomes "last week" (Nov. 15–21); the shelling's stays a day.
    Object.assign(a.gold.events[1], { date: '2010-11-15', to: '2010-11-21' });
    const week = { date_precision: 'week', date_start: '2010-11-15T00:00:00+09:00', date_end: '2010-11-21T23:59:59+09:00' } as Partial<EventProps>;
    const wider = { date_precision: 'month', date_start: '2010-11-01T00:00:00+09:00', date_end: '2010-11-30T23:59:59+09:00' } as Partial<EventProps>;
    const shellWeek = { date_precision: 'week', date_start: '2010-11-22T00:00:00+09:00', date_end: '2010-11-28T23:59:59+09:00' } as Partial<EventProps>;
    const met = (extra: Partial<EventProps>) =>
      scoreArticle(a, collection([ev('Officials met in Seoul on Monday.', '2010-11-15', SEOUL, extra), ev('Shells hit Yeonpyeong Island on Tuesday, the military said.', '2010-11-23', YEON, shellWeek)]), noAnalysis).events.coreRecall;
    expect(met(week)).toEqual({ n: 1, of: 3 });
    expect(met(wider)).toEqual({ n: 0, of: 3 });
  });
  it('counts a wrong place, a wrong day, a lost site, an invented point and a placed unlocated event', () => {
    const a = article();
    const c = collection([
      ev('Shells hit Yeonpyeong Island on Tuesday, the military said.', '2010-11-23', SEOUL), // 110 km off
      ev('Officials met in Seoul on Monday.', '2010-11-23', SEOUL), // wrong day
      ev('Leaflets were sent from Paju and Cheorwon on Sunday.', '2010-11-21', PAJU), // Cheorwon lost
      ev('The ministry spoke on Friday about the talks next week.', '2010-11-19', [127.5, 38.3]), // placed, and far from any named place
    ]);
    const s = scoreArticle(a, c, noAnalysis);
    expect(s.events.coreRecall).toEqual({ n: 1, of: 3 });
    expect(s.events.siteRecall).toEqual({ n: 1, of: 4 });
    expect(s.events.locatedPrecision).toEqual({ n: 3, of: 4 });
    expect(s.events.unlocatedPlaced).toEqual({ n: 1, of: 1 });
    expect(s.misses.join('\n')).toMatch(/was placed at/);
  });
  it('a marker for a located happening is not the same sentence\'s unlocated event placed', () => {
    const a = article();
    // The sentence reports a statement (unlocated) and, on the same day, a happening in Seoul.
    a.gold.events.push({ id: 'said', what: 'they said so', type: 'statement', tier: 'unlocated', sentence: 'Officials met in Seoul on Monday.', date: '2010-11-22', places: [] });
    const c = collection([ev('Officials met in Seoul on Monday.', '2010-11-22', SEOUL)]);
    expect(scoreArticle(a, c, noAnalysis).events.unlocatedPlaced).toEqual({ n: 0, of: 2 });
    const far = collection([ev('Officials met in Seoul on Monday.', '2010-11-22', YEON)]);
    expect(scoreArticle(a, far, noAnalysis).events.unlocatedPlaced).toEqual({ n: 1, of: 2 });
  });
  it('a month-precision prediction does not count for a day-precision gold event', () => {
    const a = article();
    const c = collection([ev('Officials met in Seoul on Monday.', '2010-11-22', SEOUL, { date_precision: 'month', date_start: '2010-11-01T00:00:00+09:00', date_end: '2010-11-30T23:59:59+09:00' })]);
    expect(scoreArticle(a, c, noAnalysis).events.coreRecall.n).toBe(0);
  });
  it('scores toponyms and dates from the analysis', () => {
    const a = article();
    const entry = (id: string, coord: [number, number], kind = 'city') => ({ id, name: id, aliases: [], kind, coord, source: 's' }) as never;
    const m = (s: string, e: unknown) => ({ start: at(s), end: at(s) + s.length, text: s, entry: e, role: 'location', anaphor: false, generic: false, sentence: 0 }) as never;
    const analysis: Analysis = {
      ...noAnalysis,
      places: [m('Yeonpyeong Island', entry('y', YEON, 'island')), m('Seoul', entry('s', SEOUL)), m('Paju', entry('wrong', CHEORWON.map((v) => v + 1) as [number, number]))],
      dates: [
        { start: at('Tuesday'), end: at('Tuesday') + 7, text: 'Tuesday', date_start: '2010-11-23T00:00:00+09:00', date_end: '2010-11-23T23:59:59+09:00', precision: 'day' } as never,
        { start: at('next week'), end: at('next week') + 9, text: 'next week', date_start: '2010-11-15T00:00:00+09:00', date_end: '2010-11-21T23:59:59+09:00', precision: 'week' } as never,
      ],
    };
    const s = scoreArticle(a, collection([]), analysis);
    expect(s.toponyms.found).toEqual({ n: 3, of: 4 });
    expect(s.toponyms.resolved).toEqual({ n: 2, of: 4 });
    expect(s.dates.found).toEqual({ n: 2, of: 3 });
    expect(s.dates.dayExact).toEqual({ n: 1, of: 2 });
    expect(s.dates.planned).toEqual({ n: 0, of: 1 }); // read into the past
  });
});

describe('helpers', () => {
  it('finds whole-word occurrences only', () => {
    expect(occurrences('Paju and Pajuri and Paju.', 'Paju')).toEqual([[0, 4], [20, 24]]);
  });
  it('spans month and year gold dates', () => {
    expect(goldSpan({ date: '2024-02' })).toEqual(['2024-02-01T00:00', '2024-02-29T23:59']);
    expect(goldSpan({ date: '2019' })).toEqual(['2019-01-01T00:00', '2019-12-31T23:59']);
    expect(goldSpan({ date: '2024-06-09', time: '02:00', to_time: '04:00' })).toEqual(['2024-06-09T02:00', '2024-06-09T04:00']);
  });
  it('micro-averages totals', () => {
    const a = article();
    const s1 = scoreArticle(a, collection([]), noAnalysis);
    const t = total([s1, s1]);
    expect(t.events.coreRecall).toEqual({ n: 0, of: 6 });
    expect(ratio({ n: 0, of: 0 })).toBe(1);
  });
});
