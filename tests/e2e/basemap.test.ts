import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { darkPixels, hex, near, screenshotPixels, toPage } from './pixels';
import { LIGHT } from '../../src/map/style/palette';

const baseUrl = inject('baseUrl');
// A view of the whole border with every overlay hidden, so that the basemap shows alone.
const VIEW = `${baseUrl}#map=7/38.2/126.9&layers=`;
const PYONGYANG: [number, number] = [125.7543, 39.0339];
const SEA: [number, number] = [125.0, 37.2]; // Yellow Sea, west of Ganghwa
const KR_LAND: [number, number] = [127.9, 37.2]; // inland Gangwon/Chungbuk
const KP_LAND: [number, number] = [126.6, 38.9]; // inland, between Pyongyang and Wonsan

/** Dark (text) pixels in a box around the Pyongyang label. */
async function labelInk(s: Session): Promise<number> {
  const p = await toPage(s.page, PYONGYANG);
  return darkPixels(s.page, { x: p.x - 70, y: p.y - 40, w: 140, h: 80 });
}

describe('the app on its embedded basemap', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, VIEW);
    await nextIdle(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reaches idle with the map instance exposed', async () => {
    expect(await s.page.evaluate(() => (window as any).__map.loaded())).toBe(true);
  });

  it('shows MapLibre navigation, scale, fullscreen and attribution controls', async () => {
    for (const sel of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-fullscreen', '.maplibregl-ctrl-attrib']) {
      expect(await s.page.locator(sel).count(), sel).toBe(1);
    }
  });

  it('renders land, borders and bilingual place labels as map features', async () => {
    const counts = await s.page.evaluate(() => {
      const map = (window as any).__map;
      const q = (layers: string[]) => map.queryRenderedFeatures({ layers });
      return {
        land: q(['land']).length,
        border: q(['border-kr-kp']).length,
        labels: q(['label-capital', 'label-place']).map((f: any) => `${f.properties.name}|${f.properties.name_ko}`),
      };
    });
    expect(counts.land).toBeGreaterThan(0);
    expect(counts.border).toBeGreaterThan(0);
    expect(counts.labels).toContain('Pyongyang|평양');
    expect(counts.labels).toContain('Seoul|서울');
  });

  it('paints sea, South and North Korean land in their colours (screenshot pixels)', async () => {
    const px = await screenshotPixels(s.page, [await toPage(s.page, SEA), await toPage(s.page, KR_LAND), await toPage(s.page, KP_LAND)]);
    expect(near(px[0], hex(LIGHT.sea)), `sea ${px[0]}`).toBe(true);
    expect(near(px[1], hex(LIGHT.land.KR)), `KR land ${px[1]}`).toBe(true);
    expect(near(px[2], hex(LIGHT.land.KP)), `KP land ${px[2]}`).toBe(true);
  });

  it('draws label text with the shipped fonts (dark pixels around the Pyongyang label)', async () => {
    expect(await labelInk(s)).toBeGreaterThan(60);
    // The text came from the woff2 files in public/fonts/ (Latin and at least one Hangul slice).
    const fonts = s.responses.filter((r) => /\/fonts\/.+\.woff2$/.test(r.path) && r.status === 200).map((r) => r.path);
    expect(fonts.some((f) => /noto-sans-latin/.test(f))).toBe(true);
    expect(fonts.some((f) => /noto-sans-kr-/.test(f))).toBe(true);
    await s.page.screenshot({ path: join(ARTIFACTS, 'basemap-1280.png') });
  });

  it('makes no request outside 127.0.0.1 and raises no page error or console error (CSP violations included)', () => {
    expect(s.externalRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

// The same checks against broken set-ups: each must see the fault, or it proves nothing.
describe('the basemap checks can fail', () => {
  it('sees no label text when the label layers are not drawn', async () => {
    const s = await openSession(baseUrl);
    try {
      await gotoIdle(s.page, VIEW);
      await s.page.evaluate(() => {
        const map = (window as any).__map;
        for (const l of map.getStyle().layers) if (l.type === 'symbol') map.setLayoutProperty(l.id, 'visibility', 'none');
      });
      await nextIdle(s.page);
      expect(await labelInk(s)).toBeLessThan(25);
    } finally {
      await s.close();
    }
  });

  it('sees sea where land should be when the land data is missing', async () => {
    const s = await openSession(baseUrl);
    try {
      await s.context.route('**/data/basemap/basemap.topojson', (r) => r.fulfill({ status: 404, body: '' }));
      s.allow('console', /^Error$|404|basemap\.topojson/);
      await gotoIdle(s.page, VIEW);
      await nextIdle(s.page);
      const [kr] = await screenshotPixels(s.page, [await toPage(s.page, KR_LAND)]);
      expect(near(kr, hex(LIGHT.land.KR))).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('records a request to another origin, and a page error', async () => {
    // The app's CSP already blocks other origins; switch it off to see the interception work.
    const s = await openSession(baseUrl, { bypassCSP: true });
    // Provoked on purpose: the shared afterEach must not count these two.
    s.allow('external', /^https:\/\/tiles\.example\.invalid\/x\.pbf$/);
    s.allow('page', /planted/);
    s.allow('console', /ERR_BLOCKED_BY_CLIENT/);
    try {
      await gotoIdle(s.page, VIEW);
      await s.page.evaluate(() => {
        void fetch('https://tiles.example.invalid/x.pbf').catch(() => {});
        setTimeout(() => {
          throw new Error('planted');
        });
      });
      await s.page.waitForTimeout(300);
      expect(s.externalRequests).toEqual(['https://tiles.example.invalid/x.pbf']);
      expect(s.pageErrors.join()).toMatch(/planted/);
    } finally {
      await s.close();
    }
  });
});
