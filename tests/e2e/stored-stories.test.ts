// The reader's library as untrusted input: records written straight into IndexedDB (corrupt, from a newer
// Borderline, filed under another id, with a bad event or fix, or with a key no story has). Each bad one is
// skipped with a message naming it, the rest of the library lists and opens, and no error reaches the page
// (the shared guard checks that after each test).
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, gotoIdle, openSession, type Session } from './browser';
import { openSwitcher, putRecords, putStories } from './stored-helpers';
import { storedStory, summaryOf } from '../fixtures/stored/stories';

const baseUrl = inject('baseUrl');
const SEED_TITLE = 'North Korea blows up liaison office as tensions rise with South';

describe('stored stories are checked at the boundary', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('lists the good stories, names each skipped record, opens a story with a bad event without it, and refuses a newer format', async () => {
    const good = storedStory('mine-good0001', 3, 1, 'A good story');
    const withBad = storedStory('mine-bad00002', 4, 0, 'A story with one bad event');
    (withBad.events.features[0].geometry.coordinates as number[]) = [999, 999];
    (withBad.fixes as unknown[]) = [{ action: 'place', event: withBad.events.features[1].properties.id, coord: [500, 37], place: 'Nowhere', place_id: 'x', place_kind: 'point', at: '2026-01-02T00:00:00Z' }];
    const newer = storedStory('mine-newer003', 2, 0, 'From a newer Borderline');
    const noTitle = storedStory('mine-notitle4', 2, 0, 'x');
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await putStories(s.page, [good, withBad, newer]);
    await putRecords(s.page, [
      { key: 'story:mine-newer003', value: { ...newer, version: 2 } },
      { key: 'story:mine-notitle4', value: noTitle },
      { key: 'summary:mine-notitle4', value: { ...summaryOf(noTitle), title: 42 } },
      { key: 'summary:<img src=x onerror=alert(1)>', value: 'not a summary' },
    ]);
    await s.page.reload();
    await s.page.locator('#article-title').waitFor();
    await openSwitcher(s.page);
    const listed = await s.page.locator('dialog[open] li[data-mine]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mine));
    expect(listed.sort()).toEqual(['mine-bad00002', 'mine-good0001', 'mine-newer003']);
    const skipped = s.page.locator('dialog[open] .skipped li');
    expect(await skipped.count()).toBe(2);
    const texts = (await skipped.allTextContents()).sort((a, b) => Number(/<img/.test(a)) - Number(/<img/.test(b)));
    expect(texts[0]).toMatch(/stored story mine-notitle4: its library entry cannot be read \(title: Expected string but received 42\); skipped/);
    // The hostile key is named as text; nothing of it became markup.
    expect(texts[1]).toMatch(/stored story <img src=x onerror=alert\(1\)>: its library entry cannot be read/);
    expect(await s.page.locator('dialog[open] img').count()).toBe(0);
    // Only the one with a reader's id can be removed from here.
    expect(await s.page.locator('dialog[open] .skipped li[data-skipped="mine-notitle4"] button').count()).toBe(1);
    await s.page.locator('dialog[open] .skipped').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: join(ARTIFACTS, 'stored-skipped-1280.png') });
    await s.page.locator('dialog[open] .skipped li[data-skipped="mine-notitle4"] button').click();
    // (The list re-renders after the record is deleted: wait for the removed line to go before counting.)
    await s.page.locator('dialog[open] .skipped li[data-skipped="mine-notitle4"]').waitFor({ state: 'detached' });
    expect(await s.page.locator('dialog[open] .skipped li').count()).toBe(1);

    // Exporting it from the list: refused with its name, nothing thrown.
    await s.page.locator('dialog[open] li[data-mine="mine-newer003"]').getByRole('button', { name: 'CSV' }).click();
    await s.page.locator('dialog[open] .problem', { hasText: 'Could not export mine-newer003: stored story mine-newer003: was stored by a newer Borderline' }).waitFor();
    // A newer format: reported by name, the default story shown instead, nothing thrown.
    await s.page.locator('dialog[open] button.open[data-story="mine-newer003"]').click();
    const err = s.page.locator('.story-error');
    await err.waitFor();
    expect(await err.textContent()).toMatch(/stored story mine-newer003: was stored by a newer Borderline \(format 2; this one reads format 1\)/);
    await s.page.locator('#article-title', { hasText: SEED_TITLE }).waitFor();

    // A bad event and a bad fix: the story opens without them, and says so.
    await openSwitcher(s.page);
    await s.page.locator('dialog[open] button.open[data-story="mine-bad00002"]').click();
    await s.page.locator('#article-title', { hasText: 'A story with one bad event' }).waitFor();
    const ids = await s.page.evaluate(() => ((window as any).__events as { id: string }[]).map((e) => e.id));
    expect(ids).toEqual(withBad.events.features.slice(1).map((f) => f.properties.id));
    await s.page.locator('#tab-events').click();
    await s.page.locator('details.problems summary').click();
    const problems = (await s.page.locator('details.problems').textContent())!;
    expect(problems).toMatch(/stored story mine-bad00002: event 0 \(.*\): geometry\.coordinates\[0\]: is a longitude above 180 \(got 999\); hidden/);
    expect(problems).toMatch(/stored story mine-bad00002: fix 0: coord\[0\]: is a longitude above 180 \(got 500\); dropped/);
    expect(await s.page.locator('.data-warning').textContent()).toMatch(/2 data problems/);
    // The good one opens whole.
    await openSwitcher(s.page);
    await s.page.locator('dialog[open] button.open[data-story="mine-good0001"]').click();
    await s.page.locator('#article-title', { hasText: 'A good story' }).waitFor();
    expect(await s.page.evaluate(() => (window as any).__events.length)).toBe(3);
    expect(await s.page.locator('.data-warning').count()).toBe(0);
  });

  it('a Borderline GeoJSON export with a bad event imports without it, through the same schema', async () => {
    const story = storedStory('mine-export01', 3, 0, 'Exported story');
    const exported = {
      type: 'FeatureCollection',
      story: { slug: story.id, title: story.meta.title, published: story.meta.published, tz: story.meta.tz, outlet: story.meta.outlet },
      features: story.events.features.map((f, i) => (i === 1 ? { ...f, properties: { ...f.properties, date_precision: 'fortnight' } } : f)),
      unlocated: [],
      article: { format: 'borderline-story', version: 1, text: story.text },
    };
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('button.new').click();
    const { dropFile, waitForReaderStory } = await import('./new-story-helpers');
    await dropFile(s.page, '.new-story', { name: 'exported.geojson', type: 'application/geo+json', body: JSON.stringify(exported) });
    await waitForReaderStory(s.page);
    const ids = await s.page.evaluate(() => ((window as any).__events as { id: string }[]).map((e) => e.id));
    expect(ids).toEqual([story.events.features[0].properties.id, story.events.features[2].properties.id]);
    expect(await s.page.locator('#article-title').textContent()).toBe('Exported story');
  });
});
