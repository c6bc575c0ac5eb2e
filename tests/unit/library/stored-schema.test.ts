// Stories stored in the browser are untrusted input: one fixture per failure mode of a stored record. A
// record that cannot be used is skipped with a message naming it (StoredStoryError); a bad event, fix or
// hint inside a usable one is dropped with a message and the rest of the story loads; in the library
// listing a bad entry is skipped and the other stories are listed.
import { describe, expect, it } from 'vitest';
import { parseStoredStory, StoredStoryError, MAX_STORED_EVENTS } from '../../../src/library/stored-schema';
import { StoryLibrary } from '../../../src/library/library.svelte';
import type { StoredRecord, StoryStore } from '../../../src/library/story-store';
import { storedStory, summaryOf } from '../../fixtures/stored/stories';

const ID = 'mine-fixture01';
const good = storedStory(ID, 4, 2);
const located = good.events.features.map((f) => f.properties.id);
const unlocated = good.events.unlocated.map((u) => u.id);
/** A copy of the good record, changed by `f`. */
const corrupt = (f: (c: any) => void): unknown => {
  const c = structuredClone(good) as any;
  f(c);
  return c;
};
const placeFix = { action: 'place', event: unlocated[0], coord: [126.6, 37.9], place: 'Kaesong', place_id: 'kaesong', place_kind: 'point', at: '2026-01-02T00:00:00Z' };

