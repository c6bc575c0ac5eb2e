// Mapping an article in the browser: paste, drop, bad input, a 1 MB text with cancel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, describeApp, gotoIdle, openSession, type Session } from './browser';
import { dropFile, fillNewStory, pasteStory, waitForReaderStory } from './new-story-helpers';

const baseUrl = inject('baseUrl');
const SEED = '2020-06-16-liaison-office';
const get = async (path: string) => (await fetch(`${baseUrl}${path}`)).text();

describe('mapping an article in the browser', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('pastes the seed article: its markers are drawn and a popup quotes it', async () => {
    const text = await get(`data/stories/${SEED}/article.txt`);
    const builtIn = JSON.parse(await get(`data/stories/${SEED}/events.geojson`));
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await fillNewStory(s.page, text, { published: '2020-06-16', tz: 'Asia/Seoul' });
    // The title is prefilled from the text's first line.
    expect(await s.page.locator('input[name="title"]').inputValue()).toBe('North Korea blows up liaison office as tensions rise with South');
    await s.page.screenshot({ path: join(ARTIFACTS, 'new-story-dialog-1280.png') });
    await s.page.locator('.new-story button[type="submit"]').click();
    await waitForReaderStory(s.page);
    // The same pipeline as the build: the same events, quoting the same passages.
    const events = await s.page.evaluate(() => (window as any).__events as Array<{ id: string; quote: string }>);
    expect(events.map((e) => e.quote)).toEqual(builtIn.features.map((f: any) => f.properties.quote));
    const drawn = await s.page.evaluate(() => (window as any).__map.querySourceFeatures('events').length);
    expect(drawn).toBeGreaterThan(0);
    await s.page.locator('#tab-events').click();
    await s.page.locator(`button.event[data-event-id="${events[0].id}"]`).click();
    const quote = s.page.locator(`.borderline-event-popup .quote`);
    await quote.waitFor();
    expect(await quote.textContent()).toBe(events[0].quote);
    expect(text).toContain(events[0].quote);
    expect(await s.page.locator('.borderline-event-popup .provenance').textContent()).toMatch(/Found by the pipeline · confidence \d+ %/);
    await s.page.screenshot({ path: join(ARTIFACTS, 'new-story-mapped-1280.png') });
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('reduces a dropped HTML page to its text: no script, handler or javascript: URL runs', async () => {
    // The article's lead (after its date line) and the paragraphs after it.
    const paras = (await get('data/stories/2010-11-23-yeonpyeong-shelling/article.txt')).split('\n\n');
    const body = [paras[1].split('\n').pop()!, ...paras.slice(2, 8)];
    const html = `<!doctype html><html><head><title>Page | Outlet</title>
<meta property="og:title" content="North Korea shells southern island">
<meta property="og:site_name" content="Test Outlet">
<meta property="article:published_time" content="2010-11-23T18:00:00+09:00">
<meta property="og:url" content="javascript:window.__pwned='og:url'">
<script>window.__pwned = 'script'</script>
</head><body onload="window.__pwned='onload'">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>North Korea shells southern island</h1>
${body.map((p) => `<p>${p.replace(/\n/g, ' ')}</p>`).join('\n')}
<img src="x" onerror="window.__pwned='onerror'">
<p><a href="javascript:window.__pwned='link'">A link</a> that shows &lt;b&gt;markup&lt;/b&gt; as text.</p>
<svg onload="window.__pwned='svg'"><script>window.__pwned='svg script'</script></svg>
<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>
<form action="javascript:window.__pwned='form'"><input autofocus onfocus="window.__pwned='focus'"></form>
</article></body></html>`;
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await s.page.evaluate(() => Object.defineProperty(window, '__pwned', { configurable: true, set: (v) => ((window as any).__tripped = String(v)), get: () => undefined }));
    // Dropped on the page: the new-story dialog opens with the article.
    await dropFile(s.page, 'body', { name: 'page.html', type: 'text/html', body: html });
    const area = s.page.locator('#article-text');
    await s.page
      .waitForFunction(() => ((document.querySelector('#article-text') as HTMLTextAreaElement | null)?.value ?? '').length > 200, null, { timeout: 20_000 })
      .catch(async () => {
        throw new Error(`the dropped page's text did not reach the dialog within 20 s; ${await describeApp(s!.page)}`);
      });
    const text = await area.inputValue();
    expect(text).toContain('The South Korean Joint Chiefs of Staff confirmed that multiple buildings on the island were destroyed');
    expect(text).toContain('A link that shows <b>markup</b> as text.');
    expect(text).not.toMatch(/__pwned|Home World|onerror/);
    expect(await s.page.locator('input[name="title"]').inputValue()).toBe('North Korea shells southern island');
    expect(await s.page.locator('input[name="outlet"]').inputValue()).toBe('Test Outlet');
    expect(await s.page.locator('input[name="published"]').inputValue()).toBe('2010-11-23');
    expect(await s.page.locator('input[name="tz"]').inputValue()).toBe('Asia/Seoul');
    expect(await s.page.locator('input[name="url"]').inputValue()).toBe('');
    await s.page.locator('.new-story button[type="submit"]').click();
    await waitForReaderStory(s.page);
    // The lead places the shelling on Yeonpyeong Island: its marker is drawn.
    const located = await s.page.evaluate(() => (window as any).__events as Array<{ place_id: string }>);
    expect(located.map((e) => e.place_id)).toContain('yeonpyeong');
    expect(await s.page.evaluate(() => (window as any).__map.querySourceFeatures('events').length)).toBeGreaterThan(0);
    await s.page.locator('#article-title').waitFor();
    const article = s.page.locator('.article');
    expect(await article.textContent()).toContain('<b>markup</b>');
    expect(await s.page.locator('.article b, .article img, .article svg, .article iframe, img[src="x"]').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as any).__tripped)).toBeUndefined();
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('answers bad input with a message and loses nothing', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    const alert = s.page.locator('.new-story [role="alert"]');
    const submit = s.page.locator('.new-story button[type="submit"]');
    // Empty.
    await fillNewStory(s.page, '   \n  ');
    await submit.click();
    expect(await alert.textContent()).toMatch(/no text to map/);
    // 5 MB, set as one paste would.
    await s.page.evaluate(() => {
      const el = document.querySelector('#article-text') as HTMLTextAreaElement;
      el.value = 'North Korea fired artillery at the island on Tuesday. '.repeat(95_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit.click();
    expect(await alert.textContent()).toMatch(/5\.\d MB long; Borderline maps articles up to 2\.0 MB/);
    // A binary file leaves the text in the box as it was.
    const kept = 'Kept text: North Korea fired artillery shells at Yeonpyeong Island on 23 November 2010.';
    await s.page.locator('#article-text').fill(kept);
    await dropFile(s.page, '.new-story', { name: 'photo.png', type: 'image/png', body: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] });
    await s.page.waitForFunction(() => /photo\.png is not text/.test(document.querySelector('.new-story [role="alert"]')?.textContent ?? ''));
    expect(await s.page.locator('#article-text').inputValue()).toBe(kept);
    // A Korean article: noted as such; mapped if anything is found, else told why not.
    const korean = '북한이 16일 오후 2시 49분 개성공단 내 남북공동연락사무소를 폭파했다고 통일부가 밝혔다. 연락사무소는 2018년 9월 개성에 문을 열었다.\n\n통일부는 이날 오후 폭음과 함께 연기가 관측됐다고 전했다.';
    await s.page.locator('#article-text').fill(korean);
    expect(await s.page.locator('.new-story .lang').textContent()).toMatch(/in Korean/);
    await s.page.locator('input[name="published"]').fill('2020-06-16');
    await submit.click();
    await s.page.waitForFunction(() => /story=mine-/.test(location.hash) || /No dated events/.test(document.querySelector('.new-story [role="alert"]')?.textContent ?? ''), null, { timeout: 60_000 });
    if (!/story=mine-/.test(await s.page.evaluate(() => location.hash))) {
      expect(await alert.textContent()).toMatch(/No dated events were found in this text\. This article is in Korean/);
      expect(await s.page.locator('#article-text').inputValue()).toBe(korean);
    }
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('keeps the page responsive while a 1 MB article is read in the worker; cancel stops it', async () => {
    const seed = (await get(`data/stories/${SEED}/article.txt`)).split('\n\n').slice(3, 20).join('\n\n');
    let big = '';
    while (big.length < 1_000_000) big += seed + '\n\n';
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await fillNewStory(s.page, big, { published: '2020-06-16', tz: 'Asia/Seoul', title: 'One megabyte' });
    const submit = s.page.locator('.new-story button[type="submit"]');
    // Cancel the first run while the worker reads.
    await submit.click();
    await s.page.locator('.new-story button.cancel').click();
    await s.page.waitForFunction(() => /Cancelled/.test(document.querySelector('.new-story .note')?.textContent ?? ''));
    expect(await s.page.locator('#article-text').inputValue()).toBe(big);
    expect(await s.page.evaluate(() => location.hash)).not.toMatch(/story=mine-/);
    // Run again, measuring the main thread's long tasks from the click until the markers are drawn.
    await s.page.evaluate(() => {
      const w = window as any;
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask' });
      // When the worker's answer arrives, the form leaves the "extracting" state.
      const form = document.querySelector('.new-story')!;
      new MutationObserver(() => {
        if (form.getAttribute('data-status') !== 'extracting' && w.__t0 && !w.__t1) w.__t1 = performance.now();
      }).observe(form, { attributes: true, attributeFilter: ['data-status'] });
      w.__t0 = performance.now();
    });
    await submit.click();
    // The page shows the worker's "reading" stage: the main thread kept rendering while the pipeline ran.
    await s.page.waitForFunction(
      () => document.querySelector('.new-story')?.getAttribute('data-status') === 'extracting' && /Reading the article/.test(document.querySelector('.progress label')?.textContent ?? ''),
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    await waitForReaderStory(s.page, 120_000);
    const r = await s.page.evaluate(() => {
      const w = window as any;
      const tasks = w.__long as { start: number; ms: number }[];
      const longest = (from: number, to: number) => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.ms));
      const now = performance.now();
      return {
        extractionMs: w.__t1 - w.__t0,
        longestDuringExtraction: longest(w.__t0, w.__t1),
        longestShowingResult: longest(w.__t1, now),
        longTasks: tasks.filter((t) => t.start >= w.__t0).length,
        toMarkersMs: now - w.__t0,
        events: w.__events.length,
      };
    });
    expect(r.events).toBeGreaterThan(100);
    writeFileSync(join(ARTIFACTS, 'longtask-1mb.json'), JSON.stringify(r, null, 2));
    console.log(
      `1 MB article: ${r.events} events; longest main-thread task while the worker read it ${r.longestDuringExtraction.toFixed(0)} ms (${r.extractionMs.toFixed(0)} ms), ` +
        `then while showing the result ${r.longestShowingResult.toFixed(0)} ms; click → markers ${r.toMarkersMs.toFixed(0)} ms`,
    );
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('on a phone (390×844)', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('fits the new-story dialog, the masthead and the review panel to the screen', async () => {
    const text = await get(`data/stories/${SEED}/article.txt`);
    s = await openSession(baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await gotoIdle(s.page, baseUrl);
    const width = 390;
    for (const sel of ['button.switch', 'button.new']) {
      const b = (await s.page.locator(sel).boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(width);
    }
    await fillNewStory(s.page, text, { published: '2020-06-16' });
    const dialog = (await s.page.locator('dialog[open]').boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(width);
    await s.page.screenshot({ path: join(ARTIFACTS, 'new-story-dialog-390.png') });
    await s.page.locator('.new-story button[type="submit"]').click();
    await waitForReaderStory(s.page);
    await s.page.locator('#tab-review').click();
    await s.page.locator('[data-unlocated-id]').first().getByRole('button', { name: /^Place event/ }).click();
    await s.page.locator('#place-search').fill('Kaesong');
    await s.page.locator('.hits button').first().waitFor();
    const tabs = await s.page.locator('.tabs button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...tabs)).toBeLessThanOrEqual(width);
    await s.page.screenshot({ path: join(ARTIFACTS, 'review-390.png') });
    expect(s.pageErrors).toEqual([]);
  });
});
