import { describe, expect, it } from 'vitest';
import { formatEventDate } from './format-date';

describe('formatEventDate', () => {
  it('gives local time and UTC for a timed event', () => {
    expect(formatEventDate('2020-06-16T14:49:00+09:00', '2020-06-16T14:50:00+09:00', 'minute', 'Asia/Seoul')).toEqual({
      local: 'Tuesday, 16 June 2020, 14:49 KST',
      utc: '05:49 UTC',
    });
  });
  it('gives the local day for a day', () => {
    expect(formatEventDate('2020-06-13T00:00:00+09:00', '2020-06-14T00:00:00+09:00', 'day', 'Asia/Seoul').local).toBe('Saturday, 13 June 2020');
  });
  it('gives a span for a week, a month and a year', () => {
    expect(formatEventDate('2020-06-08T00:00:00+09:00', '2020-06-15T00:00:00+09:00', 'week', 'Asia/Seoul').local).toBe('8 Jun – 14 Jun 2020');
    expect(formatEventDate('2020-01-01T00:00:00+09:00', '2020-02-01T00:00:00+09:00', 'month', 'Asia/Seoul').local).toBe('January 2020');
    expect(formatEventDate('2019-01-01T00:00:00+09:00', '2019-05-01T00:00:00+09:00', 'month', 'Asia/Seoul').local).toBe('January 2019 – April 2019');
    expect(formatEventDate('2018-01-01T00:00:00+09:00', '2019-01-01T00:00:00+09:00', 'year', 'Asia/Seoul').local).toBe('2018');
  });
  it('survives garbage', () => {
    expect(formatEventDate('nope', 'nope', 'day', 'Asia/Seoul').local).toBe('date unknown');
  });
});
