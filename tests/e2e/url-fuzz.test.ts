// 50 of the URL-state fuzz's random and hostile hashes through the built app (CSP bypassed, tripwire on):
// the app starts, runs nothing from the hash, shows a sane view and writes back a sane hash.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { gotoIdle, openSession } from './browser';
import { hash, sane } from '../fuzz/url-hashes';
import { parseUrlState } from '../../src/state/url-state';

const baseUrl = inject('baseUrl');

describe('URL fuzz through the built app', () => {
  it('50 random and hostile hashes: no error, nothing run, a sane view, a sane hash written back', async () => {
    const hashes = fc.sample(hash, { seed: 20261128, numRuns: 50 });
    const s = await openSession(baseUrl, { bypassCSP: true, viewport: { width: 640, height: 480 } });
    await s.context.addInitScript(() => {
      const w = window as any;
      w.__tripped = [];
      w.__trip = (n: unknown) => w.__tripped.push(n);
      for (const k of ['alert', 'confirm', 'prompt']) w[k] = (...a: unknown[]) => w.__tripped.push(`${k}:${a.join()}`);
    });
    const t0 = Date.now();
    try {
      for (const h of hashes) {
        await s.page.goto('about:blank');
        await gotoIdle(s.page, baseUrl + (h.startsWith('#') ? h : `#${h}`));
        await s.page.waitForFunction(() => Array.isArray((window as any).__events));
        const r = await s.page.evaluate(() => {
          const m = (window as any).__map;
          return { tripped: (window as any).__tripped, zoom: m.getZoom(), center: m.getCenter().toArray(), hash: location.hash };
        });
        expect(r.tripped, h).toEqual([]);
        expect(Number.isFinite(r.zoom) && r.zoom >= 4 && r.zoom <= 14, `${h} → zoom ${r.zoom}`).toBe(true);
        expect(r.center.every(Number.isFinite), h).toBe(true);
        sane(parseUrlState(r.hash));
      }
    } finally {
      console.log(`url fuzz e2e: ${hashes.length} hashes through the app in ${Date.now() - t0} ms`);
      await s.close();
    }
  }, 600_000);
});
