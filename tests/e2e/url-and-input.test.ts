import { afterEach, describe, expect, inject, it } from 'vitest';
import { gotoIdle, nextIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

async function storyEvents(): Promise<{ slug: string; ids: string[] }> {
  const index = await (await fetch(`${baseUrl}data/stories/index.json`)).json();
  const slug = (Array.isArray(index) ? index : index.stories)[0].slug;
  const fc = await (await fetch(`${baseUrl}data/stories/${slug}/events.geojson`)).json();
  return { slug, ids: fc.features.map((f: any) => f.properties.id) };
}

describe('state in the URL and bad input', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('restores view, layers, selected event and time range from the URL', async () => {
    const { ids } = await storyEvents();
    const ev = ids[1];
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#map=9.5/37.95/126.65&layers=dmz,mdl&event=${ev}&from=2020-06-01&to=2020-06-16`);
    await s.page.locator(`.borderline-event-popup [data-event-id="${ev}"]`).waitFor({ state: 'visible' });
    const view = await s.page.evaluate(() => {
      const m = (window as any).__map;
      return { zoom: m.getZoom(), center: m.getCenter().toArray() };
    });
    expect(view.zoom).toBeCloseTo(9.5, 1);
    expect(view.center[0]).toBeCloseTo(126.65, 2);
    expect(view.center[1]).toBeCloseTo(37.95, 2);
    await s.page.locator('#tab-layers').click();
    const checked = await s.page.locator('input[data-layer-id]').evaluateAll((els) =>
      (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.dataset.layerId),
    );
    expect(checked.sort()).toEqual(['dmz', 'mdl']);
    expect(await s.page.locator('input[data-range="from"]').getAttribute('aria-valuetext')).toBe('1 Jun 2020');
    // Events before June 2020 are outside the range: listed as such, not drawn.
    await s.page.locator('#tab-events').click();
    expect(await s.page.locator('li.outside').count()).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('writes the state back into the URL as the reader changes it', async () => {
    const { ids } = await storyEvents();
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#tab-events').click();
    await s.page.locator(`button.event[data-event-id="${ids[0]}"]`).click();
    await s.page.waitForFunction((id) => location.hash.includes(`event=${id}`), ids[0]);
    await s.page.locator('#tab-layers').click();
    await s.page.locator('input[data-layer-id="dmz"]').setChecked(false);
    await s.page.waitForFunction(() => /layers=/.test(location.hash) && !/layers=([^&]*,)?dmz(,|&|$)/.test(location.hash));
  });

  it('falls back to defaults on garbage in the URL, without an error', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#map=NaN/%3Cscript%3E/9e99&layers=%3Cimg%20src=x%20onerror=alert(1)%3E&event=../../x&from=2020-99-99&story=%00`);
    await nextIdle(s.page);
    const zoom = await s.page.evaluate(() => (window as any).__map.getZoom());
    expect(zoom).toBeGreaterThan(5);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    expect(await s.page.locator('.borderline-event-popup').count()).toBe(0);
    await s.page.locator('#tab-layers').click();
    expect(await s.page.locator('input[data-layer-id]:checked').count()).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('reports a malformed layer file by name and still draws the others', async () => {
    s = await openSession(baseUrl);
    await s.context.route('**/data/layers/dmz.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Polygon","coordinates":[["a"]]}}]}' }));
    await s.context.route('**/data/layers/mdl.geojson', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{not json' }));
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#tab-layers').click();
    const alert = s.page.locator('.layers [role="alert"]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toMatch(/layers\/dmz\.geojson: feature 0 \(x\): geometry\.coordinates\[0\]\[0\]: is not a \[lon, lat\] position/);
    expect(text).toMatch(/layers\/mdl\.geojson: is not valid JSON/);
    // The broken layers stay listed with their toggles disabled; the others still draw.
    expect(await s.page.locator('input[data-layer-id="dmz"]').isDisabled()).toBe(true);
    expect(await s.page.locator('input[data-layer-id="mdl"]').isDisabled()).toBe(true);
    expect(await s.page.locator('input[data-layer-id]:checked').count()).toBeGreaterThan(3);
    await s.page.waitForFunction(() => !!(window as any).__map.getLayer('overlay-leaflet-launch-fill'));
    await nextIdle(s.page);
    const drawn = await s.page.evaluate(() => (window as any).__map.queryRenderedFeatures({ layers: ['overlay-leaflet-launch-fill'] }).length);
    expect(drawn).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('renders hostile markup in the article as text', async () => {
    const { slug } = await storyEvents();
    const original = await (await fetch(`${baseUrl}data/stories/${slug}/article.txt`)).text();
    // Same length as the line it replaces, so that every event's offsets stay valid.
    const line = '5 months ago 25';
    const hostile = '<img src=x.png>';
    expect(hostile.length).toBe(line.length);
    const meta = await (await fetch(`${baseUrl}data/stories/${slug}/story.json`)).json();
    s = await openSession(baseUrl);
    await s.context.route(`**/data/stories/${slug}/article.txt`, (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: original.replace(line, hostile) }));
    await s.context.route(`**/data/stories/${slug}/story.json`, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...meta, title: '<script>window.__pwned=1</script>Title' }) }),
    );
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#article-title').waitFor();
    expect(await s.page.locator('#article-title').textContent()).toBe('<script>window.__pwned=1</script>Title');
    expect(await s.page.locator('.article img').count()).toBe(0);
    expect(await s.page.locator('.article').textContent()).toContain(hostile);
    expect(await s.page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    // Events still quote the article: offsets were unchanged.
    expect(await s.page.locator('.article [data-passage-of]').count()).toBeGreaterThan(5);
    expect(s.pageErrors).toEqual([]);
  });
});
