import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedAncestors, securityHeaders } from '../../csp';

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
