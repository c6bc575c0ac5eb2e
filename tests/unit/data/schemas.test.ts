// One fixture per failure mode of every data file the app reads: each corrupts one thing in a copy of the
// seed's real file, and the loader must keep the rest, name the file, the item and the fault, and throw
// nothing but a DataError (only when nothing of the file is usable).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLayer, parseManifest, initialVisible } from '../../../src/data/load-layers';
import { loadStory, parseEvents, parseStoryIndex, parseStoryMeta, pickStory } from '../../../src/data/load-story';
import { fetchData } from '../../../src/data/fetch-json';
import { DataError } from '../../../src/data/validate';
import { corrupt, EVENTS_FILE, seed, SLUG, STORY_FILE, stubFetch } from './fixtures';

const F = EVENTS_FILE;
const events = (f: (c: any) => void) => parseEvents(corrupt(seed.events, f), seed.text, F);
const N = seed.events.features.length;
const id0 = seed.events.features[0].properties.id;
const p0 = (c: any) => c.features[0].properties;

describe('events.geojson: a bad event hides itself, with a message naming the file, the event and the fault', () => {
  it('the seed itself loads whole, with no problem', () => {
    const r = parseEvents(seed.events, seed.text, F);
    expect(r.problems).toEqual([]);
    expect(r.data.features).toHaveLength(N);
    expect(r.data.unlocated).toHaveLength(seed.events.unlocated.length);
  });
  it.each([
    ['a LineString geometry', (c: any) => (c.features[0].geometry = { type: 'LineString', coordinates: [[126, 37], [127, 38]] }), /geometry\.type: .*"Point".*LineString/],
    ['a Polygon geometry', (c: any) => (c.features[0].geometry = { type: 'Polygon', coordinates: [[[126, 37], [127, 37], [127, 38], [126, 37]]] }), /geometry\.type: .*Polygon/],
    ['a null geometry', (c: any) => (c.features[0].geometry = null), /geometry: .*null/],
    ['a point at [999, 999]', (c: any) => (c.features[0].geometry.coordinates = [999, 999]), /geometry\.coordinates\[0\]: is a longitude above 180 \(got 999\)/],
    ['a non-numeric coordinate', (c: any) => (c.features[0].geometry.coordinates = ['126', 37]), /geometry\.coordinates: is not a \[lon, lat\] position/],
    ['no passages', (c: any) => delete p0(c).passages, /properties\.passages: is missing/],
    ['an empty passages list', (c: any) => (p0(c).passages = []), /properties\.passages: is empty/],
    ['no actors', (c: any) => delete p0(c).actors, /properties\.actors: /],
    ['an unknown date precision', (c: any) => (p0(c).date_precision = 'fortnight'), /properties\.date_precision: is not a date precision \(minute, hour, day, week, month, year\)/],
    ['an unreadable start date', (c: any) => (p0(c).date_start = 'last Tuesday'), /properties\.date_start: is not an ISO 8601 date-time/],
    ['an impossible date', (c: any) => (p0(c).date_end = '2020-02-31T25:00:00+09:00'), /properties\.date_end: is not a real date-time/],
    ['an end before its start', (c: any) => (p0(c).date_end = '2001-01-01T00:00:00Z'), /properties: ends before it starts/],
    ['a quote that is not the article at its offsets', (c: any) => (p0(c).quote = 'North Korea did not blow up anything.'), /does not quote the article at its offsets/],
    ['quote offsets out of order', (c: any) => (p0(c).quote_end = p0(c).quote_start), /quote_start ≥ quote_end/],
    ['a number that is not a number', (c: any) => (p0(c).n = 'one'), /properties\.n: .*number/],
    ['a confidence above 1', (c: any) => (p0(c).confidence = 7), /properties\.confidence: /],
    ['a place that is not text', (c: any) => (p0(c).place = { toString: 1 }), /properties\.place: /],
    ['an id with markup', (c: any) => (p0(c).id = '<img src=x onerror=alert(1)>'), /properties\.id: is not an id/],
    ['no properties', (c: any) => (c.features[0].properties = null), /properties: /],
    ['not a Feature', (c: any) => (c.features[0] = 'x'), /event 0: .*Object/],
  ])('%s', (_name, f, re) => {
    const r = events(f);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^${F.replace(/[.]/g, '\\.')}: event 0`));
    expect(r.problems[0]).toMatch(re);
    expect(r.problems[0]).toMatch(/; hidden$/);
    expect(r.data.features).toHaveLength(N - 1);
    expect(r.data.features.some((e) => e.properties.id === id0)).toBe(false);
  });
  it('a repeated id: the second is hidden', () => {
    const r = events((c) => (c.features[1].properties.id = id0));
    expect(r.problems).toEqual([expect.stringMatching(new RegExp(`event 1 \\(${id0}\\): the id is used twice; hidden`))]);
    expect(r.data.features.map((e) => e.properties.id).filter((i) => i === id0)).toHaveLength(1);
  });
  it('an id shared by a located and an unlocated event: the unlocated one is hidden', () => {
    const r = events((c) => (c.unlocated[0].id = id0));
    expect(r.problems).toEqual([expect.stringMatching(/unlocated event 0 .*the id is used twice; hidden/)]);
    expect(r.data.features).toHaveLength(N);
  });
  it('an unknown kind is a label fault: shown as "other", not hidden', () => {
    const r = events((c) => (p0(c).kind = 'alien-landing'));
    expect(r.problems).toEqual([expect.stringMatching(/event 0 .*kind "alien-landing" is unknown; shown as "other"/)]);
    expect(r.data.features.find((e) => e.properties.id === id0)?.properties.kind).toBe('other');
  });
  it('a passage that is not the article: the passage is left out, the event stays', () => {
    const r = events((c) => (p0(c).passages[1].quote = 'invented'));
    expect(r.problems).toEqual([expect.stringMatching(/event 0 .*passage 1 does not quote the article at its offsets .*; left out/)]);
    expect(r.data.features.find((e) => e.properties.id === id0)?.properties.passages).toHaveLength(seed.events.features[0].properties.passages.length - 1);
  });
  it('a bad unlocated event hides itself', () => {
    const r = events((c) => delete c.unlocated[0].quote);
    expect(r.problems).toEqual([expect.stringMatching(/unlocated event 0 .*quote: .*; hidden/)]);
    expect(r.data.unlocated).toHaveLength(seed.events.unlocated.length - 1);
  });
  it('an unlocated event that claims a place is hidden', () => {
    const r = events((c) => (c.unlocated[0].place = 'Kaesong'));
    expect(r.problems).toEqual([expect.stringMatching(/unlocated event 0 .*place: .*null/)]);
  });
  it.each([
    ['not an object', null, /^stories\/.*events\.geojson: .*Object/],
    ['not a FeatureCollection', { type: 'Feature' }, /type: .*FeatureCollection/],
    ['features not a list', { type: 'FeatureCollection', features: {} }, /features: .*Array/],
  ])('a file that is %s throws a DataError naming it', (_n, value, re) => {
    expect(() => parseEvents(value, seed.text, F)).toThrow(DataError);
    expect(() => parseEvents(value, seed.text, F)).toThrow(re);
  });
});

describe('story.json: a bad field is repaired from the index with a message', () => {
  const entry = pickStory(parseStoryIndex(seed.index).data, SLUG);
  const meta = (f: (c: any) => void) => parseStoryMeta(corrupt(seed.meta, f), STORY_FILE, entry);
  it('the seed loads as is', () => {
    expect(parseStoryMeta(seed.meta, STORY_FILE, entry)).toEqual({ data: seed.meta, problems: [] });
  });
  it.each([
    ['a bad publication date', (c: any) => (c.published = '2020-13-45'), 'published', entry.published, /published: is not a YYYY-MM-DD date|published: is not a calendar day/],
    ['a day that does not exist', (c: any) => (c.published = '2020-02-30'), 'published', entry.published, /published: is not a calendar day/],
    ['an unknown time zone', (c: any) => (c.tz = 'Mars/Olympus_Mons'), 'tz', 'UTC', /tz: is not a known IANA time zone \(got "Mars\/Olympus_Mons"\); times are shown in UTC/],
    ['a missing time zone', (c: any) => delete c.tz, 'tz', 'UTC', /tz: /],
    ['a missing title', (c: any) => delete c.title, 'title', entry.title, /title: .*; using the index's title/],
    ['a title that is not text', (c: any) => (c.title = ['x']), 'title', entry.title, /title: /],
    ['a slug other than its folder', (c: any) => (c.slug = 'elsewhere'), 'slug', SLUG, /slug "elsewhere" differs from its folder/],
  ])('%s', (_n, f, key, value, re) => {
    const r = meta(f);
    expect((r.data as any)[key]).toBe(value);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^${STORY_FILE}: `));
    expect(r.problems[0]).toMatch(re);
  });
  it('a file that is not an object: the index entry, in UTC', () => {
    const r = parseStoryMeta([1, 2], STORY_FILE, entry);
    expect(r.data).toMatchObject({ slug: SLUG, title: entry.title, published: entry.published, tz: 'UTC' });
    expect(r.problems[0]).toMatch(/is not a JSON object/);
  });
});

