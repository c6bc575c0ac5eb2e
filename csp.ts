import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: same-origin only. Injected at build time (the dev
 * server needs inline styles for hot reloading). An online basemap (VITE_BASEMAP_STYLE) adds its
 * origin to connect-src and img-src, since the style, tiles and sprites come from there.
 */
export function contentSecurityPolicy(basemap: string | undefined): string {
  const extra: string[] = [];
  const url = basemap?.replace(/^pmtiles:\/\//, '');
  if (url) {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' || u.protocol === 'http:') extra.push(u.origin);
    } catch {
      /* not a URL: the app falls back to the offline basemap */
    }
  }
  const more = extra.length ? ' ' + extra.join(' ') : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${more}`,
    `connect-src 'self'${more}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function cspPlugin(basemap: string | undefined): Plugin {
  return {
    name: 'borderline-csp',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(basemap) }, injectTo: 'head-prepend' }];
    },
  };
}
