// Phases 1 and 2: cold load of the app (seed story) and of the bare MapLibre page, payload by
// kind, then the app's interactions and both pages' pan/zoom frame times, one fresh profile per run.
import { openSession } from '../tests/e2e/browser';
import { installProbe, waitReady, frameTimes, panZoom, type Probe } from './page';
import { recordPayload, type Payload } from './payload';
import { clickToPopup, findMarker, settle, toggleToIdle } from './app-probe';

export interface LoadRun {
  probe: Probe;
  payload?: Payload;
  /** The largest responses (gzip bytes), to say what a payload budget is spent on. */
  largest?: Array<{ path: string; raw: number; gzip: number }>;
  frames: number[];
  popupMs?: number;
  popupKind?: 'event' | 'cluster';
  toggleMs: number[];
  /** CSS size of the map canvas. */
  mapSize: { width: number; height: number };
  errors: string[];
}

export interface Target {
  origin: string;
  /** Path and hash after the origin, e.g. "/#story=seed" or "/bench/bare/index.html#story=seed". */
  path: string;
  /** Source ids whose presence at an `idle` means "everything drawn". */
  sources: string[];
}

/** One cold load of the app or the bare page; with `interact`, the app's click and toggle timings too. */
export async function loadRun(t: Target, opts: { payload: boolean; interact: boolean; toggleLayer?: string; timeoutMs: number }): Promise<LoadRun> {
  const s = await openSession(t.origin);
  try {
    await installProbe(s.page, t.sources);
    const rec = opts.payload ? recordPayload(s.context) : null;
    await s.page.goto(t.origin + t.path);
    const probe = await waitReady(s.page, opts.timeoutMs);
    // Fonts and late data arrive after the first idle; count them too.
    await s.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    const rec2 = rec ? await rec.done() : null;
    const payload = rec2?.byKind;
    const largest = rec2?.files
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 10)
      .map((f) => ({ path: new URL(f.url).pathname, raw: f.raw, gzip: f.gzip }));
    const mapSize = await s.page.evaluate(() => {
      const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      return { width: c.clientWidth, height: c.clientHeight };
    });
    const run: LoadRun = { probe, payload, largest, frames: [], toggleMs: [], mapSize, errors: [] };
    await settle(s.page);
    run.frames = await frameTimes(s.page, () => panZoom(s.page, '.maplibregl-canvas'));
    if (opts.interact) {
      if (opts.toggleLayer) {
        await s.page.locator('button#tab-layers').click();
        run.toggleMs.push(await toggleToIdle(s.page, opts.toggleLayer));
        run.toggleMs.push(await toggleToIdle(s.page, opts.toggleLayer));
      }
      await settle(s.page);
      const marker = await findMarker(s.page);
      if (marker) {
        await settle(s.page);
        run.popupMs = await clickToPopup(s.page, marker.x, marker.y);
        run.popupKind = marker.kind;
      } else run.errors.push('no event marker on screen to click');
    }
    run.errors.push(...s.pageErrors.map((e) => `page error: ${e}`), ...s.externalRequests.map((u) => `external request: ${u}`));
    return run;
  } finally {
    await s.close();
  }
}
