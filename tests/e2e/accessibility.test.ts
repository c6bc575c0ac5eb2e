// axe-core as a gate: every side-panel tab and every dialog (the map's popups, the data-problems list),
// at desktop and phone sizes, with no WCAG 2.1 A/AA violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { axeViolations, describeViolations, type AxeViolation } from './axe';

const baseUrl = inject('baseUrl');
const SIZES = [
  { name: '1280x800', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: '390x844', viewport: { width: 390, height: 844 }, isMobile: true },
];

for (const size of SIZES) {
  describe(`accessibility at ${size.name} (axe-core, WCAG 2.1 A and AA)`, () => {
    let s: Session;
    const report: Record<string, AxeViolation[]> = {};
    const check = async (name: string) => {
      const v = await axeViolations(s.page);
      report[name] = v;
      expect(describeViolations(v), name).toEqual([]);
    };
    beforeAll(async () => {
      s = await openSession(baseUrl, { viewport: size.viewport, isMobile: size.isMobile });
      await gotoIdle(s.page, baseUrl);
      await s.page.locator('#article-title').waitFor();
      await nextIdle(s.page);
    });
    afterAll(async () => {
      writeFileSync(join(ARTIFACTS, `axe-${size.name}.json`), JSON.stringify(report, null, 2));
      await s?.close();
    });

    it('the Article tab', async () => {
      await s.page.locator('#tab-article').click();
      await check('article');
    });

    it('the Events tab, an event selected, and the unplaced events opened', async () => {
      await s.page.locator('#tab-events').click();
      await s.page.locator('button.event').first().click();
      await s.page.locator('.borderline-event-popup').waitFor({ state: 'visible' });
      const unlocated = s.page.locator('details.unlocated');
      if (await unlocated.count()) await unlocated.locator('summary').click();
      await check('events');
    });

    it('the event popup', async () => {
      await s.page.locator('.borderline-event-popup').waitFor({ state: 'visible' });
      await check('event popup');
      await s.page.keyboard.press('Escape');
      await s.page.locator('.borderline-event-popup').waitFor({ state: 'detached' });
    });

    it('the Layers tab with a layer described', async () => {
      await s.page.locator('#tab-layers').click();
      await s.page.locator('.layers details summary').first().click();
      await check('layers');
    });

    it('the cluster popup (events at one place)', async () => {
      // The seed has several events at the liaison office: they share a cluster at any zoom.
      const at = await s.page.evaluate(async () => {
        const map = (window as any).__map;
        const src = await map.getSource('events').getData();
        const key = (f: any) => f.geometry.coordinates.join(',');
        const counts = new Map<string, number>();
        for (const f of src.features) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
        const c = src.features.find((f: any) => counts.get(key(f))! > 1).geometry.coordinates;
        map.jumpTo({ center: c, zoom: 12 });
        return c;
      });
      await nextIdle(s.page);
      const p = await s.page.evaluate((c) => {
        const map = (window as any).__map;
        const r = map.getCanvas().getBoundingClientRect();
        const q = map.project(c);
        return { x: r.left + q.x, y: r.top + q.y };
      }, at);
      await s.page.mouse.click(p.x, p.y);
      await s.page.locator('.borderline-cluster-popup').waitFor({ state: 'visible' });
      await check('cluster popup');
      await s.page.keyboard.press('Escape');
    });

    it('the feature popup of a layer', async () => {
      // Close the cluster list (on a phone its close button can sit under the map's edge).
      await s.page.evaluate(() => document.querySelector<HTMLButtonElement>('.borderline-cluster-popup .maplibregl-popup-close-button')?.click());
      // The middle of a leaflet-launch area (a layer shown at start), away from the event markers.
      const hit = await s.page.evaluate(async () => {
        const map = (window as any).__map;
        const fc = await map.getSource('overlay-leaflet-launch').getData();
        const ring = fc.features.find((f: any) => f.properties.id === 'launch-gimpo-wolgot').geometry.coordinates[0];
        const c = [0, 1].map((k) => ring.reduce((a: number, p: number[]) => a + p[k], 0) / ring.length);
        map.jumpTo({ center: c, zoom: 11 });
        return c;
      });
      await nextIdle(s.page);
      // A point of the area that no event marker covers: part way from its middle towards each vertex.
      const p = await s.page.evaluate((c) => {
        const map = (window as any).__map;
        const r = map.getCanvas().getBoundingClientRect();
        const mid = map.project(c);
        const markers = ['events-point', 'events-cluster', 'events-number'].filter((l) => map.getLayer(l));
        for (const f of [0.5, 0.7, 0.3])
          for (let a = 0; a < 360; a += 30) {
            const q = { x: mid.x + Math.cos((a * Math.PI) / 180) * 60 * f * 2, y: mid.y + Math.sin((a * Math.PI) / 180) * 60 * f * 2 };
            const box = [[q.x - 20, q.y - 20], [q.x + 20, q.y + 20]];
            if (!map.queryRenderedFeatures(box, { layers: markers }).length && map.queryRenderedFeatures([q.x, q.y], { layers: ['overlay-leaflet-launch-fill'] }).length)
              return { x: r.left + q.x, y: r.top + q.y };
          }
        return null;
      }, hit);
      expect(p, 'a point of the launch area clear of markers').not.toBeNull();
      await s.page.mouse.click(p!.x, p!.y);
      await s.page.locator('.borderline-feature-popup').waitFor({ state: 'visible' });
      await check('feature popup');
    });
  });
}
