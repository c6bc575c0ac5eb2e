// The seed's real data files, read once, and helpers to corrupt a copy of them.
import { readFileSync } from 'node:fs';

const D = 'public/data/';
export const read = (p: string) => readFileSync(D + p, 'utf8');
export const SLUG = '2020-06-16-liaison-office';
export const EVENTS_FILE = `stories/${SLUG}/events.geojson`;
export const STORY_FILE = `stories/${SLUG}/story.json`;

export const seed = {
  text: read(`stories/${SLUG}/article.txt`),
  events: JSON.parse(read(EVENTS_FILE)),
  meta: JSON.parse(read(STORY_FILE)),
  index: JSON.parse(read('stories/index.json')),
  manifest: JSON.parse(read('layers.json')),
  kaesong: JSON.parse(read('layers/kaesong.geojson')),
};

/** A deep copy of a seed file, changed by `f`. */
export function corrupt<T>(value: T, f: (copy: any) => void): any {
  const copy = structuredClone(value);
  f(copy);
  return copy;
}

/** A fetch that answers from a map of data paths (under /data/), like a static server with an SPA fallback. */
export function stubFetch(files: Record<string, { body: string; type?: string; status?: number }>, fallbackHtml = true): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname.replace(/^\/data\//, '');
    const f = files[path];
    if (f) return new Response(f.body, { status: f.status ?? 200, headers: { 'content-type': f.type ?? 'application/json' } });
    if (fallbackHtml) return new Response('<!doctype html>\n<html lang="en"><head><title>Borderline</title></head></html>', { status: 200, headers: { 'content-type': 'text/html' } });
    return new Response('not found', { status: 404 });
  }) as typeof fetch;
}
