import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedAncestors, isEmbedPath, securityHeaders } from '../../csp';

describe('contentSecurityPolicy', () => {
  it('is same-origin only by default', () => {
    const csp = contentSecurityPolicy(undefined);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/unsafe|https?:|blob:/);
  });
  it('admits the origin of an online basemap, and nothing for garbage', () => {
    expect(contentSecurityPolicy('pmtiles://https://tiles.example.org/k.pmtiles')).toContain("connect-src 'self' https://tiles.example.org;");
    expect(contentSecurityPolicy('javascript:alert(1)')).toBe(contentSecurityPolicy(undefined));
  });
});

describe('securityHeaders and embedAncestors', () => {
  it('lets only the app itself frame its pages; the embed page takes the configured origins', () => {
    const app = securityHeaders('/index.html', undefined);
    expect(app['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(app['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(securityHeaders('/', undefined)['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    const embed = securityHeaders('/embed.html?x=1', undefined, { embedOrigins: ['https://news.example.org'] });
    expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors https:\/\/news\.example\.org$/);
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(securityHeaders('/embed.html', undefined)['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
  });
  it('gives the embed headers to the exact path of the embed page only, never to a path that merely ends like it', () => {
    const o = { embedOrigins: ['https://news.example.org'] };
    const ancestors = (p: string, base?: string) => /frame-ancestors (.*)$/.exec(securityHeaders(p, undefined, { ...o, base })['Content-Security-Policy'])![1];
    expect(ancestors('/embed.html')).toBe('https://news.example.org');
    expect(ancestors('/embed.html?x=1#story=s')).toBe('https://news.example.org');
    expect(ancestors('/embed')).toBe('https://news.example.org');
    // What an SPA fallback answers with the app's own page: the app's policy.
    for (const p of ['/x/embed.html', '/index.html%3F/embed.html', '/embed.html/', '/embed.html;x', '/notembed.html', '//embed.html'])
      expect(ancestors(p), p).toBe("'self'");
    expect(ancestors('/borderline/embed.html', '/borderline/')).toBe('https://news.example.org');
    expect(ancestors('/embed.html', '/borderline/')).toBe("'self'");
    expect(ancestors('/embed.html', './')).toBe('https://news.example.org');
    expect(isEmbedPath('/x/embed.html')).toBe(false);
  });
  it('reads BORDERLINE_EMBED_ORIGINS strictly: nothing can inject a directive or a header', () => {
    const warnings: string[] = [];
    expect(embedAncestors(undefined)).toEqual(["'self'"]);
    expect(embedAncestors('https://a.example.org, https://*.b.example.com:8443', (m) => warnings.push(m))).toEqual([
      'https://a.example.org',
      'https://*.b.example.com:8443',
    ]);
    expect(warnings).toEqual([]);
    expect(embedAncestors("https://a.example.org; script-src * 'unsafe-inline'", (m) => warnings.push(m))).toEqual(["'self'"]);
    expect(embedAncestors('https://a.example.org/path\r\nSet-Cookie: x=1', (m) => warnings.push(m))).toEqual(["'self'"]);
    expect(warnings.length).toBe(2);
    expect(embedAncestors('https://ok.example.org *', () => {})).toEqual(['https://ok.example.org', '*']);
    expect(embedAncestors("'none' https://a.example.org")).toEqual(["'none'"]);
  });
  it('the dev server policy admits inline styles and its WebSocket, nothing else', () => {
    const dev = contentSecurityPolicy(undefined, { dev: true });
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*;/);
    expect(dev).toContain("script-src 'self';");
  });
});
