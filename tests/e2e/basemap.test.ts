import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

describe('the app on its embedded basemap', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reaches idle with the map instance exposed', async () => {
    const loaded = await s.page.evaluate(() => (window as any).__map.loaded());
    expect(loaded).toBe(true);
  });

  it('shows MapLibre navigation, scale, fullscreen and attribution controls', async () => {
    for (const sel of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-fullscreen', '.maplibregl-ctrl-attrib']) {
      expect(await s.page.locator(sel).count(), sel).toBe(1);
    }
  });

  it('makes no request outside 127.0.0.1 and raises no page error', async () => {
    await s.page.screenshot({ path: join(ARTIFACTS, 'basemap-1280.png') });
    expect(s.externalRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
