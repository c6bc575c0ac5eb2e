// Hostile payloads (tests/fixtures/hostile/payloads.json: attribute breakouts, javascript: and data: URLs,
// SVG and MathML, entity tricks, </textarea>, bidi overrides, zero-width and combining characters, a 10 KB
// word, control characters) through every path that shows untrusted text today: the article, its title and
// outlet, the page title, event places (gazetteer names) and dates and actors, the layer names, descriptions
// and attributions of layers.json, a layer file's feature names, sources and launches, and the URL.
// The page's CSP is bypassed here, so that a payload that became markup would run: a tripwire (window.__trip,
// alert, confirm, prompt) records any call, and a control proves it fires. Every payload must show literally.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { pageTitle, show } from '../../src/text/display';
import { bounded, byKind, hostileStory, payloads, smuggled as smuggledIn, tripped as trippedIn, TRIPWIRE } from './hostile';

const tripped = (s: Session) => trippedIn(s.page);
const smuggled = (s: Session) => smuggledIn(s.page);

const baseUrl = inject('baseUrl');
const SLUG = 'hostile-story';

// ---- the hostile story (tests/e2e/hostile.ts: a payload in every untrusted field) ---------------------------
const { meta, text, lines, events } = hostileStory(SLUG);
const { title, outlet } = meta;
const short = payloads.filter((p) => p.text.length <= 300);

async function routeHostileData(s: Session) {
  const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  await s.context.route('**/data/stories/index.json', (r) => r.fulfill(json([{ slug: SLUG, title, outlet, published: '2020-06-16' }])));
  await s.context.route(`**/data/stories/${SLUG}/story.json`, (r) => r.fulfill(json(meta)));
  await s.context.route(`**/data/stories/${SLUG}/article.txt`, (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }));
  await s.context.route(`**/data/stories/${SLUG}/events.geojson`, (r) => r.fulfill(json(events)));
  const manifest = JSON.parse(readFileSync('public/data/layers.json', 'utf8'));
  manifest.layers.forEach((e: any, i: number) => {
    e.title = short[i % short.length].text;
    e.description = bounded(payloads[(i + 3) % payloads.length].text, 5000);
    e.attribution = bounded(payloads[(i + 7) % payloads.length].text, 2000);
  });
  await s.context.route('**/data/layers.json', (r) => r.fulfill(json(manifest)));
  const launch = JSON.parse(readFileSync('public/data/layers/leaflet-launch.geojson', 'utf8'));
  launch.features.forEach((f: any, i: number) => {
    f.properties.name = bounded(payloads[i].text, 500);
    f.properties.name_ko = bounded(byKind('MathML xlink:href'), 500);
    f.properties.description = bounded(byKind('iframe srcdoc'), 5000);
    f.properties.source = i === 0 ? byKind('javascript: URL') : byKind('tag breakout');
    f.properties.launches = [{ date: '2020-06-01', group: byKind('svg onload'), sent: byKind('SVG script'), source: byKind('data: URL with a script') }];
  });
  await s.context.route('**/data/layers/leaflet-launch.geojson', (r) => r.fulfill(json(launch)));
  return { manifest, launch };
}

