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

  it('reads a discourse date against the day last told, not the publication date', () => {
    const got = dates('The boat left on June 9. Later that day it turned south. The next morning it crossed the line. Two days later it arrived.', '2019-07-04');
    expect(got.map((d) => [d.text, d.start.slice(0, 10)])).toEqual([
      ['June 9', '2019-06-09'],
      ['Later that day', '2019-06-09'],
      ['The next morning', '2019-06-10'],
      ['Two days later', '2019-06-12'],
    ]);
  });

  it('takes a bare time of day from the day last told, even paragraphs back', () => {
    const got = dates('Shells fell on Aug. 10.\n\nResidents fled.\n\nThe firing stopped at about 7:46 p.m.', '2011-08-11');
    expect(got.at(-1)!.start).toBe('2011-08-10T19:46:00+09:00');
  });

  it('resolves forward in a sentence that looks ahead, and marks it planned', () => {
    const got = findDates('South Korea will halt tours to the resort from Saturday.', findSentences('South Korea will halt tours to the resort from Saturday.', findStructure('South Korea will halt tours to the resort from Saturday.')), { published: parseDay('2008-07-11'), tz: 'Asia/Seoul' });
    expect(got[0].date_start.slice(0, 10)).toBe('2008-07-12');
    expect(got[0].planned).toBe(true);
    // …but a past date before "will" in another clause stays past.
    expect(dates('North Korea fired on Tuesday, and Seoul will respond.', P)[0].start.slice(0, 10)).toBe('2020-06-16');
  });

  it('"last Saturday" in a Saturday article is the week before', () => {
    expect(dates('He crossed last Saturday.', '2012-10-13')[0].start.slice(0, 10)).toBe('2012-10-06');
  });

  it('dates inside names date nothing: the 2018 agreement, the Sept. 19 accord, the 1950-53 war', () => {
    const text = 'The two Koreas signed a pact in 2018. North Korea scrapped the Sept. 19 military agreement. They fought in the 1950-53 Korean War.';
    const got = findDates(text, findSentences(text, findStructure(text)), { published: parseDay('2023-11-23'), tz: 'Asia/Seoul' });
    expect(got.map((d) => [d.text, d.date_start.slice(0, 10), !!d.attributive])).toEqual([
      ['2018', '2018-01-01', false],
      ['Sept. 19', '2018-09-19', true],
      ['1950-53', '1950-01-01', true],
    ]);
  });

  it('reads months told against a year: "in September last year", "since May", "May 1 of the same year"', () => {
    expect(dates('They agreed in September last year.', '2019-10-23')[0].start.slice(0, 7)).toBe('2018-09');
    const since = dates('Balloons have fallen since May.', '2024-09-23')[0];
    expect([since.start.slice(0, 10), since.end.slice(0, 10)]).toEqual(['2024-05-01', '2024-09-23']);
    expect(dates('The summit was in 2018. A deal followed on May 1 of the same year.', '2024-01-01').at(-1)!.start.slice(0, 10)).toBe('2018-05-01');
  });

  it("a date line's date is the report's: the sentence's own weekday dates the happening", () => {
    const got = dates('SEOUL, Oct. 20 (Yonhap) -- North Korea sent balloons on Saturday, the military said.', '2024-10-20');
    expect(got.map((d) => [d.text, d.start.slice(0, 10), d.reporting])).toEqual([
      ['Oct. 20', '2024-10-20', true],
      ['on Saturday', '2024-10-19', false],
    ]);
  });
});

