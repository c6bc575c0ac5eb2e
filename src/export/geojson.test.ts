import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import { isStoryExport, parseStoryGeojson, storyToGeojson } from './geojson';
import { applyFixes } from '../library/fixes';
import type { EventCollection, StoryMeta } from '../data/types';

const dir = 'public/data/stories/2020-06-16-liaison-office';
const meta = JSON.parse(readFileSync(`${dir}/story.json`, 'utf8')) as StoryMeta;
const text = readFileSync(`${dir}/article.txt`, 'utf8');
const events = JSON.parse(readFileSync(`${dir}/events.geojson`, 'utf8')) as EventCollection;

describe('GeoJSON export', () => {
  const fixed = applyFixes(events, [
    { action: 'place', event: events.unlocated[0].id, coord: [126.5, 37.9], place: 'Kaesong', place_id: 'kaesong', place_kind: 'point', at: 'x' },
    { action: 'remove', event: events.features[1].properties.id, at: 'x' },
  ]);
  const out = storyToGeojson(meta, text, fixed);
  const json = JSON.stringify(out);

  it('is valid RFC 7946 GeoJSON', () => {
    expect(getIssues(json)).toEqual([]);
  });

  it("is the CLI's format plus the reader's fixes and the text", () => {
    expect(out.features).toHaveLength(events.features.length);
    expect(out.unlocated).toHaveLength(events.unlocated.length - 1);
    expect(out.features.find((f) => f.properties.id === events.unlocated[0].id)?.properties.placed_by).toBe('reader');
    expect(out.story).toMatchObject({ slug: meta.slug, title: meta.title, published: meta.published, tz: meta.tz });
    expect(out.article.text).toBe(text);
    expect(isStoryExport(JSON.parse(json))).toBe(true);
  });

  it('re-imports to the same events', async () => {
    const back = await parseStoryGeojson(JSON.parse(json));
    expect(back.warnings).toEqual([]);
    expect(back.text).toBe(text);
    expect(back.events.features).toEqual(fixed.features);
    expect(back.events.unlocated).toEqual(fixed.unlocated);
    expect(back.meta).toMatchObject({ title: meta.title, published: meta.published, tz: meta.tz });
  });

  it('checks events with the same schema as a story file: bad ones are left out, each named with its fault', async () => {
    const bad = JSON.parse(json);
    bad.features[0].properties.quote = 'not in the article';
    bad.features[1].geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    bad.features[2].properties.date_precision = 'fortnight';
    const back = await parseStoryGeojson(bad, 'story.geojson');
    expect(back.events.features).toHaveLength(fixed.features.length - 3);
    expect(back.warnings).toEqual([
      expect.stringMatching(/^story\.geojson: event 0 .*does not quote the article at its offsets .*; hidden$/),
      expect.stringMatching(/^story\.geojson: event 1 .*geometry\.type: .*LineString.*; hidden$/),
      expect.stringMatching(/^story\.geojson: event 2 .*properties\.date_precision: is not a date precision.*; hidden$/),
    ]);
  });

  it('replaces a bad title or time zone with a message, and drops a bad address', async () => {
    const bad = JSON.parse(json);
    bad.story.title = 42;
    bad.story.tz = 'Mars/Olympus_Mons';
    bad.story.url = { href: 'javascript:alert(1)' };
    const back = await parseStoryGeojson(bad, 'story.geojson');
    expect(back.meta).toMatchObject({ title: 'Imported story', tz: 'Asia/Seoul' });
    expect(back.meta.url).toBeUndefined();
    expect(back.warnings).toEqual([
      expect.stringMatching(/^story\.geojson: story\.title: .*; replaced$/),
      expect.stringMatching(/^story\.geojson: story\.tz: is not a known IANA time zone.*; replaced$/),
      expect.stringMatching(/^story\.geojson: story\.url: .*; left out$/),
    ]);
  });

  it.each([
    ['not an export', { type: 'FeatureCollection', features: [] }, /not a Borderline story export/],
    ['no publication date', (j: any) => (j.story = { title: 'x' }), /publication date/],
    ['a newer format', (j: any) => (j.article.version = 2), /made by a newer Borderline \(format 2; this one reads format 1\)/],
    ['an unknown format', (j: any) => (j.article.version = '1'), /export version "1" is not known/],
    ['no text', (j: any) => (j.article.text = ''), /article\.text: is empty/],
    ['features that are not a list', (j: any) => (j.features = {}), /features: .*Array/],
  ])('refuses an export with %s', async (_n, change, re) => {
    const value = typeof change === 'function' ? (() => {
      const j = JSON.parse(json);
      change(j);
      return j;
    })() : change;
    await expect(parseStoryGeojson(value)).rejects.toThrow(re);
  });
});
