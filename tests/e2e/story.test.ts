import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

interface Ev {
  id: string;
  n: number;
  quote: string;
  place_kind: string;
  place_id: string;
}

/** A rendered, unclustered event marker and its position in page pixels. */
async function renderedMarker(page: Page) {
  return page.evaluate(() => {
    const map = (window as any).__map;
    const rect = map.getCanvas().getBoundingClientRect();
    const feats = map.queryRenderedFeatures({ layers: ['events-point'] });
    // Prefer a marker well inside the canvas, clear of the controls.
    for (const f of feats) {
      const p = map.project(f.geometry.coordinates);
      if (p.x > 60 && p.y > 60 && p.x < rect.width - 60 && p.y < rect.height - 60) {
        return { id: f.properties.id as string, x: rect.left + p.x, y: rect.top + p.y };
      }
    }
    return null;
  });
}

async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((l) => {
    const map = (window as any).__map;
    return map.getLayer(l) ? map.queryRenderedFeatures({ layers: [l] }).length : -1;
  }, layer);
}

describe('the story map', () => {
  let s: Session;
  let events: Ev[];
  const coords = new Map<string, [number, number]>();
  beforeAll(async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await s.page.waitForFunction(() => Array.isArray((window as any).__events));
    events = await s.page.evaluate(() => (window as any).__events);
    const index = await (await fetch(`${baseUrl}data/stories/index.json`)).json();
    const slug = (Array.isArray(index) ? index : index.stories)[0].slug;
    const fc = await (await fetch(`${baseUrl}data/stories/${slug}/events.geojson`)).json();
    for (const f of fc.features) coords.set(f.properties.id, f.geometry.coordinates);
    await nextIdle(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('draws the story events as markers', async () => {
    expect(events.length).toBe(coords.size);
    // The seed's located events as the pipeline finds them today (three at the liaison office, the Hanoi summit).
    expect(events.length).toBeGreaterThanOrEqual(4);
    const n = (await renderedCount(s.page, 'events-point')) + (await renderedCount(s.page, 'events-cluster'));
    expect(n).toBeGreaterThan(0);
  });

  it('opens a popup quoting exactly the clicked event', async () => {
    // Zoom in on an event that is alone at its place, so that its marker stands unclustered, then click it.
    const alone = [...coords.values()].find((c) => [...coords.values()].filter((d) => d[0] === c[0] && d[1] === c[1]).length === 1)!;
    await s.page.evaluate((c) => (window as any).__map.jumpTo({ center: c, zoom: 9 }), alone);
    await nextIdle(s.page);
    const m = await renderedMarker(s.page);
    expect(m, 'an unclustered marker is on screen').not.toBeNull();
    await s.page.mouse.click(m!.x, m!.y);
    const popup = s.page.locator('.borderline-event-popup');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('[data-event-id]').getAttribute('data-event-id')).toBe(m!.id);
    const quote = events.find((e) => e.id === m!.id)!.quote;
    expect((await popup.locator('blockquote').textContent())?.trim()).toBe(quote.trim());
    await s.page.screenshot({ path: join(ARTIFACTS, 'popup-1280.png') });
  });

  it('closes the popup with Escape', async () => {
    await s.page.keyboard.press('Escape');
    await s.page.locator('.borderline-event-popup').waitFor({ state: 'detached' });
  });

  it('flies to an event when its passage in the article is clicked, and opens its popup', async () => {
    const target = events.find((e) => e.place_kind === 'point') ?? events[0];
    await s.page.evaluate(() => (window as any).__map.jumpTo({ center: [129.5, 36], zoom: 6 }));
    await nextIdle(s.page);
    await s.page.locator(`[data-passage-of="${target.id}"]`).first().click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${target.id}"]`).waitFor({ state: 'visible' });
    await s.page.waitForFunction(() => !(window as any).__map.isMoving());
    // The event now sits at the horizontal middle of the map, a little below the vertical middle
    // (room for the popup above it).
    const at = await s.page.evaluate((c) => {
      const map = (window as any).__map;
      const p = map.project(c);
      return { x: p.x, y: p.y, w: map.getCanvas().clientWidth, h: map.getCanvas().clientHeight };
    }, coords.get(target.id)!);
    expect(Math.abs(at.x - at.w / 2)).toBeLessThan(5);
    expect(at.y).toBeGreaterThan(at.h / 2);
    expect(at.y).toBeLessThan(at.h * 0.85);
    // …and the article scrolled so that the passage is in view.
    const inView = await s.page.locator(`[data-passage-of="${target.id}"]`).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const pane = el.closest('.pane')!.getBoundingClientRect();
      return r.bottom > pane.top && r.top < pane.bottom;
    });
    expect(inView).toBe(true);
  });

  it('lists the events of one place when their cluster is clicked, and opens the one picked', async () => {
    await s.page.keyboard.press('Escape');
    // Several events happened at the liaison office: at any zoom they share one cluster.
    const office = [...coords.entries()].filter(([, c]) => [...coords.values()].filter((d) => d[0] === c[0] && d[1] === c[1]).length > 1);
    expect(office.length).toBeGreaterThan(1);
    await s.page.evaluate((c) => (window as any).__map.jumpTo({ center: c, zoom: 12 }), office[0][1]);
    await nextIdle(s.page);
    const at = await s.page.evaluate((c) => {
      const map = (window as any).__map;
      const r = map.getCanvas().getBoundingClientRect();
      const p = map.project(c);
      return { x: r.left + p.x, y: r.top + p.y };
    }, office[0][1]);
    await s.page.mouse.click(at.x, at.y);
    const list = s.page.locator('.borderline-cluster-popup');
    await list.waitFor({ state: 'visible' });
    const ids = await list.locator('button[data-event-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.eventId));
    expect(ids.sort()).toEqual(office.map(([id]) => id).sort());
    await list.locator(`button[data-event-id="${ids[1]}"]`).click();
    await s.page.locator(`.borderline-event-popup [data-event-id="${ids[1]}"]`).waitFor({ state: 'visible' });
    expect(await s.page.locator('.borderline-cluster-popup').count()).toBe(0);
  });

  it('hides and shows the DMZ and CMA layers with their toggles', async () => {
    await s.page.keyboard.press('Escape');
    await s.page.evaluate(() => (window as any).__map.jumpTo({ center: [127.3, 38.1], zoom: 8 }));
    await nextIdle(s.page);
    await s.page.locator('#tab-layers').click();
    for (const id of ['dmz', 'cma-ground-buffer']) {
      const box = s.page.locator(`input[data-layer-id="${id}"]`);
      const layer = `overlay-${id}-fill`;
      if (!(await box.isChecked())) {
        await box.check();
        // A layer hidden at start is fetched when first shown: wait for it to reach the map.
        await s.page.waitForFunction((l) => !!(window as any).__map.getLayer(l), layer);
        await nextIdle(s.page);
      }
      expect(await renderedCount(s.page, layer), `${id} drawn`).toBeGreaterThan(0);
      await box.uncheck();
      await nextIdle(s.page);
      expect(await renderedCount(s.page, layer), `${id} hidden`).toBe(0);
      await box.check();
      await nextIdle(s.page);
      expect(await renderedCount(s.page, layer), `${id} back`).toBeGreaterThan(0);
    }
  });

  it('raised no page error and no request outside 127.0.0.1', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.externalRequests).toEqual([]);
  });
});
