import { describe, expect, it } from 'vitest';
import { guessPublished, guessTitle, validTimeZone } from './guess-meta';
import { publicationOf, safeHttpUrl } from './page-meta';

describe('prefills from the text', () => {
  it('finds the first full date near the top', () => {
    expect(guessPublished('Title\n\nPublished 16 Jun 2020, 10:00\n\nOn 12 June 2019 …')).toBe('2020-06-16');
    expect(guessPublished('SEOUL, Nov. 23, 2010 (Yonhap) -- North Korea')).toBe('2010-11-23');
    expect(guessPublished('Updated 2015.08.11 09:12')).toBe('2015-08-11');
    expect(guessPublished('On 31 February 2020 nothing happened')).toBeNull();
    expect(guessPublished('No date here.')).toBeNull();
  });

  it('takes a short first line as the title', () => {
    expect(guessTitle('\n  North Korea shells southern island \n\nbody')).toBe('North Korea shells southern island');
    expect(guessTitle('word '.repeat(100)).length).toBeLessThanOrEqual(101);
  });

  it('knows IANA zones', () => {
    expect(validTimeZone('Asia/Seoul')).toBe(true);
    expect(validTimeZone('Mars/Olympus')).toBe(false);
    expect(validTimeZone('')).toBe(false);
  });
});

describe('page metadata', () => {
  it('reads the publication day in the offset the page gives, and guesses a zone', () => {
    expect(publicationOf('2020-06-16T14:30:00+09:00')).toEqual({ published: '2020-06-16', tz: 'Asia/Seoul' });
    // 23:30 in New York is already the next day in Seoul: the page's own day counts.
    expect(publicationOf('2020-06-15T23:30:00-04:00')).toEqual({ published: '2020-06-15', tz: 'America/New_York' });
    expect(publicationOf('2020-06-15T20:00:00Z')).toEqual({ published: '2020-06-16', tz: 'Asia/Seoul' });
    expect(publicationOf('2020-06-16')).toEqual({ published: '2020-06-16', tz: 'Asia/Seoul' });
    expect(publicationOf('yesterday')).toBeNull();
  });

  it('keeps only http(s) addresses', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
