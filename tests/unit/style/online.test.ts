import { describe, expect, it, vi } from 'vitest';
import { resolveBasemap } from '../../../src/map/style/online';

const resolve = (v: unknown) => {
  const warn = vi.fn();
  return { r: resolveBasemap({ VITE_BASEMAP_STYLE: v }, warn), warn };
};

describe('resolveBasemap', () => {
  it('stays offline when nothing is set, without a warning', () => {
    for (const v of [undefined, '', '   ', 'offline']) {
      const { r, warn } = resolve(v);
      expect(r).toEqual({ kind: 'offline' });
      expect(warn).not.toHaveBeenCalled();
    }
    expect(resolveBasemap({}, vi.fn())).toEqual({ kind: 'offline' });
  });

  it('takes an http(s) style URL', () => {
    expect(resolve('https://tiles.example.org/styles/light/style.json').r).toEqual({ kind: 'style-url', url: 'https://tiles.example.org/styles/light/style.json' });
    expect(resolve(' http://127.0.0.1:8080/style.json ').r).toEqual({ kind: 'style-url', url: 'http://127.0.0.1:8080/style.json' });
  });

  it('takes a pmtiles:// URL of an http(s) archive', () => {
    expect(resolve('pmtiles://https://data.example.org/korea.pmtiles').r).toEqual({ kind: 'pmtiles', url: 'pmtiles://https://data.example.org/korea.pmtiles' });
  });

  for (const bad of ['javascript:alert(1)', 'ftp://example.org/style.json', 'style.json', '/local/style.json', 'pmtiles://korea.pmtiles', 'pmtiles://https://example.org/korea.mbtiles', 'https://', 42, {}, ['https://example.org/style.json']]) {
    it(`falls back to offline with a warning for ${JSON.stringify(bad)}`, () => {
      const { r, warn } = resolve(bad);
      expect(r).toEqual({ kind: 'offline' });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(/VITE_BASEMAP_STYLE.*offline basemap/);
    });
  }

  it('warns on console.warn by default', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveBasemap({ VITE_BASEMAP_STYLE: 'nonsense' })).toEqual({ kind: 'offline' });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
