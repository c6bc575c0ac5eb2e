// The hostile fixture (tests/e2e/hostile.ts) through every path the any-article work added: text pasted into
// the new-story form with a hostile title and outlet typed in, a dropped .txt file, a dropped .html page (its
// escaped payloads must show as text, its markup must vanish, its metadata stays literal), a story stored in
// the browser with hostile fields, reader fixes and hints, the exports (CSV cells never start a formula;
// GeoJSON re-imports literally), gazetteer names in the place picker, the embed page, and the page title.
// The CSP is bypassed, so that a payload that became markup would run; the tripwire records any call and a
// control proves that it and the element check fire.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { pageTitle, show } from '../../src/text/display';
import { bounded, byKind, formulas, hostileStory, payloads, smuggled, TRIPWIRE, tripped } from './hostile';
import { dropFile, fillNewStory, waitForReaderStory } from './new-story-helpers';
import { openSwitcher, putStories } from './stored-helpers';
import type { StoredStory } from '../../src/library/stored-story';
import { parseCsv } from '../helpers/parse-csv';

const baseUrl = inject('baseUrl');
const TITLE = `${byKind('title breakout')} ${byKind('right-to-left override')} ${byKind('attribute breakout (double quote)')}`;
const OUTLET = byKind('img onerror');
/** The title as the form keeps it: spaces collapsed, trimmed, at most 300 characters. */
const formTitle = (t: string) => t.replace(/\s+/g, ' ').trim().slice(0, 300);
/** An article the pipeline finds events in, one payload per paragraph. */
const article = ['Hostile payloads pasted into Borderline', ...payloads.map((p, i) => `On 16 June 2020 North Korea blew up the liaison office in Kaesong, report ${i + 1} said: ${p.text} (end of report ${i + 1}).`)].join('\n\n') + '\n';

async function hostileSession(): Promise<Session> {
  const s = await openSession(baseUrl, { bypassCSP: true });
  await s.context.addInitScript(TRIPWIRE);
  await s.page.emulateMedia({ reducedMotion: 'reduce' });
  return s;
}
/** Nothing ran, nothing became an element or attribute. */
async function clean(page: Page, where: string) {
  expect(await tripped(page), `${where}: tripwire`).toEqual([]);
  expect((await smuggled(page)).join('\n'), `${where}: elements from payloads`).toBe('');
}
/** Every payload shows literally in the article (bidi controls as marks, show()). */
async function articleShowsAll(page: Page, list = payloads) {
  const body = (await page.locator('.article .body').textContent())!;
  for (const p of list) expect(body.includes(show(p.text)), p.kind).toBe(true);
}
/** Opens each listed event's popup: its quote is shown as it is in the text. */
async function popupsLiteral(page: Page, max = 12) {
  await page.locator('#tab-events').click();
  const events = await page.evaluate(() => (window as any).__events as { id: string; quote: string; place: string }[]);
  for (const e of events.slice(0, max)) {
    await page.locator(`button.event[data-event-id="${e.id}"]`).click();
    const popup = page.locator(`.borderline-event-popup [data-event-id="${e.id}"]`);
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('blockquote').textContent()).toBe(show(e.quote));
    expect((await popup.textContent())!.includes(show(e.place))).toBe(true);
  }
  await page.keyboard.press('Escape');
  return events;
}

