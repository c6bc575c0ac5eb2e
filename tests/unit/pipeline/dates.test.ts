import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';
import { parseDay } from '../../../src/pipeline/time';

function dates(text: string, published: string, tz = 'Asia/Seoul') {
  return findDates(text, findSentences(text, findStructure(text)), { published: parseDay(published), tz }).map((d) => ({
    text: d.text,
    start: d.date_start,
    end: d.date_end,
    precision: d.precision,
    reporting: d.reporting,
    check: d.utc_check?.ok,
  }));
}

describe('findDates (published Tuesday 2020-06-16, Asia/Seoul)', () => {
  const P = '2020-06-16';
  it('a weekday is the latest such day on or before publication', () => {
    expect(dates('On Saturday, she warned. On Monday, he urged. On Tuesday, it blew up.', P).map((d) => d.start)).toEqual([
      '2020-06-13T00:00:00+09:00',
      '2020-06-15T00:00:00+09:00',
      '2020-06-16T00:00:00+09:00',
    ]);
  });

  it('reads relative and vague expressions as intervals with a precision', () => {
    const got = dates('Last week, lines were cut. It has been closed since January. The summit was in early 2019. It was set up in 2018. Threats came in recent days.', P);
    expect(got.map((d) => [d.text, d.start.slice(0, 10), d.end.slice(0, 10), d.precision])).toEqual([
      ['Last week', '2020-06-08', '2020-06-14', 'week'],
      ['since January', '2020-01-01', '2020-06-16', 'month'],
      ['early 2019', '2019-01-01', '2019-04-30', 'month'],
      ['2018', '2018-01-01', '2018-12-31', 'year'],
      ['in recent days', '2020-06-09', '2020-06-16', 'week'],
    ]);
  });

  it('checks a stated GMT time against the local time', () => {
    expect(dates('It happened at 2:49pm local time (05:49 GMT).', P)).toEqual([
      { text: 'at 2:49pm local time (05:49 GMT)', start: '2020-06-16T14:49:00+09:00', end: '2020-06-16T14:49:00+09:00', precision: 'minute', reporting: false, check: true },
    ]);
    expect(dates('It happened at 2:49pm local time (06:49 GMT).', P)[0].check).toBe(false);
  });

  it('takes a time of day from the day of the previous sentence', () => {
    const got = dates('The drill began on Monday. It ended at 4 p.m.', P);
    expect(got[1].start).toBe('2020-06-15T16:00:00+09:00');
  });

  it('marks the date of a report and refuses durations and words', () => {
    const got = dates('Mines exploded on Aug. 4, the ministry said on Monday. It was the first time in 48 years. They sat on higher ground.', '2015-08-11');
    expect(got.map((d) => [d.text, d.start.slice(0, 10), d.reporting])).toEqual([
      ['Aug. 4', '2015-08-04', false],
      ['on Monday', '2015-08-10', true],
    ]);
  });

  it('a month and day without a year is never after publication', () => {
    expect(dates('It began on Dec. 20.', '2021-01-05')[0].start).toBe('2020-12-20T00:00:00+09:00');
  });

  it('uses the offset of the given time zone', () => {
    expect(dates('It ended at 2:49pm today.', '2020-06-16', 'Europe/London')[0].start).toBe('2020-06-16T14:49:00+01:00');
  });
});
