// The article pipeline in a module Web Worker: the same src/pipeline code as the CLI, off the main
// thread. The gazetteer is fetched once (with download progress) and compiled once per worker.
import { compileGazetteer, extractArticle, type CompiledGazetteer } from '../pipeline/index';
import type { Gazetteer } from '../data/types';
import { buildSearchIndex, nearestPlace, searchPlaces, type PlaceHit, type SearchIndex } from '../review/place-search';
import { unresolvedPlaces } from '../review/unresolved';
import type { Stage, WorkerRequest, WorkerResponse } from './protocol';

interface Loaded {
  gazetteer: Gazetteer;
  compiled: CompiledGazetteer | null;
  search: SearchIndex | null;
}

const post = (m: WorkerResponse) => (self as unknown as Worker).postMessage(m);
let loading: { url: string; promise: Promise<Loaded> } | null = null;

async function fetchGazetteer(url: string, progress: (f: number) => void): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the place names (${new URL(url).pathname}) could not be loaded: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length')) || 0;
  let text: string;
  if (res.body && total > 0) {
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      got += value.length;
      progress(Math.min(1, got / total));
    }
    const all = new Uint8Array(got);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    text = new TextDecoder().decode(all);
  } else text = await res.text();
  try {
    return JSON.parse(text) as Gazetteer;
  } catch {
    throw new Error(`the place names (${new URL(url).pathname}) are not valid JSON`);
  }
}

function load(url: string, id: number): Promise<Loaded> {
  if (loading?.url !== url) {
    const stage = (s: Stage, fraction?: number) => post({ type: 'progress', id, stage: s, fraction });
    stage('gazetteer', 0);
    const promise = fetchGazetteer(url, (f) => stage('gazetteer', f)).then((gazetteer) => ({ gazetteer, compiled: null, search: null }));
    loading = { url, promise };
    promise.catch(() => (loading = null));
  }
  return loading!.promise;
}

function hitOf(e: Gazetteer['entries'][number]): PlaceHit {
  const hit: PlaceHit = { id: e.id, name: e.name, kind: e.kind, coord: [e.coord[0], e.coord[1]], matched: e.name };
  if (e.name_ko) hit.name_ko = e.name_ko;
  if (e.country) hit.country = e.country;
  if (e.layer) hit.layer = e.layer;
  return hit;
}

async function handle(req: WorkerRequest): Promise<void> {
  const g = await load(req.gazetteerUrl, req.id);
  if (req.type === 'extract') {
    if (!g.compiled) {
      post({ type: 'progress', id: req.id, stage: 'compile' });
      g.compiled = compileGazetteer(g.gazetteer);
    }
    post({ type: 'progress', id: req.id, stage: 'extract' });
    const t = performance.now();
    const { collection, analysis } = extractArticle(req.text, req.meta, g.compiled);
    const ms = performance.now() - t;
    post({ type: 'progress', id: req.id, stage: 'review' });
    const unresolved = unresolvedPlaces(req.text, analysis.places);
    post({ type: 'extracted', id: req.id, result: { events: collection, unresolved, warnings: analysis.warnings.slice(0, 50), ms } });
  } else if (req.type === 'search') {
    g.search ??= buildSearchIndex(g.gazetteer.entries);
    post({ type: 'places', id: req.id, hits: searchPlaces(g.search, req.query, req.limit) });
  } else {
    const n = nearestPlace(g.gazetteer.entries, req.coord);
    post({ type: 'nearest', id: req.id, hit: n ? { ...hitOf(n.entry), km: n.km } : null });
  }
}

self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  handle(req).catch((err) => post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) }));
});