describe('hostile text on the any-article paths (CSP bypassed, tripwire on)', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it(`has the payloads (${payloads.length}) and the formulas (${formulas.length})`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
    expect(formulas.map((f) => f.text[0])).toEqual(expect.arrayContaining(['=', '+', '-', '@', '\t', '\r']));
  });

  it('pasted text, with a hostile title and outlet typed in the form: shown literally, the page title too', async () => {
    s = await hostileSession();
    await gotoIdle(s.page, baseUrl);
    await fillNewStory(s.page, article, { published: '2020-06-16', tz: 'Asia/Seoul', title: TITLE });
    await s.page.locator('input[name="outlet"]').fill(OUTLET);
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-new-story-form.png') });
    await clean(s.page, 'the form');
    await s.page.locator('.new-story button[type="submit"]').click();
    const id = await waitForReaderStory(s.page);
    const title = formTitle(TITLE);
    expect(await s.page.locator('#article-title').textContent()).toBe(show(title));
    expect(await s.page.locator('.byline bdi').first().textContent()).toBe(show(OUTLET));
    expect(await s.page.title()).toBe(pageTitle(title));
    expect(await s.page.locator('button.switch .title').textContent()).toBe(show(title));
    await articleShowsAll(s.page);
    expect((await s.page.locator('.article .body').textContent())!).toContain('[RLO]evil');
    expect((await popupsLiteral(s.page)).length).toBeGreaterThan(0);
    await openSwitcher(s.page);
    expect(await s.page.locator(`dialog[open] li[data-mine="${id}"] .title`).textContent()).toBe(show(title));
    expect(await s.page.locator(`dialog[open] li[data-mine="${id}"] .meta bdi`).textContent()).toBe(show(OUTLET));
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-switcher.png') });
    await clean(s.page, 'pasted story');
  });

  it('a dropped .txt file: its hostile name and text shown as text; with a NUL byte refused as binary, without it mapped', async () => {
    s = await hostileSession();
    await gotoIdle(s.page, baseUrl);
    const name = `${byKind('tag breakout')}.txt`;
    const txt = `${TITLE}\n\n${article}`;
    // The fixture's control-character payload holds a NUL: such a file is binary to Borderline, and says so.
    await dropFile(s.page, 'body', { name, type: 'text/plain', body: txt });
    const alert = s.page.locator('.new-story [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(show(`${name} is not text: it holds binary data (an image, a PDF or a word-processor file?). Open a .txt or .html file, or paste the article's text.`));
    await clean(s.page, 'a binary .txt refused');
    const printable = txt.replace(/\x00/g, '');
    await dropFile(s.page, '.new-story', { name, type: 'text/plain', body: printable });
    await s.page.waitForFunction(() => ((document.querySelector('#article-text') as HTMLTextAreaElement | null)?.value ?? '').length > 1000);
    expect(await s.page.locator('#article-text').inputValue()).toBe(printable);
    // The file's name, quoted in the note, is text.
    expect(await s.page.locator('.new-story .note').textContent()).toContain(show(name));
    await clean(s.page, 'the form with a .txt');
    await s.page.locator('.new-story button[type="submit"]').click();
    await waitForReaderStory(s.page);
    await articleShowsAll(s.page, payloads.map((p) => ({ ...p, text: p.text.replace(/\x00/g, '') })));
    expect(await s.page.title()).toBe(pageTitle(formTitle(TITLE)));
    await clean(s.page, '.txt story');
  });

  it('a dropped .html page: escaped payloads stay text, its markup runs nowhere, its metadata is literal', async () => {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    // HTML collapses whitespace and replaces NUL: the payloads made of plain characters.
    const printable = payloads.filter((p) => !/[\x00-\x1f\u200b-\u200d\u2060\ufeff]/.test(p.text) && p.text.length < 1000);
    const html = `<!doctype html><html><head><title>${esc(TITLE)}</title>
<meta property="og:title" content="${esc(TITLE)}">
<meta property="og:site_name" content="${esc(OUTLET)}">
<meta property="article:published_time" content="2020-06-16T18:00:00+09:00">
<meta property="og:url" content="javascript:__trip('og:url')">
<script>__trip('head script')</script><base href="javascript:__trip('base')//">
</head><body onload="__trip('onload')"><article><h1>${esc(TITLE)}</h1>
${printable.map((p, i) => `<p>On 16 June 2020 North Korea blew up the liaison office in Kaesong, report ${i + 1} said: ${esc(p.text)} (end).</p>`).join('\n')}
</article>
<!-- Every payload as markup too, after the article (an unclosed <style> or <table> swallows what follows);
     without NUL bytes, which make a file binary to Borderline (tested with the .txt). -->
${payloads.map((p) => `<div>${p.text.replace(/\x00/g, '')}</div>`).join('\n')}
</body></html>`;
    s = await hostileSession();
    await gotoIdle(s.page, baseUrl);
    await dropFile(s.page, 'body', { name: 'page.html', type: 'text/html', body: html });
    await s.page.waitForFunction(() => ((document.querySelector('#article-text') as HTMLTextAreaElement | null)?.value ?? '').length > 1000);
    const text = await s.page.locator('#article-text').inputValue();
    for (const p of printable) expect(text.includes(p.text), p.kind).toBe(true);
    expect(await s.page.locator('input[name="title"]').inputValue()).toBe(TITLE);
    expect(await s.page.locator('input[name="outlet"]').inputValue()).toBe(OUTLET);
    expect(await s.page.locator('input[name="url"]').inputValue()).toBe('');
    await clean(s.page, 'the form with an .html page');
    await s.page.locator('.new-story button[type="submit"]').click();
    await waitForReaderStory(s.page);
    await articleShowsAll(s.page, printable);
    expect(await s.page.locator('#article-title').textContent()).toBe(show(formTitle(TITLE)));
    await clean(s.page, '.html story');
  });

  // (A long walk through every view of a stored story: 31–45 s here; its own limit keeps a loaded machine from failing it.)
  it('a stored story with hostile fields, reader fixes and hints: the switcher, the article, the popups, the review and the page title', async () => {
    const h = hostileStory('mine-hostile001', formulas);
    const fixed = h.events.features.slice(0, 3).map((f) => f.properties.id);
    const story: StoredStory = {
      version: 1,
      id: 'mine-hostile001',
      meta: h.meta,
      text: h.text,
      events: h.events,
      fixes: fixed.map((event, k) => ({
        action: 'place' as const,
        event,
        coord: [126.9 + k * 0.05, 37.6] as [number, number],
        place: bounded([byKind('svg onload'), formulas[0].text, byKind('right-to-left override')][k], 500),
        place_ko: byKind('script tag'),
        place_id: `reader:${k}`,
        place_kind: 'point' as const,
        at: '2026-01-02T00:00:00Z',
      })),
      unresolved: payloads.slice(0, 4).map((p, i) => {
        const start = h.starts[i + 1] + 'Paragraph 1 quotes this: '.length + (i >= 9 ? 1 : 0);
        return { name: bounded(p.text, 300), count: 1, start, end: start + p.text.length };
      }),
      origin: 'paste',
      created: '2026-01-01T00:00:00Z',
      updated: '2026-01-01T00:00:00Z',
    };
    s = await hostileSession();
    await gotoIdle(s.page, baseUrl);
    await putStories(s.page, [story]);
    await s.page.reload();
    await s.page.locator('#article-title').waitFor();
    await openSwitcher(s.page);
    expect(await s.page.locator('dialog[open] li[data-mine="mine-hostile001"] .title').textContent()).toBe(show(h.meta.title));
    await s.page.locator('dialog[open] button.open[data-story="mine-hostile001"]').click();
    await s.page.locator('#article-title').waitFor();
    await s.page.waitForFunction(() => (window as any).__story === 'mine-hostile001');
    expect(await s.page.locator('#article-title').textContent()).toBe(show(h.meta.title));
    expect(await s.page.title()).toBe(pageTitle(h.meta.title));
    await articleShowsAll(s.page, [...payloads, ...formulas.filter((f) => !/^[\t\r]/.test(f.text))]);
    const shown = await popupsLiteral(s.page, 50);
    expect(shown).toHaveLength(h.events.features.length);
    // The reader's fixes: marked in the popup, listed in the review, every name literal.
    await s.page.locator(`button.event[data-event-id="${fixed[0]}"]`).click();
    const popup = s.page.locator('.borderline-event-popup');
    await popup.locator('.by-reader').waitFor();
    expect(await popup.textContent()).toContain(show(byKind('svg onload')));
    await s.page.keyboard.press('Escape');
    await s.page.locator('#tab-review').click();
    await s.page.locator('.fixes li').first().waitFor();
    const fixes = (await s.page.locator('.fixes').textContent())!;
    expect(fixes).toContain(show(byKind('svg onload')));
    expect(fixes).toContain(formulas[0].text);
    expect(fixes).toContain('[RLO]evil');
    const names = await s.page.locator('.names .name').allTextContents();
    expect(names).toEqual(story.unresolved!.map((u) => show(u.name)));
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-review.png') });
    await clean(s.page, 'stored story');

    // Exports: no CSV cell starts a formula; every formula is kept after an apostrophe.
    await s.page.locator('#tab-share').click();
    const [csvDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('button[data-export="csv"]').click()]);
    const csv = readFileSync(await csvDl.path(), 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(csv);
    const header = rows[0];
    const cells = rows.slice(1).flat();
    const formulaCells = cells.filter((c) => /^[=+\-@\t\r\uFF1D]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
    expect(formulaCells).toEqual([]);
    const place = header.indexOf('place');
    const places = rows.slice(1).map((r) => r[place]);
    for (const f of formulas) expect(places, f.kind).toContain(`'${f.text}`);
    expect(places).toContain(`'${formulas[0].text}`);
    const quotes = rows.slice(1).map((r) => r[header.indexOf('quote')]);
    for (const f of formulas) expect(quotes.some((q) => q.startsWith(`'${f.text}`)), f.kind).toBe(true);
    // GeoJSON: re-imported through the schemas, the same events, shown literally.
    const [geoDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('button[data-export="geojson"]').click()]);
    const json = readFileSync(await geoDl.path(), 'utf8');
    const before = await s.page.evaluate(() => (window as any).__events);
    await s.page.locator('button.new').click();
    await dropFile(s.page, '.new-story', { name: 'hostile.geojson', type: 'application/geo+json', body: json });
    await waitForReaderStory(s.page, 60_000, 'mine-hostile001');
    expect(await s.page.evaluate(() => (window as any).__events)).toEqual(before);
    expect(await s.page.locator('#article-title').textContent()).toBe(show(h.meta.title));
    await clean(s.page, 'exports and re-import');
  }, 180_000);

  it('gazetteer names in the place picker, saved as a fix: literal in the hits, the popup and the review', async () => {
    const names = payloads.filter((p) => p.text.length < 80 && !/[\x00-\x1f]/.test(p.text)).slice(0, 8);
    const gaz = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8'));
    names.forEach((p, i) =>
      gaz.entries.push({ id: `hostile-${p.id}`, name: p.text, name_ko: byKind('script tag'), aliases: [`Hostileplace ${i}`], coord: [126.6 + i * 0.02, 37.9], country: 'KP', kind: 'city', level: 'city', rank: 3, source: byKind('javascript: URL') }),
    );
    const story = hostileStory('mine-picker0001');
    const stored: StoredStory = { version: 1, id: 'mine-picker0001', meta: { ...story.meta, title: 'Picker story' }, text: story.text, events: { ...story.events, features: story.events.features.slice(0, 3) }, fixes: [], origin: 'paste', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };
    s = await hostileSession();
    await s.context.route('**/data/gazetteer.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(gaz) }));
    await gotoIdle(s.page, baseUrl);
    await putStories(s.page, [stored]);
    await gotoIdle(s.page, `${baseUrl}#story=mine-picker0001`);
    await s.page.locator('#article-title', { hasText: 'Picker story' }).waitFor();
    const target = stored.events.features[0].properties;
    await s.page.locator('#tab-events').click();
    await s.page.locator(`button.event[data-event-id="${target.id}"]`).click();
    await s.page.locator('.borderline-event-popup button.move').click();
    await s.page.locator('#place-search').fill('Hostileplace');
    await s.page.locator('.hits button').nth(names.length - 1).waitFor();
    const hits = await s.page.locator('.hits .name').allTextContents();
    expect(hits.sort()).toEqual(names.map((p) => show(p.text)).sort());
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-picker.png') });
    await s.page.locator(`.hits button[data-place-id="hostile-${names[0].id}"]`).click();
    await s.page.getByRole('button', { name: 'Save place' }).click();
    await s.page.waitForFunction((eid) => (window as any).__events.some((e: any) => e.id === eid && e.placed_by === 'reader'), target.id);
    const popup = s.page.locator('.borderline-event-popup');
    await popup.locator('.by-reader').waitFor();
    expect((await popup.textContent())!).toContain(show(names[0].text));
    await clean(s.page, 'place picker');
  });

  it('the embed page: a hostile built-in story, its title, byline, page title and popups literal', async () => {
    const h = hostileStory('hostile-embed');
    const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    s = await hostileSession();
    await s.context.route('**/data/stories/index.json', (r) => r.fulfill(json([{ slug: 'hostile-embed', title: h.meta.title, outlet: h.meta.outlet, published: '2020-06-16' }])));
    await s.context.route('**/data/stories/hostile-embed/story.json', (r) => r.fulfill(json(h.meta)));
    await s.context.route('**/data/stories/hostile-embed/article.txt', (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: h.text }));
    await s.context.route('**/data/stories/hostile-embed/events.geojson', (r) => r.fulfill(json(h.events)));
    await gotoIdle(s.page, `${baseUrl}embed.html#story=hostile-embed&map=12/37.78/126.6`);
    await s.page.locator('.embed h1').waitFor();
    expect(await s.page.locator('.embed h1').textContent()).toBe(show(h.meta.title));
    expect(await s.page.locator('.embed header bdi').textContent()).toBe(show(h.meta.outlet));
    expect(await s.page.title()).toBe(pageTitle(h.meta.title));
    await nextIdle(s.page);
    // A marker standing alone: its popup shows the place and quote as text.
    const m = await s.page.evaluate(() => {
      const map = (window as any).__map;
      const r = map.getCanvas().getBoundingClientRect();
      const f = map.queryRenderedFeatures({ layers: ['events-point'] })[0];
      if (!f) return null;
      const p = map.project(f.geometry.coordinates);
      return { id: f.properties.id as string, x: r.left + p.x, y: r.top + p.y };
    });
    expect(m, 'a marker on screen').not.toBeNull();
    await s.page.mouse.click(m!.x, m!.y);
    const popup = s.page.locator(`.borderline-event-popup [data-event-id="${m!.id}"]`);
    await popup.waitFor({ state: 'visible' });
    const ev = h.events.features.find((f) => f.properties.id === m!.id)!.properties;
    expect(await popup.locator('blockquote').textContent()).toBe(show(ev.quote));
    expect((await popup.textContent())!.includes(show(ev.place))).toBe(true);
    await s.page.screenshot({ path: join(ARTIFACTS, 'xss-embed.png') });
    await clean(s.page, 'embed');
  });

  it('control: the tripwire and the element check fire when markup is inserted in a dialog', async () => {
    s = await hostileSession();
    s.allow('console', /ERR_UNKNOWN_URL_SCHEME/);
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('button.new').click();
    await s.page.locator('dialog[open]').waitFor();
    await s.page.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<img src="data:," onerror="__trip(\'control\')"><input autofocus>';
      document.querySelector('dialog[open]')!.append(d);
    });
    await expect.poll(() => tripped(s!.page)).toContain('control');
    const found = await smuggled(s.page);
    expect(found.some((f) => f.startsWith('<img'))).toBe(true);
    expect(found.some((f) => f.startsWith('<input'))).toBe(true);
  });
});