describe('a stored story that cannot be used is skipped, with a message naming it', () => {
  it('the good record loads whole, with no problem', async () => {
    const r = await parseStoredStory(structuredClone(good), ID);
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual(good);
  });
  it.each([
    ['not an object (a string)', () => 'mine-fixture01', /is not a stored story \(not an object\)/],
    ['not an object (null)', () => null, /is not a stored story/],
    ['not an object (a list)', () => [good], /is not a stored story/],
    ['no format version', () => corrupt((c) => delete c.version), /has no format version; skipped/],
    ['a newer format version', () => corrupt((c) => (c.version = 2)), /was stored by a newer Borderline \(format 2; this one reads format 1\); skipped/],
    ['an unknown format version (text)', () => corrupt((c) => (c.version = '1')), /format "1" is not known/],
    ['an unknown format version (0)', () => corrupt((c) => (c.version = 0)), /format 0 is not known/],
    ['an id that is not a reader id', () => corrupt((c) => (c.id = '2020-06-16-liaison-office')), /^stored story mine-fixture01: id: is not the id of a reader's story/],
    ["another story's id", () => corrupt((c) => ((c.id = 'mine-other001'), (c.meta.slug = 'mine-other001'))), /holds another story \(mine-other001\)/],
    ['a slug that is not the id', () => corrupt((c) => (c.meta.slug = 'mine-elsewhere')), /meta\.slug: is not the story's id/],
    ['no metadata', () => corrupt((c) => delete c.meta), /meta: is missing/],
    ['an empty title', () => corrupt((c) => (c.meta.title = '')), /meta\.title: is empty/],
    ['a title of 2,000 characters', () => corrupt((c) => (c.meta.title = 'T'.repeat(2000))), /meta\.title: is longer than 1000 characters/],
    ['a bad publication date', () => corrupt((c) => (c.meta.published = '2020-02-30')), /meta\.published: is not a calendar day/],
    ['an unknown time zone', () => corrupt((c) => (c.meta.tz = 'Mars/Olympus_Mons')), /meta\.tz: is not a known IANA time zone/],
    ['no text', () => corrupt((c) => delete c.text), /text: is missing/],
    ['a text that is not text', () => corrupt((c) => (c.text = { length: 5 })), /text: .*string/],
    ['an empty text', () => corrupt((c) => (c.text = '')), /text: is empty/],
    ['no event collection', () => corrupt((c) => (c.events = [])), /events\.type: is missing/],
    ['events that are not a FeatureCollection', () => corrupt((c) => (c.events.type = 'Feature')), /events\.type: /],
    ['more events than a story may hold', () => corrupt((c) => (c.events.features = { length: 0 }) && (c.events.features = new Array(MAX_STORED_EVENTS + 1).fill(0))), /events: holds more than 100000 events/],
    ['fixes that are not a list', () => corrupt((c) => (c.fixes = { 0: placeFix })), /fixes: .*Array/],
    ['an unknown origin', () => corrupt((c) => (c.origin = 'javascript:alert(1)')), /origin: is not a story origin/],
    ['a creation time that is not a date', () => corrupt((c) => (c.created = 'yesterday')), /created: is not an ISO 8601 date-time/],
  ])('%s', async (_name, make, re) => {
    const err = await parseStoredStory(make(), ID).then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(StoredStoryError);
    expect(err.message).toMatch(/^stored story mine-fixture01: /);
    expect(err.message).toMatch(re);
  });
});

describe('a bad event, fix or hint inside a stored story is dropped with a message; the rest loads', () => {
  const name = `stored story ${ID}`;
  it.each([
    ['an event on a LineString', (c: any) => (c.events.features[0].geometry = { type: 'LineString', coordinates: [[126, 37], [127, 38]] }), /event 0 .*geometry\.type: .*LineString.*; hidden/],
    ['an event at [999, 999]', (c: any) => (c.events.features[0].geometry.coordinates = [999, 999]), /event 0 .*is a longitude above 180.*; hidden/],
    ['an event whose quote is not the text', (c: any) => (c.events.features[0].properties.quote = 'Invented words.'), /event 0 .*does not quote the article at its offsets/],
    ['an event with markup for an id', (c: any) => (c.events.features[0].properties.id = '<img src=x onerror=__trip(1)>'), /event 0 .*properties\.id: is not an id/],
    ['an unknown date precision', (c: any) => (c.events.features[0].properties.date_precision = 'fortnight'), /event 0 .*date_precision: is not a date precision/],
  ])('%s', async (_n, f, re) => {
    const r = await parseStoredStory(corrupt(f), ID);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].startsWith(`${name}: event 0`)).toBe(true);
    expect(r.problems[0]).toMatch(re);
    expect(r.data.events.features.map((e) => e.properties.id)).toEqual(located.slice(1));
    expect(r.data.events.unlocated).toHaveLength(unlocated.length);
  });
  it('a repeated event id: the second is hidden', async () => {
    const r = await parseStoredStory(corrupt((c) => (c.events.features[1].properties.id = located[0])), ID);
    expect(r.problems).toEqual([expect.stringMatching(/event 1 .*the id is used twice; hidden$/)]);
  });
  it.each([
    ['a fix with an unknown action', { ...placeFix, action: 'teleport' }, /fix 0: action: .*; dropped$|fix 0: is not a fix/],
    ['a fix placed at [200, 95]', { ...placeFix, coord: [200, 95] }, /fix 0: coord\[0\]: is a longitude above 180/],
    ['a fix with an empty place name', { ...placeFix, place: '' }, /fix 0: place: is empty/],
    ['a fix with a 600-character place name', { ...placeFix, place: 'P'.repeat(600) }, /fix 0: place: is longer than 500 characters/],
    ['a fix of an event the story does not have', { ...placeFix, event: 'attack-2020-06-16-nowhere' }, /fix 0: event attack-2020-06-16-nowhere is not in the story; dropped/],
    ['a fix with a layer id that is markup', { ...placeFix, place_layer: '"><script>' }, /fix 0: place_layer: is not a layer id/],
    ['a fix without a time', { action: 'remove', event: located[0] }, /fix 0: at: is missing/],
  ])('%s', async (_n, fix, re) => {
    const ok = { action: 'remove', event: located[1], at: '2026-01-02T00:00:00Z' };
    const r = await parseStoredStory(corrupt((c) => (c.fixes = [fix, ok])), ID);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].startsWith(`${name}: fix 0`)).toBe(true);
    expect(r.problems[0]).toMatch(re);
    expect(r.problems[0]).toMatch(/; dropped$/);
    expect(r.data.fixes).toEqual([ok]);
  });
  it('a hint whose offsets lie outside the text, and one that is not a hint', async () => {
    const r = await parseStoredStory(
      corrupt((c) => (c.unresolved = [{ name: 'Daeseong-dong', count: 1, start: 1e9, end: 1e9 + 5 }, { name: 'x', count: 0, start: 0, end: 1 }, { name: 'Cheorwon', count: 1, start: 0, end: 5 }])),
      ID,
    );
    expect(r.problems).toEqual([expect.stringMatching(/unresolved place 0: its offsets lie outside the text; dropped/), expect.stringMatching(/unresolved place 1: count: is below 1 \(got 0\); dropped/)]);
    expect(r.data.unresolved).toEqual([{ name: 'Cheorwon', count: 1, start: 0, end: 5 }]);
  });
  it('hostile text in a usable record is kept as text: it is shown, never run (tests/e2e/xss-any-article.test.ts)', async () => {
    const markup = '<img src=x onerror=__trip(1)>';
    const r = await parseStoredStory(corrupt((c) => ((c.meta.title = markup), (c.meta.outlet = markup), (c.fixes = [{ ...placeFix, place: markup }]))), ID);
    expect(r.problems).toEqual([]);
    expect(r.data.meta.title).toBe(markup);
    expect(r.data.fixes[0]).toMatchObject({ place: markup });
  });
});

