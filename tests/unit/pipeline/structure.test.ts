import { describe, expect, it } from 'vitest';
import { findStructure } from '../../../src/pipeline/structure';
import { seedText } from './helpers';

describe('findStructure', () => {
  it('keeps exact offsets for every block', () => {
    const text = seedText();
    for (const b of findStructure(text)) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('finds the seed furniture', () => {
    const blocks = findStructure(seedText());
    const kind = (prefix: string) => blocks.find((b) => b.text.startsWith(prefix))?.kind;
    expect(kind('North Korea blows up liaison office')).toBe('title');
    expect(kind('5 months ago 25')).toBe('timestamp');
    expect(kind('google news')).toBe('social');
    expect(kind('More: ')).toBe('related');
    expect(kind('Joint Liaison Office - Korea')).toBe('heading');
    expect(kind('The joint liaison office in Kaesong Industrial Complex')).toBe('caption');
    expect(kind("'Very serious development'")).toBe('heading');
    expect(kind('South Korea on alert after threat')).toBe('heading');
    expect(kind('1. Homepage')).toBe('nav');
    expect(kind('2. International')).toBe('nav');
    expect(kind('North Korea blew up an inter-Korean')).toBe('body');
  });

  it('numbers only body and caption paragraphs, in order', () => {
    const nums = findStructure(seedText())
      .filter((b) => b.paragraph)
      .map((b) => b.paragraph);
    expect(nums).toEqual(nums.map((_, i) => i + 1));
    expect(nums.length).toBe(25);
  });

  it('reads a line of page stamps as furniture, not as a dated sentence', () => {
    const text = ' date 2023-05-27  Back To Top\nPublished : May 27, 2023 - 16:45       Updated : May 27, 2023 - 16:45\nTroops found a body on Friday.\nIt was published on May 27, 2023 and updated later.\n';
    expect(findStructure(text).map((b) => b.kind)).toEqual(['timestamp', 'timestamp', 'body', 'body']);
    // Labelled "Date:", with seconds and a zone.
    expect(findStructure('Pence at the DMZ\nDate: April 17, 2017 at 12:40:44 PM GMT+9\n\nPence visited the DMZ on Monday.\n').map((b) => b.kind)).toEqual(['title', 'dateline', 'body']);
    // Bulleted, one stamp a line.
    expect(findStructure('  • Published : Nov 8, 2017 - 15:48\n  • Updated : Nov 8, 2017 - 18:04\nTroops found a body on Friday.\n').map((b) => b.kind)).toEqual(['timestamp', 'timestamp', 'body']);
  });

  it('reads a source-and-date line that ends in a page control as furniture', () => {
    const kinds = findStructure('Workers withdraw\n\nXinhua, February 11, 2016 Adjust font size:\n\nAll South Koreans withdrew on Thursday.\n').map((b) => b.kind);
    expect(kinds).toEqual(['title', 'timestamp', 'body']);
  });

  it('splits a date stamp glued to the head of a line off it, and reads stamp-and-byline lines as furniture', () => {
    const text = ' date 2024-06-09 A balloon was found on the Han River on Sunday morning.\n\nJune. 12, 2024 08:24. by Sang-Ho Yun ysh1005@donga.com.\n\nAnton Sokolin April 11, 2025\n\nTroops fired on Monday.\n';
    const blocks = findStructure(text);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['timestamp', 'date 2024-06-09'],
      ['body', 'A balloon was found on the Han River on Sunday morning.'],
      ['timestamp', 'June. 12, 2024 08:24. by Sang-Ho Yun ysh1005@donga.com.'],
      ['byline', 'Anton Sokolin April 11, 2025'],
      ['body', 'Troops fired on Monday.'],
    ]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('splits a dateline and a byline off their neighbours', () => {
    const text = 'Title here\n\nNov 23,2010\nNorth Korea fired shells today.\n\nBy Christine Kim [christine.kim@joongang.co.kr]\n';
    const kinds = findStructure(text).map((b) => b.kind);
    expect(kinds).toEqual(['title', 'dateline', 'body', 'byline']);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'First sentence runs on and\nends here. Second one.\n\nNext paragraph.';
    const body = findStructure(text).filter((b) => b.kind === 'body');
    expect(body.map((b) => b.text)).toEqual(['First sentence runs on and\nends here. Second one.', 'Next paragraph.']);
  });

  it('handles empty text and CRLF line ends', () => {
    expect(findStructure('')).toEqual([]);
    const text = 'A body sentence.\r\n\r\nAnother one.\r\n';
    for (const b of findStructure(text)) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('takes copyright lines and news tickers for furniture', () => {
    const text = 'Shells hit the island on Tuesday.\n\nUrgent: Border guards seize a shipment in another country\n\n™ & © 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.';
    expect(findStructure(text).map((b) => b.kind)).toEqual(['body', 'related', 'credit']);
  });
});

