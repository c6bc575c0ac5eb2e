import { describe, expect, it } from 'vitest';
import { pageTitle, show } from './display';

describe('show', () => {
  it('makes every explicit bidi control visible, in writing order', () => {
    expect(show('\u202eevil')).toBe('[RLO]evil');
    expect(show('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069')).toBe('a[LRE]b[RLE]c[PDF]d[LRO]e[LRI]f[RLI]g[FSI]h[PDI]');
    // The regex is global: a second call on the same input must not skip (lastIndex state).
    expect(show('\u202ex')).toBe('[RLO]x');
  });
  it('leaves right-to-left scripts, marks, markup and Hangul alone', () => {
    for (const s of ['שלום', 'مرحبا\u200f', '<b>x</b>', '평양', 'e\u0301', 'a\u200bb']) expect(show(s)).toBe(s);
    expect(show(undefined)).toBe('');
  });
});

describe('pageTitle', () => {
  it('bounds the title and names the app', () => {
    expect(pageTitle('A\n  story')).toBe('A story — Borderline');
    expect(pageTitle('x'.repeat(500)).length).toBeLessThan(140);
    expect(pageTitle('<script>alert(1)</script>')).toBe('<script>alert(1)</script> — Borderline');
  });
});
