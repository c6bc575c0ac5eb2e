// Phase 5: "paste → markers drawn" in the app: a cold load, then an article pasted into "Map an
// article" and mapped (pipeline in the worker, gazetteer fetched on first use), timed from the click
// on "Map it" to the first frame that draws the new story's markers; with the longest main-thread
// task in that span and the worker's own extraction time.
import { openSession } from '../tests/e2e/browser';
import { fillNewStory } from '../tests/e2e/new-story-helpers';

export interface PasteRun {
  /** Click on "Map it" → first frame with the story's markers. */
  toMarkersMs: number;
  /** Click → the worker's answer (gazetteer fetch and compile included). */
  extractMs: number;
  /** Longest main-thread task from the click to the markers. */
  longestTaskMs: number;
  events: number;
  errors: string[];
}

export async function pasteRun(origin: string, text: string, meta: { published: string; tz: string; title: string }, timeoutMs: number): Promise<PasteRun> {
  const s = await openSession(origin);
  try {
    await s.page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await s.page.goto(origin + '/');
    await s.page.waitForFunction(() => (window as any).__idle !== undefined);
    await s.page.evaluate(() => (window as any).__idle);
    await fillNewStory(s.page, text, meta);
    await s.page.evaluate(() => {
      const w = window as any;
      w.__paste = { long: [] as { start: number; ms: number }[] };
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__paste.long.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask' });
      const form = document.querySelector('.new-story')!;
      new MutationObserver(() => {
        if (form.getAttribute('data-status') !== 'extracting' && w.__paste.t0 && !w.__paste.t1) w.__paste.t1 = performance.now();
      }).observe(form, { attributes: true, attributeFilter: ['data-status'] });
      const map = w.__map;
      // Drawn: the first frame after the events source has loaded the new story's data.
      let loaded = false;
      const onData = (e: any) => {
        if (e.sourceId === 'events' && e.isSourceLoaded && w.__paste.t0 && /^mine-/.test(w.__story ?? '')) loaded = true;
      };
      const onRender = () => {
        if (!loaded) return;
        w.__paste.t2 = performance.now();
        map.off('render', onRender);
        map.off('sourcedata', onData);
      };
      map.on('sourcedata', onData);
      map.on('render', onRender);
    });
    await s.page.evaluate(() => {
      (window as any).__paste.t0 = performance.now();
      (document.querySelector('.new-story button[type="submit"]') as HTMLButtonElement).click();
    });
    await s.page.waitForFunction(() => (window as any).__paste.t2 !== undefined, null, { timeout: timeoutMs, polling: 100 });
    const r = await s.page.evaluate(() => {
      const p = (window as any).__paste;
      return {
        toMarkersMs: p.t2 - p.t0,
        extractMs: p.t1 - p.t0,
        longestTaskMs: Math.max(0, ...(p.long as { start: number; ms: number }[]).filter((t) => t.start >= p.t0 && t.start <= p.t2).map((t) => t.ms)),
        events: (window as any).__events.length,
      };
    });
    return { ...r, errors: [...s.pageErrors.map((e) => `page error: ${e}`), ...s.externalRequests.map((u) => `external request: ${u}`)] };
  } finally {
    await s.close();
  }
}
