// Bytes of a cold load by kind: raw as served, and gzip (node:zlib, default level 6) of each body;
// a body that gzip does not shrink (woff2, png) counts at its raw size, as a server would send it.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

export const KINDS = ['app-js', 'maplibre-js', 'worker', 'css', 'fonts', 'data', 'html', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Payload = Record<Kind, { raw: number; gzip: number; files: number }>;

/** Kind of a response, from its URL path in the bench build (MapLibre is split into maplibre-*.js). */
export function classify(url: string): Kind {
  const path = new URL(url).pathname;
  if (/worker[^/]*\.m?js$/.test(path)) return 'worker';
  if (/\/maplibre[^/]*\.m?js$/.test(path)) return 'maplibre-js';
  if (/\.m?js$/.test(path)) return 'app-js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf|pbf)$/.test(path) || /\/fonts?\//.test(path)) return 'fonts';
  if (path.includes('/data/')) return 'data';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

/** Starts recording every response of the context; `done()` waits for the bodies and sums them. */
export function recordPayload(context: BrowserContext) {
  const pending: Array<Promise<{ url: string; raw: number; gzip: number } | null>> = [];
  const onResponse = (res: Response) => {
    if (res.url().startsWith('data:') || res.status() >= 300) return;
    pending.push(
      res.body().then(
        (b) => ({ url: res.url(), raw: b.length, gzip: Math.min(b.length, gzipSync(b).length) }),
        () => null,
      ),
    );
  };
  context.on('response', onResponse);
  return {
    async done(): Promise<{ byKind: Payload; files: Array<{ url: string; raw: number; gzip: number }> }> {
      context.off('response', onResponse);
      const files = (await Promise.all(pending)).filter((f): f is { url: string; raw: number; gzip: number } => f !== null);
      const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, files: 0 }])) as Payload;
      for (const f of files) {
        const k = byKind[classify(f.url)];
        k.raw += f.raw;
        k.gzip += f.gzip;
        k.files += 1;
      }
      return { byKind, files };
    },
  };
}
