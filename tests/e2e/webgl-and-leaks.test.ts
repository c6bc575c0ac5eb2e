// WebGL context loss mid-session, and leaks under repeated use. Heap figures are printed (the issue's
// bound of 10 % after a forced GC is asserted); nothing here asserts a time.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { screenshotPixels, type RGBA } from './pixels';

const baseUrl = inject('baseUrl');

/** Page positions of a few things drawn: an event marker, an overlay area, plain land. */
async function probes(page: Page) {
  return page.evaluate(() => {
    const map = (window as any).__map;
    const r = map.getCanvas().getBoundingClientRect();
    const find = (layers: string[]) => {
      for (let y = 40; y < r.height - 40; y += 12)
        for (let x = 40; x < r.width - 40; x += 12) {
          const f = map.queryRenderedFeatures([x, y]);
          if (f.length && layers.includes(f[0].layer.id)) return { x: r.left + x, y: r.top + y };
        }
      return null;
    };
    return [find(['events-point', 'events-cluster']), find(['overlay-leaflet-launch-fill', 'overlay-kaesong-fill', 'overlay-seoul-fill']), find(['land'])];
  });
}
const close = (a: RGBA, b: RGBA) => a.every((v, i) => Math.abs(v - b[i]) <= 8);

describe('WebGL context loss', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('lost and restored three times mid-session: markers, layers and popups come back, with no error', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#map=9/37.8/126.7`);
    await nextIdle(s.page);
    const where = await probes(s.page);
    expect(where.every(Boolean), JSON.stringify(where)).toBe(true);
    const before = await screenshotPixels(s.page, where as { x: number; y: number }[]);
    const events = await s.page.evaluate(() => ((window as any).__events as any[]).map((e) => e.id));
    for (let round = 1; round <= 3; round++) {
      const lost = await s.page.evaluate(async () => {
        const map = (window as any).__map;
        const gl = map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
        const ext = gl.getExtension('WEBGL_lose_context')!;
        const seen = new Promise<boolean>((res) => map.once('webglcontextlost', () => res(true)));
        ext.loseContext();
        const ok = await seen;
        await new Promise((r) => setTimeout(r, 100));
        const back = new Promise<boolean>((res) => map.once('webglcontextrestored', () => res(true)));
        ext.restoreContext();
        return ok && (await back) && gl.isContextLost() === false;
      });
      expect(lost, `round ${round}: lost and restored`).toBe(true);
      await nextIdle(s.page);
      // The same pixels as before the loss: markers and layers are drawn again.
      const after = await screenshotPixels(s.page, where as { x: number; y: number }[]);
      after.forEach((px, i) => expect(close(px, before[i]), `round ${round}, probe ${i}: ${px} vs ${before[i]}`).toBe(true));
      // A popup still opens.
      await s.page.locator('#tab-events').click();
      const id = events[round % events.length];
      await s.page.locator(`button.event[data-event-id="${id}"]`).click();
      await s.page.locator(`.borderline-event-popup [data-event-id="${id}"]`).waitFor({ state: 'visible' });
      await s.page.keyboard.press('Escape');
      await s.page.locator('#tab-article').click();
      await s.page.evaluate(() => (window as any).__map.jumpTo({ center: [126.7, 37.8], zoom: 9 }));
      await nextIdle(s.page);
    }
    await s.page.screenshot({ path: join(ARTIFACTS, 'webgl-restored.png') });
  });
});

describe('leaks', () => {
  it('200 popups opened and closed, every layer toggled 20 times: the heap after a forced GC stays within 10 %', async () => {
    const s = await openSession(baseUrl);
    try {
      await gotoIdle(s.page, baseUrl);
      await s.page.emulateMedia({ reducedMotion: 'reduce' });
      const cdp = await s.context.newCDPSession(s.page);
      const heap = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const popups = (n: number) =>
        s.page.evaluate(async (count) => {
          // Effects run in a task; the map draws every tenth time (each software-WebGL frame is slow).
          let k = 0;
          const frame = () => new Promise((r) => (++k % 10 ? setTimeout(r, 0) : requestAnimationFrame(() => r(null))));
          const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.event')];
          for (let i = 0; i < count; i++) {
            buttons[i % buttons.length].click();
            await frame();
            if (!document.querySelector('.borderline-event-popup')) throw new Error(`popup ${i} did not open`);
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
            await frame();
            if (document.querySelector('.borderline-event-popup')) throw new Error(`popup ${i} did not close`);
          }
        }, n);
      const toggles = (n: number) =>
        s.page.evaluate(async (count) => {
          let k = 0;
          const frame = () => new Promise((r) => (++k % 10 ? setTimeout(r, 0) : requestAnimationFrame(() => r(null))));
          const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-layer-id]:not(:disabled)')];
          for (let i = 0; i < count; i++)
            for (const b of boxes) {
              b.click();
              await frame();
              b.click();
              await frame();
            }
          return boxes.length;
        }, n);
      await s.page.locator('#tab-events').click();
      // Warm up: every layer fetched once, every event's popup opened several times, so that what is filled
      // once (fetched layers, caches, code paths) is not counted as growth.
      await s.page.locator('#tab-layers').click();
      await toggles(1);
      await s.page.locator('#tab-events').click();
      await popups(50);
      await nextIdle(s.page);
      const start = await heap();
      const t0 = Date.now();
      await popups(100);
      const t1 = Date.now();
      const half = await heap();
      await popups(100);
      const popped = await heap();
      await s.page.locator('#tab-layers').click();
      const t2 = Date.now();
      const layers = await toggles(20);
      const t3 = Date.now();
      await nextIdle(s.page);
      const end = await heap();
      console.log(`leaks: timings (not asserted): 100 popups ${t1 - t0} ms, 20 toggles of every layer ${t3 - t2} ms`);
      const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
      console.log(
        `leaks: heap after GC ${mb(start)} at start → ${mb(half)} after 100 popups → ${mb(popped)} after 200 → ${mb(end)} after ${layers} layers × 20 toggles (×${(end / start).toFixed(3)})`,
      );
      const ratio = end / start;
      expect(layers).toBeGreaterThan(5);
      expect(ratio).toBeLessThanOrEqual(1.1);
    } finally {
      await s.close();
    }
  }, 300_000);
});
