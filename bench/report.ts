// The printed table and the budgets.
import { round } from './stats';

export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
}

const KB = 1024;

/** Budgets from issue 6, evaluated on the medians; null = not measurable in this run. */
export function budgets(s: Summary): Budget[] {
  const out: Budget[] = [];
  const p = s.load?.payload;
  if (p) {
    const appJs = p['app-js'].gzip;
    out.push({ name: "app's own JS (gzip, MapLibre excluded)", limit: '≤ 60 KB', value: `${round(appJs / KB, 1)} KB`, pass: appJs <= 60 * KB });
    const total = Object.values(p).reduce((a, k) => a + k.gzip, 0);
    out.push({ name: 'cold load incl. data and fonts (gzip)', limit: '≤ 700 KB', value: `${round(total / KB, 1)} KB`, pass: total <= 700 * KB });
  }
  if (s.load?.ratio !== undefined) out.push({ name: 'first idle (drawn), app / bare page', limit: '≤ 1.2', value: `${round(s.load.ratio, 2)}`, pass: s.load.ratio <= 1.2 });
  const lo = s.scale?.['1000']?.app?.frameP95;
  const hi = s.scale?.['100000']?.app?.frameP95;
  if (lo !== undefined && hi !== undefined)
    out.push({ name: 'pan p95 frame at 100k / at 1k events', limit: '≤ 2', value: `${round(hi / lo, 2)} (${round(hi, 1)} / ${round(lo, 1)} ms)`, pass: hi / lo <= 2 });
  else out.push({ name: 'pan p95 frame at 100k / at 1k events', limit: '≤ 2', value: 'not measured', pass: null });
  const seed = (s.pipeline as { seed?: { ms: number } } | undefined)?.seed?.ms;
  out.push({ name: 'seed article extracted', limit: '< 20 ms', value: seed === undefined ? 'not measured' : `${round(seed, 2)} ms`, pass: seed === undefined ? null : seed < 20 });
  return out;
}

export interface PageFigures {
  readyMs: number;
  firstIdleMs: number;
  longTaskMs: number;
  frameMedian: number;
  frameP95: number;
  heapMB?: number;
  nodes?: number;
  scriptMs?: number;
  layoutMs?: number;
  styleMs?: number;
  events?: number;
}

export interface Summary {
  machine: Record<string, string | number>;
  runs: number;
  load?: {
    seed: string;
    app: PageFigures;
    bare: PageFigures;
    ratio: number;
    payload: Record<string, { raw: number; gzip: number; files: number }>;
    largest: Array<{ path: string; raw: number; gzip: number }>;
  };
  interaction?: { popupMs: number; popupKind: string; toggleMs: number; toggledLayer: string | null };
  scale?: Record<string, Partial<Record<'app' | 'bare' | 'peer', PageFigures>> & { ratios?: Record<string, number>; fileBytes?: { raw: number; gzip: number } }>;
  pipeline?: unknown;
  /** Phase 5: paste → markers drawn, per article. */
  paste?: Record<string, { bytes: number; toMarkersMs: number; extractMs: number; longestTaskMs: number; events: number }>;
  profile?: Array<{ slug: string; page: string; top: Array<{ selfMs: number; fn: string }> }>;
  budgets?: Budget[];
  notes: string[];
}

