import { describe, expect, it } from 'vitest';
import { NewStoryForm } from './new-story.svelte';
import { storyToGeojson } from '../export/geojson';
import type { PipelineClient, Extracted } from '../worker/pipeline-client';
import type { EventCollection } from '../data/types';

const empty: EventCollection = { type: 'FeatureCollection', features: [], unlocated: [] };
const article = 'North Korea fired artillery at Yeonpyeong Island\r\n\r\nSEOUL, Nov. 23, 2010 — North Korea fired about 200 shells at the island on Tuesday afternoon.';

/** A pipeline client that answers at once, or never until aborted. */
function fakeClient(answer: Extracted | 'hang'): PipelineClient {
  return {
    extract: (_t: string, _m: unknown, opts: { signal?: AbortSignal; onprogress?: (s: string) => void } = {}) =>
      new Promise((resolve, reject) => {
        opts.onprogress?.('extract');
        if (answer !== 'hang') resolve(answer);
        opts.signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { name: 'CancelledError' })));
      }),
  } as unknown as PipelineClient;
}
const located: EventCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [125.7, 37.67] },
      properties: { id: 'e1', n: 1, kind: 'attack', actors: [], place: 'Yeonpyeong Island', place_id: 'y', place_kind: 'point', date_start: '2010-11-23T00:00:00+09:00', date_end: '2010-11-24T00:00:00+09:00', date_precision: 'day', date_text: 'Tuesday', quote: 'x', quote_start: 0, quote_end: 1, paragraph: 1, passages: [{ quote: 'x', start: 0, end: 1, paragraph: 1 }], confidence: 0.9 },
    },
  ],
  unlocated: [],
};

describe('the new-story form', () => {
  it('reads a text file: normalised, title and date guessed from the text', async () => {
    const f = new NewStoryForm();
    expect(await f.readFile(new File(['\ufeff' + article], 'story.txt', { type: 'text/plain' }))).toBeNull();
    expect(f.problem).toBeNull();
    expect(f.text).toBe(article.replace(/\r\n/g, '\n'));
    expect(f.title).toBe('North Korea fired artillery at Yeonpyeong Island');
    expect(f.published).toBe('2010-11-23');
    expect(f.origin).toBe('txt');
  });

  it('refuses a binary file and an oversized text, keeping what the form held', async () => {
    const f = new NewStoryForm();
    f.text = 'kept';
    await f.readFile(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])], 'paper.pdf', { type: 'application/pdf' }));
    expect(f.problem).toMatch(/paper\.pdf is not text/);
    await f.readFile(new File(['word '.repeat(500_000)], 'long.txt'));
    expect(f.problem).toMatch(/long\.txt: This text is 2\.5 MB long/);
    expect(f.text).toBe('kept');
    expect(f.status).toBe('idle');
  });

  it('imports a Borderline GeoJSON export as a story, without the pipeline', async () => {
    const text = 'x is here';
    const json = JSON.stringify(storyToGeojson({ slug: 'mine-abcd1', title: 'T', outlet: 'O', published: '2010-11-23', tz: 'Asia/Seoul' }, text, located));
    const s = await new NewStoryForm().readFile(new File([json], 'story.geojson', { type: 'application/geo+json' }));
    expect(s).toMatchObject({ origin: 'geojson', text, meta: { title: 'T', published: '2010-11-23' }, fixes: [] });
    expect(s!.events.features[0].properties.id).toBe('e1');
    expect(s!.id).toMatch(/^mine-/);
  });

  it('says why it cannot run: no text, a bad date, an unknown zone', async () => {
    const f = new NewStoryForm();
    expect(await f.run(fakeClient({ events: located, unresolved: [], warnings: [], ms: 1 }))).toBeNull();
    expect(f.problem).toMatch(/no text to map/);
    f.text = article;
    f.published = '2010-13-45';
    expect(f.check()).toMatch(/publication date/);
    f.published = '2010-11-23';
    f.tz = 'Korea/Nowhere';
    expect(f.check()).toMatch(/not a time zone/);
  });

  it('makes a story of what the worker found, with the normalised text', async () => {
    const f = new NewStoryForm();
    f.text = article;
    f.guess();
    f.outlet = '  JoongAng ';
    f.url = 'javascript:alert(1)';
    const s = await f.run(fakeClient({ events: located, unresolved: [{ name: 'Daeseong-dong', count: 1, start: 0, end: 5 }], warnings: [], ms: 1 }));
    expect(s).toMatchObject({ version: 1, origin: 'paste', text: article.replace(/\r\n/g, '\n'), fixes: [], meta: { title: 'North Korea fired artillery at Yeonpyeong Island', outlet: 'JoongAng', published: '2010-11-23', tz: 'Asia/Seoul' } });
    expect(s!.meta.url).toBeUndefined();
    expect(s!.meta.slug).toBe(s!.id);
    expect(s!.unresolved).toHaveLength(1);
  });

  it('keeps the text and says so when nothing is found, or when cancelled', async () => {
    const f = new NewStoryForm();
    f.text = '북한이 16일 오후 개성 남북공동연락사무소를 폭파했다고 통일부가 밝혔다. 연락사무소는 2018년 9월 개성에 문을 열었다.';
    expect(await f.run(fakeClient({ events: empty, unresolved: [], warnings: [], ms: 1 }))).toBeNull();
    expect(f.problem).toMatch(/No dated events were found in this text\. This article is in Korean/);
    const g = new NewStoryForm();
    g.text = article;
    const run = g.run(fakeClient('hang'));
    expect(g.status).toBe('extracting');
    g.cancel();
    expect(await run).toBeNull();
    expect(g.note).toMatch(/Cancelled/);
    expect(g.text).toBe(article);
    expect(g.status).toBe('idle');
  });
});
