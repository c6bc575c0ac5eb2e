// Phase 4: the article pipeline's speed in Node (events/s, MB/s of text) on the seed article and on
// a 1 MB synthetic article, and the wall time of `npm run geo`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EventCollection, Gazetteer } from '../src/data/types';
import { median } from './stats';
import { realArticles, syntheticArticle } from './synthetic';

export interface PipelineCase {
  source: string;
  bytes: number;
  events: number;
  runs: number;
  /** Median ms of extractEvents (gazetteer compiled once, outside the timing). */
  ms: number;
  eventsPerSec: number;
  mbPerSec: number;
}

export interface PipelineResult {
  available: boolean;
  note?: string;
  gazetteer?: string;
  compileMs?: number;
  seed?: PipelineCase;
  synthetic1mb?: PipelineCase;
  geoMs?: number | null;
  geoNote?: string;
}

type PipelineApi = {
  compileGazetteer(g: Gazetteer): unknown;
  extractEvents(text: string, meta: { published: string; tz?: string }, g: unknown): EventCollection;
};

/** The seed story's text and meta: the published copy, else the story source in geo/stories/. */
function seedArticle(root: string): { path: string; text: string; published: string; tz: string } | null {
  for (const dir of ['public/data/stories', 'geo/stories']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    const slugs = readdirSync(abs).filter((d) => !d.startsWith('bench-') && existsSync(join(abs, d, 'article.txt')) && existsSync(join(abs, d, 'story.json')));
    if (!slugs.length) continue;
    // The default story (first in index.json) is the seed; else the first by name.
    const indexFile = join(abs, 'index.json');
    const first = existsSync(indexFile) ? (JSON.parse(readFileSync(indexFile, 'utf8')) as Array<{ slug: string }>).find((e) => !e.slug.startsWith('bench-'))?.slug : undefined;
    slugs.sort((a, b) => Number(b === first) - Number(a === first) || a.localeCompare(b));
    const meta = JSON.parse(readFileSync(join(abs, slugs[0], 'story.json'), 'utf8'));
    return { path: join(dir, slugs[0], 'article.txt'), text: readFileSync(join(abs, slugs[0], 'article.txt'), 'utf8'), published: meta.published, tz: meta.tz };
  }
  return null;
}

function timeCase(api: PipelineApi, g: unknown, source: string, text: string, meta: { published: string; tz: string }, runs: number, warmup: number): PipelineCase {
  let events = 0;
  for (let i = 0; i < warmup; i++) events = api.extractEvents(text, meta, g).features.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const fc = api.extractEvents(text, meta, g);
    times.push(performance.now() - t);
    events = fc.features.length + (fc.unlocated?.length ?? 0);
  }
  const ms = median(times);
  const bytes = Buffer.byteLength(text);
  return { source, bytes, events, runs, ms, eventsPerSec: events / (ms / 1000), mbPerSec: bytes / 1e6 / (ms / 1000) };
}

export async function pipelineBench(root: string, opts: { runs: number; geo: boolean }): Promise<PipelineResult> {
  const out: PipelineResult = { available: false };
  let api: PipelineApi;
  try {
    api = (await import('../src/pipeline/index.ts')) as unknown as PipelineApi;
    if (typeof api.extractEvents !== 'function' || typeof api.compileGazetteer !== 'function') throw new Error('no extractEvents/compileGazetteer');
  } catch (err) {
    out.note = `pipeline not available yet (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
    api = null as unknown as PipelineApi;
  }
  if (api) {
    const gzFile = ['public/data/gazetteer.json', 'tests/fixtures/articles/gazetteer.json'].find((f) => existsSync(join(root, f)));
    const seed = seedArticle(root);
    if (!gzFile || !seed) out.note = `pipeline present but ${!gzFile ? 'no gazetteer' : 'no seed article'} found`;
    else {
      out.available = true;
      out.gazetteer = gzFile;
      const raw = JSON.parse(readFileSync(join(root, gzFile), 'utf8')) as Gazetteer;
      const t = performance.now();
      const g = api.compileGazetteer(raw);
      out.compileMs = performance.now() - t;
      const meta = { published: seed.published, tz: seed.tz };
      out.seed = timeCase(api, g, seed.path, seed.text, meta, Math.max(opts.runs, 20), 5);
      const names = raw.entries.filter((e) => ['city', 'town', 'county', 'village', 'island'].includes(e.kind)).map((e) => e.name);
      const big = syntheticArticle([seed.text, ...realArticles(root).map((a) => a.text)], names, 1_000_000);
      out.synthetic1mb = timeCase(api, g, 'synthetic 1 MB (bench/synthetic.ts syntheticArticle)', big, meta, opts.runs, 1);
    }
  }
  if (!opts.geo) out.geoNote = 'skipped (--no-geo)';
  else if (!existsSync(join(root, 'geo/build/index.ts'))) out.geoNote = 'npm run geo not available yet (no geo/build/index.ts)';
  else {
    // Run in a scratch copy (geo/, src/, package.json, tsconfig.json, public/data/, node_modules
    // linked): `npm run geo` rewrites public/data/, which must not change under the bench.
    const scratch = mkdtempSync(join(tmpdir(), 'borderline-bench-geo-'));
    try {
      for (const p of ['geo', 'src', 'public/data', 'package.json', 'tsconfig.json'])
        if (existsSync(join(root, p))) cpSync(join(root, p), join(scratch, p), { recursive: true, filter: (f) => !f.split(/[\\/]/).includes('node_modules') });
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
      const t = performance.now();
      const r = spawnSync('npm', ['run', '--silent', 'geo'], { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      out.geoMs = performance.now() - t;
      if (r.status !== 0) {
        out.geoNote = `npm run geo failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`;
        out.geoMs = null;
      } else out.geoNote = 'one run in a scratch copy of the repo, wall time including npm and tsx start-up';
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return out;
}