function table(rows: Array<Array<string | number>>): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isFinite(c) ? String(round(c, 1)) : '–') : c)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r, j) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + (j === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

export function printSummary(s: Summary): string {
  const out: string[] = [];
  out.push(`Borderline bench — medians of ${s.runs} runs — ${Object.entries(s.machine).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  if (s.load) {
    out.push('', `1. Load (seed story ${s.load.seed}; ms from navigation)`);
    const rows: Array<Array<string | number>> = [['page', 'first idle', 'drawn idle', 'long tasks ms', 'pan median ms', 'pan p95 ms']];
    for (const k of ['app', 'bare'] as const) {
      const f = s.load[k];
      rows.push([k, f.firstIdleMs, f.readyMs, f.longTaskMs, f.frameMedian, f.frameP95]);
    }
    out.push(table(rows), `app / bare (drawn idle): ${round(s.load.ratio, 2)}`);
    out.push('', 'Payload of a cold load (bytes)');
    const prow: Array<Array<string | number>> = [['kind', 'files', 'raw KB', 'gzip KB']];
    let raw = 0;
    let gz = 0;
    for (const [k, v] of Object.entries(s.load.payload)) {
      if (!v.files) continue;
      prow.push([k, v.files, v.raw / KB, v.gzip / KB]);
      raw += v.raw;
      gz += v.gzip;
    }
    prow.push(['total', '', raw / KB, gz / KB]);
    out.push(table(prow));
    out.push('', 'Largest responses of that load');
    out.push(table([['path', 'raw KB', 'gzip KB'], ...s.load.largest.map((f) => [f.path, f.raw / KB, f.gzip / KB])]));
  }
  if (s.interaction) {
    const i = s.interaction;
    out.push('', '2. Interaction (app, seed story)');
    out.push(table([['action', 'ms'], [`marker click → popup (${i.popupKind})`, i.popupMs], [`layer toggle (${i.toggledLayer ?? 'none'}) → idle`, i.toggleMs]]));
  }
  if (s.scale) {
    out.push('', '3. Scale (synthetic events; drawn = ms from navigation to the idle with every source, peer: markers painted)');
    const rows: Array<Array<string | number>> = [['N / page', 'drawn ms', 'long tasks ms', 'pan med ms', 'pan p95 ms', 'heap MB', 'DOM nodes', 'script ms', 'layout ms']];
    for (const [n, byPage] of Object.entries(s.scale)) {
      for (const k of ['app', 'bare', 'peer'] as const) {
        const f = byPage[k];
        if (f) rows.push([`${n} ${k}`, f.readyMs, f.longTaskMs, f.frameMedian, f.frameP95, f.heapMB ?? NaN, f.nodes ?? NaN, f.scriptMs ?? NaN, f.layoutMs ?? NaN]);
      }
    }
    out.push(table(rows));
    for (const [n, byPage] of Object.entries(s.scale)) {
      if (byPage.ratios) out.push(`${n}: ${Object.entries(byPage.ratios).map(([k, v]) => `${k} ${round(v, 2)}`).join(', ')}`);
      if (byPage.fileBytes) out.push(`${n}: events.geojson ${round(byPage.fileBytes.raw / 2 ** 20, 2)} MB raw, ${round(byPage.fileBytes.gzip / 2 ** 20, 2)} MB gzip`);
    }
  }
  if (s.pipeline) {
    const p = s.pipeline as { available: boolean; note?: string; compileMs?: number; seed?: Record<string, number | string>; synthetic1mb?: Record<string, number | string>; geoMs?: number | null; geoNote?: string };
    out.push('', '4. Pipeline (Node)');
    if (!p.available) out.push(p.note ?? 'pipeline not available yet');
    else {
      const rows: Array<Array<string | number>> = [['article', 'bytes', 'events', 'ms', 'events/s', 'MB/s']];
      for (const c of [p.seed, p.synthetic1mb]) if (c) rows.push([String(c.source), Number(c.bytes), Number(c.events), Number(c.ms), Number(c.eventsPerSec), Number(c.mbPerSec)]);
      out.push(table(rows), `compileGazetteer: ${round(p.compileMs ?? NaN, 2)} ms`);
    }
    out.push(`npm run geo: ${p.geoMs ? `${round(p.geoMs / 1000, 2)} s` : '–'} (${p.geoNote ?? ''})`);
  }
  if (s.paste) {
    out.push('', '5. Paste → markers drawn (app: click on "Map it" → first frame with the markers; worker fetches and compiles the gazetteer on first use)');
    const rows: Array<Array<string | number>> = [['article', 'KB', 'events', 'worker answer ms', 'markers drawn ms', 'longest main-thread task ms']];
    for (const [k, v] of Object.entries(s.paste)) rows.push([k, v.bytes / KB, v.events, v.extractMs, v.toMarkersMs, v.longestTaskMs]);
    out.push(table(rows));
  }
  for (const p of s.profile ?? []) {
    out.push('', `Main-thread self time until drawn, ${p.slug} in the ${p.page} page (one profiled load, top functions)`);
    out.push(table([['function (source)', 'self ms'], ...p.top.map((l) => [l.fn, l.selfMs])]));
  }
  if (s.budgets) {
    out.push('', 'Budgets');
    out.push(table([['budget', 'limit', 'measured', 'result'], ...s.budgets.map((b) => [b.name, b.limit, b.value, b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'MISS'])]));
  }
  if (s.notes.length) out.push('', 'Notes', ...s.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
