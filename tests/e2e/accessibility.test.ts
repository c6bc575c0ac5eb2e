// axe-core as a gate: every side-panel tab and every dialog (the map's popups, the data-problems list, and
// the any-article dialogs and panels below), at desktop and phone sizes, with no WCAG 2.1 A/AA violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { axeViolations, describeViolations, type AxeViolation } from './axe';
import { openSwitcher, putRecords, putStories } from './stored-helpers';
import { storedStory } from '../fixtures/stored/stories';

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

// The dialogs and panels of the any-article work (issue 10), with a reader's story that has events without a
// place, names the gazetteer lacks, a fix and a removed event: the new-story form (with a message), the story
// switcher (with a rename form and a skipped record), the review panel, the place editor (search hits, a
// candidate, its marker on the map), the export panel (a built-in story's embed snippet and a reader's story),
// and the embed page.
for (const size of SIZES) {
  describe(`accessibility of the any-article dialogs and panels at ${size.name}`, () => {
    let s: Session;
    const report: Record<string, AxeViolation[]> = {};
    const check = async (name: string, include?: string) => {
      const v = await axeViolations(s.page, include);
      report[name] = v;
      expect(describeViolations(v), name).toEqual([]);
    };
    const story = storedStory('mine-axe000001', 4, 2, 'A reader’s story for the accessibility check');
    story.unresolved = [{ name: 'Border post', count: 2, start: story.text.indexOf('border post'), end: story.text.indexOf('border post') + 11 }];
    story.fixes = [
      { action: 'place', event: story.events.unlocated[0].id, coord: [126.7, 37.9], place: 'Kaesong', place_id: 'kaesong', place_kind: 'point', at: '2026-01-02T00:00:00Z' },
      { action: 'remove', event: story.events.features[3].properties.id, at: '2026-01-02T00:00:00Z' },
    ];
    beforeAll(async () => {
      s = await openSession(baseUrl, { viewport: size.viewport, isMobile: size.isMobile });
      await gotoIdle(s.page, baseUrl);
      await s.page.emulateMedia({ reducedMotion: 'reduce' });
      await putStories(s.page, [story]);
      await putRecords(s.page, [{ key: 'summary:mine-broken00001', value: { id: 'mine-broken00001' } }]);
    });
    afterAll(async () => {
      writeFileSync(join(ARTIFACTS, `axe-any-article-${size.name}.json`), JSON.stringify(report, null, 2));
      await s?.close();
    });

    it('the new-story dialog, with a message', async () => {
      await s.page.locator('button.new').click();
      await s.page.locator('#article-text').fill('Too short.');
      await s.page.locator('.new-story button[type="submit"]').click();
      await s.page.locator('.new-story [role="alert"]').waitFor();
      await check('new story');
      await s.page.screenshot({ path: join(ARTIFACTS, `axe-new-story-${size.name}.png`) });
      await s.page.keyboard.press('Escape');
      await s.page.locator('dialog[open]').waitFor({ state: 'detached' });
    });

    it('the story switcher, with a skipped record and a rename form open', async () => {
      await openSwitcher(s.page);
      await s.page.locator('dialog[open] .skipped').waitFor();
      await check('switcher');
      await s.page.locator(`dialog[open] li[data-mine="${story.id}"]`).getByRole('button', { name: 'Rename' }).click();
      await check('switcher, renaming');
      await s.page.screenshot({ path: join(ARTIFACTS, `axe-switcher-${size.name}.png`) });
      await s.page.locator(`dialog[open] li[data-mine="${story.id}"]`).getByRole('button', { name: 'Cancel' }).click();
      await s.page.locator(`dialog[open] button.open[data-story="${story.id}"]`).click();
      await s.page.waitForFunction((id) => (window as any).__story === id, story.id);
    });

    it('the review panel of a reader’s story', async () => {
      await s.page.locator('#tab-review').click();
      await s.page.locator('.fixes li').first().waitFor();
      await check('review');
    });

    it('the place editor: search hits, a candidate, its marker on the map', async () => {
      await s.page.locator('[data-unlocated-id]').first().getByRole('button', { name: /^Place event/ }).click();
      await s.page.locator('#place-search').fill('Gaeseong');
      await s.page.locator('.hits button').first().click();
      await s.page.locator('.place-editor-marker').waitFor();
      await check('place editor');
      await s.page.screenshot({ path: join(ARTIFACTS, `axe-place-editor-${size.name}.png`) });
      await s.page.getByRole('button', { name: 'Cancel' }).click();
    });

    it('the export panel, of a reader’s story and of a built-in story (embed snippet)', async () => {
      await s.page.locator('#tab-share').click();
      await s.page.locator('button[data-export="csv"]').waitFor();
      await check('export, reader');
      await openSwitcher(s.page);
      await s.page.locator('dialog[open] [aria-label="Built-in stories"] button.open').nth(1).click();
      await s.page.locator('dialog[open]').waitFor({ state: 'detached' });
      await s.page.locator('#tab-share').click();
      await s.page.locator('#embed-code').waitFor();
      await check('export, built-in');
    });

    it('the embed page, with a popup open', async () => {
      await gotoIdle(s.page, `${baseUrl}embed.html#story=2010-11-23-yeonpyeong-shelling&map=10/37.66/125.7`);
      await nextIdle(s.page);
      await check('embed');
      const m = await s.page.evaluate(() => {
        const map = (window as any).__map;
        const r = map.getCanvas().getBoundingClientRect();
        const f = map.queryRenderedFeatures({ layers: ['events-point', 'events-cluster'] })[0];
        const p = map.project(f.geometry.coordinates);
        return { x: r.left + p.x, y: r.top + p.y };
      });
      await s.page.mouse.click(m.x, m.y);
      await s.page.locator('.maplibregl-popup').waitFor({ state: 'visible' });
      await check('embed, popup');
      await s.page.screenshot({ path: join(ARTIFACTS, `axe-embed-${size.name}.png`) });
    });
  });
}