/** A store whose records are whatever the test put there. */
function rawStore(summaries: StoredRecord[], stories: Record<string, unknown>): StoryStore {
  return {
    list: async () => structuredClone(summaries),
    get: async (id) => structuredClone(stories[id]),
    put: async () => {},
    remove: async () => {},
  };
}

describe('the library skips a bad record and loads the rest', () => {
  const a = storedStory('mine-aaaa0001', 2, 0, 'First');
  const b = storedStory('mine-bbbb0002', 2, 0, 'Second');
  const records: StoredRecord[] = [
    { key: a.id, value: summaryOf(a) },
    { key: 'mine-cccc0003', value: { ...summaryOf(a), id: 'mine-cccc0003', title: undefined } },
    { key: 'mine-dddd0004', value: summaryOf(b) },
    { key: '<img src=x onerror=__trip(1)>', value: 'garbage' },
    { key: b.id, value: { ...summaryOf(b), updated: '2027-01-01T00:00:00Z' } },
  ];
  it('lists the good entries newest first; each skipped one has a message naming it, and an id only when it is removable', async () => {
    const lib = new StoryLibrary(async () => rawStore(records, {}));
    await lib.refresh();
    expect(lib.listed).toBe(true);
    expect(lib.mine.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(lib.skipped).toEqual([
      { id: 'mine-cccc0003', message: expect.stringMatching(/^stored story mine-cccc0003: its library entry cannot be read \(title: is missing\); skipped$/) },
      { id: 'mine-dddd0004', message: expect.stringMatching(/^stored story mine-dddd0004: its library entry names another story \(mine-bbbb0002\); skipped$/) },
      { id: null, message: expect.stringMatching(/^stored story <img src=x onerror=__trip\(1\)>: its library entry cannot be read/) },
    ]);
    expect(lib.problem).toBeNull();
  });
  it('reading a corrupt story throws a StoredStoryError naming it; reading a good one gives its problems', async () => {
    const broken = corrupt((c) => (c.version = 7));
    const withBadEvent = structuredClone(a) as any;
    withBadEvent.events.features[0].geometry = null;
    const lib = new StoryLibrary(async () => rawStore(records, { [ID]: broken, [a.id]: withBadEvent }));
    await expect(lib.read(ID)).rejects.toThrow(/^stored story mine-fixture01: was stored by a newer Borderline/);
    const r = await lib.read(a.id);
    expect(r?.data.events.features).toHaveLength(1);
    expect(r?.problems).toEqual([expect.stringMatching(/^stored story mine-aaaa0001: event 0 .*; hidden$/)]);
    expect(await lib.read('mine-none0000')).toBeUndefined();
  });
  it('renaming a corrupt story reports why, and changes nothing', async () => {
    const lib = new StoryLibrary(async () => rawStore(records, { [ID]: 'garbage' }));
    expect(await lib.rename(ID, 'New')).toBeNull();
    expect(lib.problem).toMatch(/^stored story mine-fixture01: is not a stored story/);
  });
});
