import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../csp';

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
