// Page-side probes and the scripted input shared by every phase.
import type { CDPSession, Page } from 'playwright-core';

export interface Probe {
  /** ms since navigation start of the map's first `idle`. */
  firstIdle?: number;
  /** ms since navigation start of the first `idle` with every expected source on the map (peer: markers painted). */
  ready?: number;
  /** Main-thread long tasks (> 50 ms) seen before `ready`: count and total ms. */
  longTasks?: { n: number; ms: number };
  frames?: number[];
  recording?: boolean;
}
type BenchWindow = { __bench: Probe; __map?: unknown };

/**
 * Installed before any page script: hooks `window.__map` (set by the app and the bare page) to
 * time its `idle` events, and counts long tasks. `sources` are the source ids that mean "drawn".
 */
export async function installProbe(page: Page, sources: string[]): Promise<void> {
  // tsx (esbuild keepNames) wraps inner functions in __name(); define it for the functions that
  // playwright serialises into the page (this one and every page.evaluate body).
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript((expected: string[]) => {
    const w = window as unknown as BenchWindow;
    const b: Probe = (w.__bench = { longTasks: { n: 0, ms: 0 } });
    try {
      new PerformanceObserver((list) => {
        if (b.ready !== undefined) return;
        for (const e of list.getEntries()) {
          b.longTasks!.n += 1;
          b.longTasks!.ms += e.duration;
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no long-task timing in this browser */
    }
    let m: { on(ev: string, fn: () => void): void; getSource(id: string): unknown } | undefined;
    Object.defineProperty(window, '__map', {
      configurable: true,
      get: () => m,
      set: (v) => {
        m = v;
        v.on('idle', () => {
          const t = performance.now();
          if (b.firstIdle === undefined) b.firstIdle = t;
          if (b.ready === undefined && expected.every((id) => v.getSource(id))) b.ready = t;
        });
      },
    });
  }, sources);
}

/** Waits for `__bench.ready` and returns the probe. */
export async function waitReady(page: Page, timeoutMs: number): Promise<Probe> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.ready !== undefined, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    return { firstIdle: b.firstIdle, ready: b.ready, longTasks: b.longTasks };
  });
}

/** Collects requestAnimationFrame deltas while `action` runs; returns them (ms), the first dropped. */
export async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.frames = [];
    b.recording = true;
    let last = performance.now();
    const loop = (t: number) => {
      b.frames!.push(t - last);
      last = t;
      if (b.recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await action();
  const frames = await page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.recording = false;
    return b.frames ?? [];
  });
  return frames.slice(1);
}

/**
 * The scripted pan/zoom sequence, the same input for every page: mouse drags of 240 px right and
 * back left, 8 moves each (each move waits for the page to take it, so their pace follows the frame
 * rate), then one wheel zoom in and one out.
 */
export async function panZoom(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`bench: no ${selector} on the page to pan`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const dx of [240, -240]) {
    const x0 = cx - dx / 2;
    await page.mouse.move(x0, cy);
    await page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++) await page.mouse.move(x0 + (dx * i) / steps, cy);
    await page.mouse.up();
    await page.waitForTimeout(200);
  }
  for (const dy of [-300, 300]) {
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(400);
  }
}

/** Main-thread JS heap after a forced GC, DOM node count and CPU time so far (CDP Performance domain). */
export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    heapMB: m.JSHeapUsedSize / 2 ** 20,
    nodes: m.Nodes,
    scriptMs: m.ScriptDuration * 1000,
    layoutMs: m.LayoutDuration * 1000,
    styleMs: m.RecalcStyleDuration * 1000,
    taskMs: m.TaskDuration * 1000,
  };
}
