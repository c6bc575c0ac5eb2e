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

  it('re-imports to the same events', () => {
    const back = parseStoryGeojson(JSON.parse(json));
    expect(back.warnings).toEqual([]);
    expect(back.text).toBe(text);
    expect(back.events.features).toEqual(fixed.features);
    expect(back.events.unlocated).toEqual(fixed.unlocated);
    expect(back.meta).toMatchObject({ title: meta.title, published: meta.published, tz: meta.tz });
  });

  it('leaves out events that do not quote the text or have no point, naming them', () => {
    const bad = JSON.parse(json);
    bad.features[0].properties.quote = 'not in the article';
    bad.features[1].geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    const back = parseStoryGeojson(bad);
    expect(back.events.features).toHaveLength(fixed.features.length - 2);
    expect(back.warnings.join('\n')).toMatch(/quote is not the article text[\s\S]*no point geometry|no point geometry[\s\S]*quote is not/);
  });

  it('refuses what is not an export', () => {
    expect(() => parseStoryGeojson({ type: 'FeatureCollection', features: [] })).toThrow(/not a Borderline story export/);
    expect(() => parseStoryGeojson({ ...JSON.parse(json), story: { title: 'x' } })).toThrow(/publication date/);
  });
});
