// Export and publish: GeoJSON (valid, re-imports to the same events), CSV, PNG with the map's
// pixels and the attribution, the share link and the embed page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { dropFile, pasteStory, waitForReaderStory } from './new-story-helpers';
import { near, toPage, type RGBA } from './pixels';

const baseUrl = inject('baseUrl');
const SEED = '2020-06-16-liaison-office';
const YEONPYEONG = '2010-11-23-yeonpyeong-shelling';
const get = async (path: string) => (await fetch(`${baseUrl}${path}`)).text();

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, what: string): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-export="${what}"]`).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(path) };
}

/** Decodes a PNG in the page and reads pixels (and its size). */
async function pngPixels(page: Page, png: Buffer, points: { x: number; y: number }[]) {
  return page.evaluate(
    async ({ b64, pts }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = pts.map(({ x, y }) => Array.from(ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data) as RGBA);
      // Dark (text) pixels in the strip below the map.
      return { width: img.width, height: img.height, px, ctx: null };
    },
    { b64: png.toString('base64'), pts: points },
  );
}

describe('export and publish', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('exports valid GeoJSON with the fixes, which re-imports to the same events; and CSV', async () => {
    const text = await get(`data/stories/${SEED}/article.txt`);
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await pasteStory(s.page, text, { published: '2020-06-16', tz: 'Asia/Seoul' });
    // One fix, so that the export carries it.
    await s.page.locator('#tab-review').click();
    const first = s.page.locator('[data-unlocated-id]').first();
    const fixed = (await first.getAttribute('data-unlocated-id'))!;
    await first.getByRole('button', { name: /^Place event/ }).click();
    await s.page.locator('#place-search').fill('Kaesong');
    await s.page.locator('.hits button').first().click();
    await s.page.getByRole('button', { name: 'Save place' }).click();
    await s.page.waitForFunction((eid) => (window as any).__events.some((e: any) => e.id === eid && e.placed_by === 'reader'), fixed);
    const shown = await s.page.evaluate(() => (window as any).__events);
    await s.page.locator('#tab-share').click();
    const geo = await download(s.page, 'geojson');
    expect(geo.name).toMatch(/\.geojson$/);
    const json = geo.body.toString('utf8');
    expect(getIssues(json)).toEqual([]);
    const fc = JSON.parse(json);
    expect(fc.features.map((f: any) => f.properties)).toEqual(shown);
    expect(fc.features.find((f: any) => f.properties.id === fixed).properties.placed_by).toBe('reader');
    expect(fc.article.text).toBe(text);
    const csv = await download(s.page, 'csv');
    const rows = csv.body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(rows[0]).toMatch(/^n,id,kind,date_start/);
    expect(rows.length).toBeGreaterThan(shown.length);
    // Re-import: drop the exported file on "Map an article".
    const exported = await s.page.evaluate(() => (window as any).__story);
    await s.page.locator('button.new').click();
    await dropFile(s.page, '.new-story', { name: geo.name, type: 'application/geo+json', body: json });
    const imported = await waitForReaderStory(s.page, 60_000, exported);
    expect(imported).not.toBe(exported);
    expect(await s.page.evaluate(() => (window as any).__events)).toEqual(shown);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it("saves the view as a PNG with the map's pixels and its attribution", async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#story=${YEONPYEONG}&map=10/37.66/125.7`);
    await nextIdle(s.page);
    const ev = (await s.page.evaluate(() => (window as any).__events)).find((e: any) => e.place === 'Yeonpyeong Island');
    const fc = JSON.parse(await get(`data/stories/${YEONPYEONG}/events.geojson`));
    const coord = fc.features.find((f: any) => f.properties.id === ev.id).geometry.coordinates;
    await s.page.locator('#tab-share').click();
    await s.page.locator('button[data-export="png"]').waitFor();
    const canvas = await s.page.evaluate(() => {
      const c = (window as any).__map.getCanvas();
      const r = c.getBoundingClientRect();
      return { w: c.width, h: c.height, left: r.left, top: r.top };
    });
    const at = await toPage(s.page, coord);
    const inMap = { x: at.x - canvas.left, y: at.y - canvas.top };
    // What the reader sees there: the marker's colour.
    const screen = (await import('./pixels')).screenshotPixels;
    const [seen] = await screen(s.page, [at]);
    const png = await download(s.page, 'png');
    writeFileSync(join(ARTIFACTS, 'export-view.png'), png.body);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const img = await pngPixels(s.page, png.body, [inMap, { x: 5, y: canvas.h + 5 }]);
    expect(img.width).toBe(canvas.w);
    // Below the map, a strip for the title and the attribution.
    expect(img.height).toBeGreaterThan(canvas.h + 20);
    expect(near(img.px[0], [seen[0], seen[1], seen[2]], 12)).toBe(true);
    expect(near(img.px[1], [255, 255, 255], 2)).toBe(true);
    const strip = await s.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const h = img.height - (window as any).__map.getCanvas().height;
      const d = ctx.getImageData(0, img.height - h, img.width, h).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) dark++;
      return dark;
    }, png.body.toString('base64'));
    expect(strip).toBeGreaterThan(200);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('gives a share link and an embed snippet; the embed opens the story and view without the side panel', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#story=${YEONPYEONG}&map=9/37.66/125.7`);
    await s.page.locator('#tab-share').click();
    const link = await s.page.locator('#share-link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}#story=${YEONPYEONG}&map=9/37\\.66/125\\.7`));
    const snippet = await s.page.locator('#embed-code').inputValue();
    // The snippet is HTML: its attribute values are escaped.
    const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
    expect(src).toMatch(new RegExp(`^${baseUrl}embed\\.html#story=${YEONPYEONG}&map=9/37\\.66/125\\.7`));
    expect(snippet).toMatch(/^<iframe [^>]*title="Borderline: North Korea shells southern island, no fatalities yet"[^>]*><\/iframe>$/);
    await s.page.screenshot({ path: join(ARTIFACTS, 'export-panel-1280.png') });
    await gotoIdle(s.page, src);
    await nextIdle(s.page);
    expect(await s.page.locator('aside.panel, .tabs, button.new').count()).toBe(0);
    expect(await s.page.locator('.embed h1').textContent()).toBe('North Korea shells southern island, no fatalities yet');
    const zoom = await s.page.evaluate(() => (window as any).__map.getZoom());
    expect(zoom).toBeCloseTo(9, 1);
    expect(await s.page.evaluate(() => (window as any).__map.querySourceFeatures('events').length)).toBeGreaterThan(0);
    await s.page.screenshot({ path: join(ARTIFACTS, 'embed-1280.png') });
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
