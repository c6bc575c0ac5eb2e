import type { Connect, Plugin } from 'vite';

/**
 * The Content-Security-Policy of the app: same-origin only. Injected into the built page as a meta
 * tag, and sent as an HTTP header by `vite preview` and `vite` (dev) on every response, so that
 * workers (whose policy comes from their own script's response) and framing (`frame-ancestors`,
 * which a meta tag cannot set) are covered too. An online basemap (VITE_BASEMAP_STYLE) adds its
 * origin to connect-src and img-src, since the style, tiles and sprites come from there.
 */
export interface CspOptions {
  /** `frame-ancestors` sources; header only (browsers ignore it in a meta tag). */
  frameAncestors?: string[];
  /** The dev server: inline styles (hot reloading) and its WebSocket. */
  dev?: boolean;
}

export function contentSecurityPolicy(basemap: string | undefined, opts: CspOptions = {}): string {
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
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    opts.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data:${more}`,
    `connect-src 'self'${more}${opts.dev ? ' ws://127.0.0.1:* ws://localhost:*' : ''}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (opts.frameAncestors) directives.push(`frame-ancestors ${opts.frameAncestors.join(' ')}`);
  return directives.join('; ');
}

/**
 * Pages meant to be framed by other sites (the embed view), as paths under the app's base. Matched exactly:
 * a server that answers unknown paths with the app's page (an SPA fallback, as `vite preview` does) must not
 * hand the full app the embed's looser frame-ancestors because its path merely ends in `/embed.html`.
 */
export const EMBED_PATHS = ['embed.html', 'embed'];
/** Default `frame-ancestors` of the embed page: the app's own origin. Widen it with BORDERLINE_EMBED_ORIGINS. */
export const DEFAULT_EMBED_ANCESTORS = ["'self'"];

/**
 * Reads BORDERLINE_EMBED_ORIGINS: a space- or comma-separated list of origins allowed to frame the
 * embed page, e.g. `https://news.example.org https://*.example.com`. `'self'`, `'none'` and `*` are
 * accepted as written. One token of anything else (a path, a quote, a semicolon, a newline) refuses the whole
 * value with a warning and keeps the default: the variable cannot inject another directive or header, and a
 * typo fails closed.
 */
export function embedAncestors(raw: string | undefined, warn: (m: string) => void = () => {}): string[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_EMBED_ANCESTORS;
  const tokens = raw.split(/[\s,]+/).filter(Boolean);
  const bad = tokens.find((t) => !(t === "'self'" || t === "'none'" || t === '*' || /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?$/i.test(t)));
  if (bad !== undefined) {
    warn(`BORDERLINE_EMBED_ORIGINS: "${bad.slice(0, 80)}" is not an origin (expected e.g. https://news.example.org); the embed page keeps frame-ancestors ${DEFAULT_EMBED_ANCESTORS.join(' ')}`);
    return DEFAULT_EMBED_ANCESTORS;
  }
  if (tokens.includes("'none'")) return ["'none'"];
  return tokens;
}

/** True when `path` (a request URL) is the embed page under `base` (the app's folder, "/" by default). */
export function isEmbedPath(path: string, base = '/'): boolean {
  const pathname = path.split(/[?#]/, 1)[0];
  const root = base.startsWith('/') ? (base.endsWith('/') ? base : `${base}/`) : '/';
  return EMBED_PATHS.some((p) => pathname === root + p);
}

/** The security headers for one response path. */
export function securityHeaders(
  path: string,
  basemap: string | undefined,
  opts: { dev?: boolean; embedOrigins?: string[]; base?: string } = {},
): Record<string, string> {
  const embed = isEmbedPath(path, opts.base);
  const ancestors = embed ? (opts.embedOrigins ?? DEFAULT_EMBED_ANCESTORS) : ["'self'"];
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(basemap, { frameAncestors: ancestors, dev: opts.dev }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (!embed) headers['X-Frame-Options'] = 'SAMEORIGIN';
  return headers;
}

export function cspPlugin(basemap: string | undefined): Plugin[] {
  const embedOrigins = embedAncestors(process.env.BORDERLINE_EMBED_ORIGINS, (m) => console.warn(m));
  const middleware =
    (dev: boolean, base: string): Connect.NextHandleFunction =>
    (req, res, next) => {
      for (const [k, v] of Object.entries(securityHeaders(req.url ?? '/', basemap, { dev, embedOrigins, base }))) res.setHeader(k, v);
      next();
    };
  return [
    {
      name: 'borderline-csp-meta',
      apply: 'build',
      transformIndexHtml() {
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(basemap) }, injectTo: 'head-prepend' }];
      },
    },
    {
      name: 'borderline-csp-headers',
      // A relative base ('./') is served from the root by both servers.
      configureServer(server) {
        server.middlewares.use(middleware(true, server.config.base));
      },
      configurePreviewServer(server) {
        server.middlewares.use(middleware(false, server.config.base));
      },
    },
  ];
}
