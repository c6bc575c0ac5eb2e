// Faults stay local in the running app: several broken data files at once, and the page still shows the
// article, the good events, every layer once, and a message for each thing left out — with no page error
// (the shared guard checks that after each test). A missing data file is named, not shown as HTML.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const D = 'public/data/';
const index = JSON.parse(readFileSync(D + 'stories/index.json', 'utf8'));
const SLUG = index[0].slug;
const events = JSON.parse(readFileSync(D + `stories/${SLUG}/events.geojson`, 'utf8'));
const meta = JSON.parse(readFileSync(D + `stories/${SLUG}/story.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(D + 'layers.json', 'utf8'));
const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

describe('faults stay local', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('an event at [999, 999], a LineString event, a repeated id, an unknown precision, a bad time zone, a bad first story and a repeated layer: each is dropped alone', async () => {
    const bad = structuredClone(events);
    // Seven events at least (four broken, the rest kept): copies of the story's own under new ids where it has fewer.
    for (let k = 0; bad.features.length < 7; k++) {
      const copy = structuredClone(events.features[k % events.features.length]);
      copy.properties.id += `-copy-${k}`;
      bad.features.push(copy);
    }
    const ids = bad.features.map((f: any) => f.properties.id);
    bad.features[0].geometry.coordinates = [999, 999];
    bad.features[1].geometry = { type: 'LineString', coordinates: [[126, 37], [127, 38]] };
    bad.features[3].properties.id = ids[2];
    bad.features[4].properties.date_precision = 'fortnight';
    const hidden = [ids[0], ids[1], ids[3], ids[4]];
    const kept = ids.filter((id: string) => !hidden.includes(id));
    s = await openSession(baseUrl);
    await s.context.route(`**/data/stories/${SLUG}/events.geojson`, (r) => r.fulfill(json(bad)));
    await s.context.route(`**/data/stories/${SLUG}/story.json`, (r) => r.fulfill(json({ ...meta, tz: 'Mars/Olympus_Mons' })));
    await s.context.route('**/data/stories/index.json', (r) => r.fulfill(json([{ slug: '../../etc/passwd', title: 'x' }, ...index])));
    await s.context.route('**/data/layers.json', (r) => r.fulfill(json({ ...manifest, layers: [...manifest.layers, manifest.layers[0]] })));
    await gotoIdle(s.page, baseUrl);
    // The article is there, whole, its title too.
    await s.page.locator('#article-title').waitFor();
    expect(await s.page.locator('#article-title').textContent()).toBe(meta.title);
    expect(await s.page.locator('.article .body p').count()).toBeGreaterThan(10);
    // The good events are listed and drawn; the bad ones are not, and are listed as such.
    await s.page.locator('#tab-events').click();
    const listed = await s.page.locator('button.event').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.eventId));
    // (The list runs in time order, which the copies need not follow: compared as sets.)
    expect([...listed].sort()).toEqual([...kept].sort());
    expect((await s.page.evaluate(() => ((window as any).__events as any[]).map((e) => e.id))).sort()).toEqual([...kept].sort());
    const problems = s.page.locator('details.problems');
    await problems.locator('summary').click();
    const text = (await problems.textContent())!;
    expect(text).toMatch(/event 0 \(.*\): geometry\.coordinates\[0\]: is a longitude above 180 \(got 999\); hidden/);
    expect(text).toMatch(/event 1 \(.*\): geometry\.type: .*LineString.*; hidden/);
    expect(text).toMatch(/event 3 \(.*\): the id is used twice; hidden/);
    expect(text).toMatch(/event 4 \(.*\): properties\.date_precision: is not a date precision/);
    expect(text).toMatch(/story\.json: tz: is not a known IANA time zone .*; times are shown in UTC/);
    // The highlighted passages are those of the kept events only.
    const highlighted = await s.page.locator('.article mark[data-passage-of]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.passageOf));
    // (A copy shares its original's passage, and a passage is marked for one event: so each kept passage is marked
    // by a kept event, and no hidden event marks any.)
    expect(highlighted.length).toBeGreaterThan(0);
    for (const id of highlighted) expect(kept).toContain(id);
    for (const id of hidden) expect(highlighted).not.toContain(id);
    const keptQuotes = new Set(bad.features.filter((f: any) => kept.includes(f.properties.id)).map((f: any) => f.properties.quote_start));
    const markedQuotes = new Set(bad.features.filter((f: any) => highlighted.includes(f.properties.id)).map((f: any) => f.properties.quote_start));
    expect(markedQuotes).toEqual(keptQuotes);
    // Every layer is listed once; the repeat and the bad story are reported.
    await s.page.locator('#tab-layers').click();
    expect(await s.page.locator('input[data-layer-id]').count()).toBe(manifest.layers.length);
    const alert = (await s.page.locator('.layers [role="alert"]').textContent())!;
    expect(alert).toMatch(/layers\.json: entry \d+ \(kaesong\): the id is already used by entry 0; left out/);
    expect(alert).toMatch(/stories\/index\.json: story 0 \(\.\.\/\.\.\/etc\/passwd\): slug: is not a story slug/);
    await s.page.screenshot({ path: join(ARTIFACTS, 'faults-local.png') });
  });

  it('a missing article is named as missing (404), not shown as the page\'s HTML', async () => {
    const html = await (await fetch(baseUrl)).text();
    s = await openSession(baseUrl);
    // What the preview server (and many static hosts) answer for a missing file: the app's page, status 200.
    await s.context.route(`**/data/stories/${SLUG}/article.txt`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await gotoIdle(s.page, baseUrl);
    const err = s.page.locator('.story-error');
    await err.waitFor();
    expect(await err.textContent()).toMatch(new RegExp(`stories/${SLUG}/article\\.txt: is missing \\(404\\)`));
    expect(await s.page.locator('.article').count()).toBe(0);
    expect(await s.page.locator('#pane-article').textContent()).not.toMatch(/<!doctype|<html/i);
  });

  it('a missing layer file is named as missing and its toggle disabled; the others draw', async () => {
    s = await openSession(baseUrl);
    s.allow('console', /404/);
    await s.context.route('**/data/layers/nll.geojson', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#tab-layers').click();
    await s.page.locator('.layers [role="alert"]').waitFor();
    expect(await s.page.locator('.layers [role="alert"]').textContent()).toMatch(/layers\/nll\.geojson: is missing \(HTTP 404 Not Found\)/);
    expect(await s.page.locator('input[data-layer-id="nll"]').isDisabled()).toBe(true);
    expect(await s.page.locator('input[data-layer-id]:checked').count()).toBeGreaterThan(3);
  });

  it('well-formed but unknown layer ids in the URL fall back to the defaults', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, `${baseUrl}#layers=no-such-layer,another-one`);
    await s.page.locator('#tab-layers').click();
    const checked = await s.page.locator('input[data-layer-id]:checked').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.layerId));
    expect(checked.sort()).toEqual(manifest.layers.filter((l: any) => l.visible).map((l: any) => l.id).sort());
  });

  it('a 5,000-character word in the article and a 900-character one in the title wrap; an override in the title shows in writing order', async () => {
    const text = readFileSync(D + `stories/${SLUG}/article.txt`, 'utf8');
    // Appended at the end, so that every event's offsets stay valid.
    const long = 'W'.repeat(5000);
    s = await openSession(baseUrl);
    await s.context.route(`**/data/stories/${SLUG}/article.txt`, (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: `${text}\n${long}\n` }));
    await s.context.route(`**/data/stories/${SLUG}/story.json`, (r) => r.fulfill(json({ ...meta, title: `\u202eevil ${'T'.repeat(900)}` })));
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#article-title').waitFor();
    const o = await s.page.evaluate(() => {
      const pane = document.querySelector('#pane-article')!;
      const h1 = document.querySelector('#article-title')!;
      // Where "e" and "l" of "evil" are drawn.
      const node = h1.firstChild!;
      const at = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect().left;
      };
      const t = node.textContent!;
      const e = t.indexOf('evil');
      return { overflow: pane.scrollWidth - pane.clientWidth, page: document.documentElement.scrollWidth - innerWidth, text: t.slice(0, 9), eLeft: at(e), lLeft: at(e + 3) };
    });
    expect(o.overflow).toBeLessThanOrEqual(1);
    expect(o.page).toBeLessThanOrEqual(0);
    expect(o.text).toBe('[RLO]evil');
    expect(o.eLeft).toBeLessThan(o.lLeft);
  });
});
