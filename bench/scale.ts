// Phase 3: synthetic stories of N events in the app, the bare MapLibre page and the Leaflet peer:
// navigation → drawn, pan/zoom frame times, main-thread JS heap and DOM size.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { openSession } from '../tests/e2e/browser';
import { installProbe, waitReady, frameTimes, panZoom, pageMetrics, type Probe } from './page';

export type PageKind = 'app' | 'bare' | 'peer';

export interface ScaleRun {
  probe: Probe;
  frames: number[];
  metrics: Record<string, number>;
  /** Events the page holds (window.__events), to check that none were dropped. */
  events: number;
  /** CSS size of the map element. */
  mapSize: { width: number; height: number };
  errors: string[];
}

const PATHS: Record<PageKind, string> = { app: '/', bare: '/bench/bare/index.html', peer: '/bench/peer/index.html' };
const MAP_SELECTOR: Record<PageKind, string> = { app: '.maplibregl-canvas', bare: '.maplibregl-canvas', peer: '#map' };

/** One cold load of `kind` with story `slug`; `query` (e.g. "?size=860x640") goes to the bench pages. */
export async function scaleRun(origin: string, kind: PageKind, slug: string, sources: string[], timeoutMs: number, query = ''): Promise<ScaleRun> {
  const s = await openSession(origin);
  try {
    await installProbe(s.page, kind === 'peer' ? [] : sources);
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Performance.enable');
    await s.page.goto(`${origin}${PATHS[kind]}${kind === 'app' ? '' : query}#story=${slug}`);
    const probe = await waitReady(s.page, timeoutMs);
    const metrics = await pageMetrics(cdp);
    const events = await s.page.evaluate(() => ((window as unknown as { __events?: unknown[] }).__events ?? []).length);
    const mapSize = await s.page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      return { width: el.clientWidth, height: el.clientHeight };
    }, MAP_SELECTOR[kind]);
    const frames = await frameTimes(s.page, () => panZoom(s.page, MAP_SELECTOR[kind]));
    const errors = [...s.pageErrors.map((e) => `page error: ${e}`), ...s.externalRequests.map((u) => `external request: ${u}`)];
    return { probe, frames, metrics, events, mapSize, errors };
  } finally {
    await s.close();
  }
}

export interface ProfileLine {
  selfMs: number;
  fn: string;
}

/** Names a position in a built file by its source map (bench/.dist-bench/assets/*.map), if there is one. */
function sourceNamer(distDir: string) {
  const maps = new Map<string, TraceMap | null>();
  return (url: string, line: number, column: number): string | null => {
    const file = url.replace(/^https?:\/\/[^/]+\//, '');
    if (!maps.has(file)) {
      const mapFile = join(distDir, `${file}.map`);
      maps.set(file, existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null);
    }
    const map = maps.get(file);
    if (!map) return null;
    const pos = originalPositionFor(map, { line: line + 1, column });
    if (!pos.source) return null;
    const src = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return `${src}:${pos.line}${pos.name ? ` ${pos.name}` : ''}`;
  };
}

/**
 * One load under the CDP sampling profiler: main-thread self time by function until drawn (top 20),
 * named through the build's source maps.
 */
export async function profileLoad(origin: string, kind: 'app' | 'bare', slug: string, sources: string[], timeoutMs: number, distDir: string, query = ''): Promise<ProfileLine[]> {
  const name = sourceNamer(distDir);
  const s = await openSession(origin);
  try {
    await installProbe(s.page, sources);
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    await s.page.goto(`${origin}${PATHS[kind]}${kind === 'app' ? '' : query}#story=${slug}`);
    await waitReady(s.page, timeoutMs);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<number, number>();
    profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
    const byFn = new Map<string, number>();
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms) continue;
      const cf = node.callFrame;
      const file = cf.url ? cf.url.replace(/^.*\//, '') : '';
      const mapped = cf.url ? name(cf.url, cf.lineNumber, cf.columnNumber) : null;
      // Minified names say nothing: a mapped frame is named by its source line (and the original name).
      const key = mapped ?? `${cf.functionName || '(anonymous)'} ${file}${file ? `:${cf.lineNumber + 1}` : ''}`;
      byFn.set(key, (byFn.get(key) ?? 0) + ms);
    }
    return [...byFn.entries()]
      .map(([fn, selfMs]) => ({ fn, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 20);
  } finally {
    await s.close();
  }
}