describe('hostile text on every path (CSP bypassed, tripwire on)', () => {
  let s: Session;
  let launchNames: string[];
  beforeAll(async () => {
    s = await openSession(baseUrl, { bypassCSP: true });
    await s.context.addInitScript(TRIPWIRE);
    launchNames = (await routeHostileData(s)).launch.features.map((f: any) => f.properties.name);
    // No flight animation between the 40 popups.
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoIdle(s.page, `${baseUrl}#map=9/37.85/126.7`);
    await s.page.locator('#article-title').waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`has at least 30 payloads (${payloads.length})`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it('shows the article, its title and outlet, and the page title literally', async () => {
    expect(await s.page.locator('#article-title').textContent()).toBe(show(title));
    expect(await s.page.locator('.byline bdi').first().textContent()).toBe(show(outlet));
    expect(await s.page.title()).toBe(pageTitle(title));
    const article = (await s.page.locator('.article .body').textContent())!;
    for (const p of payloads) expect(article.includes(show(p.text)), p.kind).toBe(true);
    // The override shows as a mark, in writing order: "[RLO]evil", never "live".
    expect(article).toContain('[RLO]evil');
  });

  it('shows every event popup literally: place, Hangul place, date text, actors, quote', async () => {
    await s.page.locator('#tab-events').click();
    const buttons = s.page.locator('button.event');
    expect(await buttons.count()).toBe(payloads.length);
    for (let i = 0; i < payloads.length; i++) {
      const p = payloads[i];
      await buttons.nth(i).click();
      const popup = s.page.locator(`.borderline-event-popup [data-event-id="hostile-${p.id}"]`);
      await popup.waitFor({ state: 'visible' });
      const t = (await popup.textContent())!;
      expect(t.includes(show(bounded(p.text, 500))), `${p.kind} in the popup`).toBe(true);
      expect((await popup.locator('blockquote').textContent())!).toBe(show(lines[i + 1]));
      expect((await buttons.nth(i).textContent())!.includes(show(bounded(p.text, 500))), `${p.kind} in the list`).toBe(true);
    }
    await s.page.keyboard.press('Escape');
  });

  it('shows the layer names, descriptions and attributions literally', async () => {
    await s.page.locator('#tab-layers').click();
    const titles = await s.page.locator('.layers label .title bdi').allTextContents();
    for (const p of short.slice(0, titles.length)) expect(titles).toContain(show(p.text));
    for (const d of await s.page.locator('.layers details').all()) await d.locator('summary').click();
    const panel = (await s.page.locator('.layers').textContent())!;
    expect(panel).toContain(show(bounded(payloads[3].text, 5000)));
  });

  it('shows a layer feature popup (names, source, launches) literally, and a javascript: source is not a link', async () => {
    const p = await s.page.evaluate(async () => {
      const map = (window as any).__map;
      const fc = await map.getSource('overlay-leaflet-launch').getData();
      const ring = fc.features[0].geometry.coordinates[0];
      const c = [0, 1].map((k) => ring.reduce((a: number, q: number[]) => a + q[k], 0) / ring.length);
      map.jumpTo({ center: c, zoom: 11 });
      return c;
    });
    await nextIdle(s.page);
    const at = await s.page.evaluate((c) => {
      const map = (window as any).__map;
      const r = map.getCanvas().getBoundingClientRect();
      const mid = map.project(c);
      const markers = ['events-point', 'events-cluster', 'events-number'].filter((l) => map.getLayer(l));
      for (let a = 0; a < 360; a += 20)
        for (const d of [40, 70, 25]) {
          const q = { x: mid.x + Math.cos((a * Math.PI) / 180) * d, y: mid.y + Math.sin((a * Math.PI) / 180) * d };
          if (!map.queryRenderedFeatures([[q.x - 18, q.y - 18], [q.x + 18, q.y + 18]], { layers: markers }).length && map.queryRenderedFeatures([q.x, q.y], { layers: ['overlay-leaflet-launch-fill'] }).length)
            return { x: r.left + q.x, y: r.top + q.y };
        }
      return null;
    }, p);
    expect(at).not.toBeNull();
    await s.page.mouse.click(at!.x, at!.y);
    const popup = s.page.locator('.borderline-feature-popup');
    await popup.waitFor({ state: 'visible' });
    const t = (await popup.textContent())!;
    expect(t).toContain(show(launchNames[0]));
    expect(t).toContain(show(byKind('javascript: URL')));
    expect(t).toContain(show(byKind('svg onload')));
    expect(await popup.locator('a').count()).toBe(0);
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-feature-popup.png') });
  });

  it('keeps the layout: no page-wide or pane-wide horizontal overflow from the 10 KB word; the map keeps its room', async () => {
    await s.page.locator('#tab-article').click();
    // 40 events within one hour: the timeline stacks at most a few lanes instead of covering the map.
    expect((await s.page.locator('.maplibregl-canvas').boundingBox())!.height).toBeGreaterThan(400);
    const o = await s.page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      pane: [...document.querySelectorAll('.pane')].map((p) => p.scrollWidth - p.clientWidth),
    }));
    expect(o.page).toBeLessThanOrEqual(0);
    for (const w of o.pane) expect(w).toBeLessThanOrEqual(1);
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-article.png') });
  });

  it('ran nothing and inserted no element or attribute from any payload', async () => {
    expect(await tripped(s)).toEqual([]);
    expect(await smuggled(s)).toEqual([]);
  });

  it('the tripwire and the element check do fire when markup is inserted (control)', async () => {
    s.allow('console', /ERR_UNKNOWN_URL_SCHEME/);
    await s.page.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<img src="data:," onerror="__trip(\'control\')"><img src="x:" onerror="__trip(\'control\')">';
      document.querySelector('#app')!.append(d);
    });
    await expect.poll(() => tripped(s)).toContain('control');
    expect((await smuggled(s)).length).toBeGreaterThan(0);
  });
});

// Payloads in the URL: tests/e2e/url-fuzz.test.ts (50 random and hostile hashes through the app, tripwire on).