describe('stories/index.json: a bad story is skipped with a message', () => {
  const good = seed.index[0];
  it('a bad first entry does not block the next', () => {
    const r = parseStoryIndex([{ slug: '../../etc', title: 'x', outlet: 'y', published: '2020-01-01' }, good]);
    expect(r.data).toEqual([good]);
    expect(r.problems).toEqual([expect.stringMatching(/^stories\/index\.json: story 0 \(\.\.\/\.\.\/etc\): slug: is not a story slug/)]);
    expect(pickStory(r.data, undefined).slug).toBe(good.slug);
  });
  it('a repeated story is listed once', () => {
    const r = parseStoryIndex([good, good]);
    expect(r.data).toHaveLength(1);
    expect(r.problems).toEqual([expect.stringMatching(/story 1 .*listed twice; skipped/)]);
  });
  it('an index with no usable story throws, naming the file and the first fault', () => {
    expect(() => parseStoryIndex([{ slug: 'x' }])).toThrow(/^stories\/index\.json: lists no usable story \(story 0 \(x\): title: is missing/);
    expect(() => parseStoryIndex([])).toThrow(/lists no story/);
    expect(() => parseStoryIndex('stories')).toThrow(/^stories\/index\.json: is neither a list/);
  });
  it('the { stories: [...] } form is read too', () => {
    expect(parseStoryIndex({ stories: [good] }).data).toEqual([good]);
  });
});

describe('layers.json: a bad or repeated entry is left out with a message', () => {
  const m = (f: (c: any) => void) => parseManifest(corrupt(seed.manifest, f));
  const L = seed.manifest.layers.length;
  it('the seed loads whole', () => {
    expect(parseManifest(seed.manifest).problems).toEqual([]);
  });
  it.each([
    ['a repeated id', (c: any) => c.layers.push({ ...c.layers[0] }), new RegExp(`entry ${L} \\(kaesong\\): the id is already used by entry 0; left out`), L],
    ['no file', (c: any) => delete c.layers[1].file, /entry 1 \(seoul\): file: .*; left out/, L - 1],
    ['a file outside the data folder', (c: any) => (c.layers[1].file = '../secret.json'), /entry 1 \(seoul\): file: (is not a relative data path|leaves the data folder)/, L - 1],
    ['an unknown group', (c: any) => (c.layers[1].group = 'aliens'), /entry 1 \(seoul\): group: is not a layer group/, L - 1],
    ['an id with markup', (c: any) => (c.layers[1].id = '"><svg onload=alert(1)>'), /entry 1 .*id: is not a layer id/, L - 1],
    ['not an object', (c: any) => (c.layers[1] = 42), /entry 1: .*Object/, L - 1],
  ])('%s', (_n, f, re, kept) => {
    const r = m(f);
    expect(r.problems).toEqual([expect.stringMatching(re)]);
    expect(r.problems[0]).toMatch(/^layers\.json: /);
    expect(r.data).toHaveLength(kept);
    expect(new Set(r.data.map((e) => e.id)).size).toBe(r.data.length);
  });
  it('a file with no layers list throws a DataError naming it', () => {
    expect(() => parseManifest({ layers: {} })).toThrow(/^layers\.json: layers: /);
  });
});

describe('a layer file: a bad feature is dropped, the rest drawn', () => {
  const file = 'layers/kaesong.geojson';
  const K = seed.kaesong.features.length;
  const layer = (f: (c: any) => void) => parseLayer(corrupt(seed.kaesong, f), file);
  it('the seed loads whole', () => {
    expect(parseLayer(seed.kaesong, file).problems).toEqual([]);
  });
  it.each([
    ['a position out of range', (c: any) => (c.features[0].geometry.coordinates = [999, 37]), /feature 0 \(kaesong-city\): geometry\.coordinates\[0\]: is a longitude above 180 \(got 999\)/],
    ['an unclosed ring', (c: any) => c.features[1].geometry.coordinates[0].pop(), /feature 1 \(kaesong-industrial-complex\): geometry\.coordinates\[0\]: is a ring that is not closed/],
    ['a ring too short', (c: any) => (c.features[1].geometry.coordinates = [[[126, 37], [127, 37], [126, 37]]]), /geometry\.coordinates\[0\]: is a ring of fewer than 4 positions/],
    ['an unknown geometry type', (c: any) => (c.features[0].geometry = { type: 'Circle', coordinates: [126, 37] }), /geometry\.type: is not a GeoJSON geometry/],
    ['no source', (c: any) => delete c.features[0].properties.source, /feature 0 \(kaesong-city\): properties\.source: /],
    ['an unknown method', (c: any) => (c.features[0].properties.method = 'guessed'), /properties\.method: /],
    ['a repeated feature id', (c: any) => (c.features[2].properties.id = c.features[0].properties.id), /feature 2 \(kaesong-city\): the id is used twice; dropped/],
    ['a launch with a bad date', (c: any) => (c.features[0].properties.launches = [{ date: 'soon', group: 'g', sent: 's', source: 'x' }]), /properties\.launches\[0\]\.date: /],
  ])('%s', (_n, f, re) => {
    const r = layer(f);
    expect(r.problems).toEqual([expect.stringMatching(re)]);
    expect(r.problems[0]).toMatch(new RegExp(`^layers/kaesong\\.geojson: feature \\d.*; dropped$`));
    expect(r.data.features).toHaveLength(K - 1);
  });
  it('a file whose every feature is bad throws a DataError with the first fault', () => {
    expect(() => layer((c) => c.features.forEach((f: any) => (f.geometry = { type: 'Point', coordinates: [999, 999] })))).toThrow(
      /^layers\/kaesong\.geojson: feature 0 \(kaesong-city\): geometry\.coordinates\[0\]: .* \(and 3 more bad features\): no usable feature$/,
    );
  });
  it('a file that is not GeoJSON throws a DataError naming it', () => {
    expect(() => parseLayer({ type: 'Topology' }, file)).toThrow(/^layers\/kaesong\.geojson: type: /);
  });
});

describe('URL layers that the manifest does not know fall back to its defaults', () => {
  const entries = parseManifest(seed.manifest).data;
  const defaults = entries.filter((e) => e.visible).map((e) => e.id);
  it.each([
    ['none given', undefined, defaults],
    ['only unknown ids', ['nope', 'also-nope'], defaults],
    ['known and unknown', ['dmz', 'nope'], ['dmz']],
    ['an explicit empty list (the reader hid them all)', [], []],
  ])('%s', (_n, url, want) => {
    expect([...initialVisible(url as string[] | undefined, entries)].sort()).toEqual([...want].sort());
  });
});

describe('missing files: an HTML answer where JSON or text was expected is named as missing', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('JSON answered with the app page', async () => {
    vi.stubGlobal('fetch', stubFetch({}));
    await expect(fetchData('http://x.test/', 'layers.json', 'json')).rejects.toThrow(/^layers\.json: is missing \(404\): the server answered with a web page instead of JSON$/);
  });
  it('article.txt answered with the app page: the story says so instead of showing the HTML source', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`stories/${SLUG}/story.json`]: { body: JSON.stringify(seed.meta) }, [EVENTS_FILE]: { body: JSON.stringify(seed.events) } }));
    await expect(loadStory('http://x.test/', seed.index[0])).rejects.toThrow(new RegExp(`^stories/${SLUG}/article\\.txt: is missing \\(404\\).*instead of text$`));
  });
  it('an HTML body even when labelled as text', async () => {
    vi.stubGlobal('fetch', stubFetch({ 'x.json': { body: '<!DOCTYPE html><html><body>Not found</body></html>', type: 'text/plain' } }));
    await expect(fetchData('http://x.test/', 'x.json', 'json')).rejects.toThrow(/is missing \(404\)/);
  });
  it('a real 404', async () => {
    vi.stubGlobal('fetch', stubFetch({}, false));
    await expect(fetchData('http://x.test/', 'layers/x.geojson', 'json')).rejects.toThrow(/^layers\/x\.geojson: is missing \(HTTP 404 Not Found\)$/);
  });
  it('a missing events file leaves the article readable, with a message', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`stories/${SLUG}/story.json`]: { body: JSON.stringify(seed.meta) }, [`stories/${SLUG}/article.txt`]: { body: seed.text, type: 'text/plain' } }));
    const r = await loadStory('http://x.test/', seed.index[0]);
    expect(r.data.text).toBe(seed.text);
    expect(r.data.events.features).toEqual([]);
    expect(r.problems).toEqual([expect.stringMatching(/events\.geojson: is missing \(404\).*; the article is shown without events$/)]);
  });
});
