// A MapLibre protocol that serves one object of a TopoJSON file as GeoJSON:
// `topojson://<path of the .topojson under the app's base URL>#<object>`. The file is fetched once
// however many sources read from it, so shared edges (coast, borders, land) travel once.
// The path is relative because MapLibre parses the URL: a full http:// URL inside it would lose
// its colon (the "http" part reads as a host with an empty port).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AddProtocolAction } from 'maplibre-gl';

export const TOPOJSON_PROTOCOL = 'topojson';

/** The URL a source uses for one object of a TopoJSON file at `path` (relative to the base URL). */
export function topojsonUrl(path: string, object: string): string {
  return `${TOPOJSON_PROTOCOL}://${path}#${object}`;
}

/** Splits a topojson:// URL into the file's URL and the object's name. */
export function parseTopojsonUrl(url: string): { file: string; object: string } {
  const m = /^topojson:\/\/(.+)#([A-Za-z0-9_-]+)$/.exec(url);
  if (!m) throw new Error(`not a topojson:// URL with an #object: ${url}`);
  return { file: m[1], object: m[2] };
}

/**
 * Builds the protocol handler.
 * @param baseUrl the app's base URL, against which the paths resolve
 * @param load fetches a file (injected for tests)
 */
export function topojsonProtocol(baseUrl: string, load: (url: string, signal: AbortSignal) => Promise<unknown> = fetchJson): AddProtocolAction {
  const files = new Map<string, Promise<Topology>>();
  return async (params, abort) => {
    const parsed = parseTopojsonUrl(params.url);
    const object = parsed.object;
    const file = new URL(parsed.file, baseUrl).href;
    if (!file.startsWith(baseUrl)) throw new Error(`topojson:// reads only files under ${baseUrl}, not ${file}`);
    let topo = files.get(file);
    if (!topo) {
      topo = load(file, abort.signal).then((t) => t as Topology);
      files.set(file, topo);
      // A failed fetch may be retried by the next request.
      topo.catch(() => files.delete(file));
    }
    const t = await topo;
    const obj = t.objects?.[object];
    if (!obj) throw new Error(`${file} has no object "${object}"`);
    return { data: feature(t, obj as GeometryCollection) };
  };
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  // Not tied to one request's abort: other sources wait on the same file.
  void signal;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}
