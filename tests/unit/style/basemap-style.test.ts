// The generated style is valid, self-contained and points only at committed files.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, BASEMAP_FILES, BASEMAP_FONT, LAYER_IDS, labelText, type LabelLanguage } from '../../../src/map/style/basemap';
import { asFontFiles } from '../../../src/map/style/font-files';

const PUBLIC = join(process.cwd(), 'public');
const BASE = 'http://127.0.0.1:4173/app/';
const FONT_FILES = asFontFiles(JSON.parse(readFileSync(join(PUBLIC, 'data', 'fonts.json'), 'utf8')));

/** Every string anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

describe('basemapStyle', () => {
  for (const lang of ['en', 'ko', 'both'] as LabelLanguage[]) {
    it(`validates against the MapLibre style spec (lang=${lang})`, () => {
      const errors = validateStyleMin(basemapStyle({ baseUrl: BASE, fonts: FONT_FILES, lang }) as never);
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it('fails validation when a layer is broken, so the check above can fail', () => {
    const style = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES });
    (style.layers[1] as { paint: Record<string, unknown> }).paint['fill-color'] = 42;
    expect(validateStyleMin(style as never).length).toBeGreaterThan(0);
  });

  it('builds every source URL from baseUrl, and each resolves to a committed file under public/', () => {
    const style = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES });
    const urls = Object.values(style.sources).map((s) => (s as { data: string }).data);
    expect(urls.length).toBe(Object.keys(BASEMAP_FILES).length);
    for (const raw of urls) {
      // topojson://<file>#<object> reads one object of a TopoJSON file.
      // topojson:// paths are relative to baseUrl (resolved by the protocol).
      const topo = /^topojson:\/\/(.+)#(.+)$/.exec(raw);
      const url = topo ? BASE + topo[1] : raw;
      expect(url.startsWith(BASE), url).toBe(true);
      const file = join(PUBLIC, url.slice(BASE.length));
      expect(existsSync(file), file).toBe(true);
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (topo) expect(json.objects[topo[2]], raw).toBeDefined();
      else expect(json.type).toBe('FeatureCollection');
    }
  });

  it('declares font-faces whose woff2 files exist, with the OFL licence beside them', () => {
    const style = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES });
    const faces = style['font-faces']![BASEMAP_FONT] as { url: string; 'unicode-range': string[] }[];
    expect(faces.length).toBe(FONT_FILES.length);
    for (const f of faces) {
      expect(f.url.startsWith(BASE + 'fonts/')).toBe(true);
      expect(f.url.endsWith('.woff2')).toBe(true);
      const file = join(PUBLIC, f.url.slice(BASE.length));
      expect(statSync(file).size, file).toBeGreaterThan(1000);
      expect(f['unicode-range'].length).toBeGreaterThan(0);
    }
    expect(existsSync(join(PUBLIC, 'fonts', 'OFL-noto-sans.txt'))).toBe(true);
    expect(existsSync(join(PUBLIC, 'fonts', 'OFL-noto-sans-kr.txt'))).toBe(true);
    expect(readFileSync(join(PUBLIC, 'fonts', 'OFL-noto-sans-kr.txt'), 'utf8')).toMatch(/SIL Open Font License/);
  });

  it('every symbol layer asks for the declared font, and the style has no glyphs server', () => {
    const style = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES });
    expect(style.glyphs).toBeUndefined();
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(3);
    for (const l of symbols) expect((l.layout as { 'text-font': string[] })['text-font']).toEqual([BASEMAP_FONT]);
  });

  it('has no http(s) URL except those derived from baseUrl', () => {
    for (const base of [BASE, './', '/borderline/']) {
      const all = strings(basemapStyle({ baseUrl: base, fonts: FONT_FILES }));
      const external = all.filter((s) => /^https?:\/\//i.test(s) && !s.startsWith(base));
      expect(external, base).toEqual([]);
    }
    // …and with a relative base nothing at all is absolute.
    expect(strings(basemapStyle({ baseUrl: './', fonts: FONT_FILES })).filter((s) => /https?:\/\//i.test(s))).toEqual([]);
  });

  it('rejects a baseUrl without a trailing slash, naming the fault', () => {
    expect(() => basemapStyle({ baseUrl: 'http://x/app', fonts: FONT_FILES })).toThrow(/ending in "\/"/);
  });

  it('draws land, coast, borders with the KR/KP line apart, rivers and labels, in that order', () => {
    const ids = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES }).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    for (const id of Object.values(LAYER_IDS)) expect(at(id), id).toBeGreaterThanOrEqual(0);
    expect(at(LAYER_IDS.background)).toBe(0);
    expect(at(LAYER_IDS.land)).toBeLessThan(at(LAYER_IDS.coast));
    expect(at(LAYER_IDS.coast)).toBeLessThan(at(LAYER_IDS.borderKoreas));
    expect(at(LAYER_IDS.borderKoreas)).toBeLessThan(at(LAYER_IDS.labelPlace));
  });

  it('colours South and North Korea differently', () => {
    const land = basemapStyle({ baseUrl: BASE, fonts: FONT_FILES }).layers.find((l) => l.id === LAYER_IDS.land)!;
    const m = (land.paint as { 'fill-color': unknown[] })['fill-color'];
    const kr = m[m.indexOf('KR') + 1], kp = m[m.indexOf('KP') + 1];
    expect(typeof kr).toBe('string');
    expect(kr).not.toBe(kp);
  });

  it('writes labels as "English\\nHangul" by default, one script when asked', () => {
    expect(labelText('both')).toEqual(['concat', ['get', 'name'], '\n', ['get', 'name_ko']]);
    expect(labelText('en')).toEqual(['get', 'name']);
    expect(labelText('ko')).toEqual(['get', 'name_ko']);
  });
});
