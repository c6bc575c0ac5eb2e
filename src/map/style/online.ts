// The optional online basemap. By default Borderline draws its embedded offline basemap; setting
// the Vite env variable VITE_BASEMAP_STYLE at build time points it at any MapLibre style URL
// (https://…/style.json) or at a PMTiles archive (pmtiles://https://…/file.pmtiles).
// Anything else is ignored with a console warning, and the offline basemap is used.

export type ResolvedBasemap = { kind: 'offline' } | { kind: 'style-url'; url: string } | { kind: 'pmtiles'; url: string };

/** The env variable read, e.g. from `import.meta.env`. */
export const BASEMAP_ENV = 'VITE_BASEMAP_STYLE';

/**
 * Decides which basemap to use from the environment.
 *
 * @param env e.g. `import.meta.env`; only `VITE_BASEMAP_STYLE` is read
 * @param warn where a rejected value is reported (defaults to console.warn)
 * @returns offline unless the variable holds an http(s) style URL or a pmtiles:// URL of an http(s) archive
 * @example resolveBasemap({ VITE_BASEMAP_STYLE: 'pmtiles://https://tiles.example/korea.pmtiles' })
 */
export function resolveBasemap(env: Record<string, unknown>, warn: (msg: string) => void = console.warn): ResolvedBasemap {
  const raw = env?.[BASEMAP_ENV];
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || raw === 'offline') return { kind: 'offline' };
  if (typeof raw !== 'string') return reject(`${BASEMAP_ENV} is a ${typeof raw}, not a URL`, warn);
  const value = raw.trim();
  if (/^pmtiles:\/\//i.test(value)) {
    const archive = value.slice('pmtiles://'.length);
    if (!isHttpUrl(archive)) return reject(`${BASEMAP_ENV}="${value}": a pmtiles:// URL must wrap an http(s) URL of the archive`, warn);
    if (!/\.pmtiles(\?|#|$)/i.test(new URL(archive).pathname + new URL(archive).search)) {
      return reject(`${BASEMAP_ENV}="${value}": the archive URL does not end in .pmtiles`, warn);
    }
    return { kind: 'pmtiles', url: 'pmtiles://' + new URL(archive).href };
  }
  if (isHttpUrl(value)) return { kind: 'style-url', url: new URL(value).href };
  return reject(`${BASEMAP_ENV}="${value}" is neither an http(s) style URL nor a pmtiles:// archive URL`, warn);
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function reject(reason: string, warn: (msg: string) => void): ResolvedBasemap {
  warn(`Borderline: ${reason}; using the offline basemap.`);
  return { kind: 'offline' };
}
