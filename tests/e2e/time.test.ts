import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoIdle, nextIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

interface Ev {
  id: string;
  date_start: string;
  n: number;
  place_kind: string;
  place_layer?: string;
}

describe('the story in time', () => {
  let s: Session;
  let events: Ev[];
  beforeAll(async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#map=6/38/127`);
    await s.page.waitForFunction(() => Array.isArray((window as any).__events));
    events = await s.page.evaluate(() => (window as any).__events);
  });
  afterAll(async () => {
    await s?.close();
  });

  const chronological = () => [...events].sort((a, b) => Date.parse(a.date_start) - Date.parse(b.date_start) || a.n - b.n);
  // The events the map's source holds now (what it draws, clustered or not).
  const drawnIds = (): Promise<string[]> =>
    s.page.evaluate(async () => ((await (window as any).__map.getSource('events').getData()).features as any[]).map((f) => f.properties.id));
  const leafCount = async () => (await drawnIds()).length;

  it('steps through the events in time order with next and previous, flying to each', async () => {
    const order = chronological();
    await s.page.getByRole('button', { name: 'Next event in time' }).click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${order[0].id}"]`).waitFor({ state: 'visible' });
    await s.page.getByRole('button', { name: 'Next event in time' }).click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${order[1].id}"]`).waitFor({ state: 'visible' });
    await s.page.getByRole('button', { name: 'Previous event in time' }).click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${order[0].id}"]`).waitFor({ state: 'visible' });
    // The popup's own buttons step the same way.
    await s.page.locator('.borderline-event-popup button.next').click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${order[1].id}"]`).waitFor({ state: 'visible' });
  });

  it('plays the story on its own', async () => {
    const order = chronological();
    await s.page.getByRole('button', { name: 'Play story' }).click();
    // Playing from event 2 moves on to event 3 after a few seconds.
    await s.page.locator(`.borderline-event-popup [data-event-id="${order[2].id}"]`).waitFor({ state: 'visible', timeout: 10_000 });
    await s.page.getByRole('button', { name: 'Pause story' }).click();
  });

  it('filters events by the time range: earlier ones leave the map and fade in the list', async () => {
    await s.page.keyboard.press('Escape');
    await nextIdle(s.page);
    const before = await leafCount();
    expect(before).toBe(events.length);
    // Move the "from" handle: focus it and page through with the keyboard until it reads June 2020.
    const from = s.page.locator('input[data-range="from"]');
    await from.focus();
    for (let i = 0; i < 40 && !/Jun 2020/.test((await from.getAttribute('aria-valuetext')) ?? ''); i++) await s.page.keyboard.press('PageUp');
    expect(await from.getAttribute('aria-valuetext')).toMatch(/Jun 2020/);
    await nextIdle(s.page);
    const after = await leafCount();
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    const newest = chronological()[events.length - 1];
    expect(await drawnIds()).toContain(newest.id);
    const old = chronological()[0];
    expect(await drawnIds()).not.toContain(old.id);
    await s.page.locator('#tab-events').click();
    expect(await s.page.locator(`li.outside button[data-event-id="${old.id}"]`).count()).toBe(1);
    await s.page.waitForFunction(() => /from=2020-0[56]-/.test(location.hash));
  });

  it('shows the layer of an area event when it is selected', async () => {
    // The 2015 DMZ mine story has events on the DMZ (the seed has none on an area or a line today).
    const slug = '2015-08-11-dmz-landmine';
    const fc = JSON.parse(readFileSync(`public/data/stories/${slug}/events.geojson`, 'utf8'));
    const area = (fc.features as { properties: Ev }[]).map((f) => f.properties).find((e) => e.place_kind !== 'point' && e.place_layer);
    expect(area, 'the DMZ mine story has an event on an area').toBeDefined();
    const s2 = await openSession(baseUrl);
    try {
      // Start with one layer shown, not the area's own.
      await gotoIdle(s2.page, `${baseUrl}#story=${slug}&layers=${area!.place_layer === 'mdl' ? 'dmz' : 'mdl'}`);
      await s2.page.waitForFunction((id) => (window as any).__story === id && Array.isArray((window as any).__events), slug);
      await s2.page.locator('#tab-layers').click();
      const box = s2.page.locator(`input[data-layer-id="${area!.place_layer}"]`);
      expect(await box.isChecked()).toBe(false);
      await s2.page.locator('#tab-events').click();
      await s2.page.locator(`button.event[data-event-id="${area!.id}"]`).click();
      await s2.page.locator('#tab-layers').click();
      await s2.page.waitForFunction((id) => (document.querySelector(`input[data-layer-id="${id}"]`) as HTMLInputElement)?.checked, area!.place_layer);
      expect(s2.pageErrors).toEqual([]);
    } finally {
      await s2.close();
    }
  });
});
