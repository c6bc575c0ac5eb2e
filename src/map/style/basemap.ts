// The embedded offline basemap: GeoJSON files and fonts shipped in public/, no tile or glyph server.
// Layers are built by small typed functions (after Protomaps' basemaps) from one Palette.
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FontFile } from './font-files';
import { TOPOJSON_PROTOCOL } from './topojson-protocol';
import { LIGHT, type Palette } from './palette';

export type { Palette } from './palette';
export { LIGHT } from './palette';

/** The font name the layers ask for; `font-faces` maps it to the woff2 files in public/fonts/. */
export const BASEMAP_FONT = 'Noto Sans Regular';

/** Which names labels show: English, Hangul, or English over Hangul. */
export type LabelLanguage = 'en' | 'ko' | 'both';

export interface BasemapOptions {
  /** Base URL (ending in '/') of the app's public folder, e.g. `import.meta.env.BASE_URL` resolved. */
  baseUrl: string;
  /** The label fonts' files and ranges (public/data/fonts.json, see loadFontFiles). */
  fonts: FontFile[];
  lang?: LabelLanguage;
  palette?: Palette;
}

/** The GeoJSON files of the basemap, relative to the public folder. */
export const BASEMAP_TOPOJSON = 'data/basemap/basemap.topojson';
/** Land, coast and borders are objects of one TopoJSON file, read through the topojson:// protocol. */
export const BASEMAP_FILES = {
  land: `${BASEMAP_TOPOJSON}#land`,
  coast: `${BASEMAP_TOPOJSON}#coast`,
  borders: `${BASEMAP_TOPOJSON}#borders`,
  rivers: 'data/basemap/rivers.geojson',
  labels: 'data/basemap/labels.geojson',
} as const;
export type BasemapSource = keyof typeof BASEMAP_FILES;

const OSM = '© OpenStreetMap contributors (ODbL), via @geo-maps';
export const ATTRIBUTION: Record<BasemapSource, string> = {
  land: OSM,
  coast: OSM,
  borders: OSM,
  rivers: 'Rivers: digitised through cited bridges and sites (geo/basemap/rivers.ts)',
  labels: 'Places: GeoNames (CC BY 4.0)',
};

/** Ids of the layers, for tests and for code that places overlays between them. */
export const LAYER_IDS = {
  background: 'background',
  land: 'land',
  river: 'river',
  coast: 'coast',
  border: 'border',
  borderKoreasCasing: 'border-kr-kp-casing',
  borderKoreas: 'border-kr-kp',
  labelSea: 'label-sea',
  labelCountry: 'label-country',
  labelRiver: 'label-river',
  labelIsland: 'label-island',
  labelPlace: 'label-place',
  labelCapital: 'label-capital',
} as const;

/**
 * The offline basemap style.
 *
 * @param options baseUrl of the public folder (URLs are built by concatenation, so a base path
 *   such as "https://host/app/" or "./" is kept as given), label language, palette
 * @returns a MapLibre style whose sources and fonts all live under `baseUrl`
 * @example new Map({ container, style: basemapStyle({ baseUrl: new URL(import.meta.env.BASE_URL, location.href).href }) })
 */
export function basemapStyle({ baseUrl, fonts, lang = 'both', palette = LIGHT }: BasemapOptions): StyleSpecification {
  if (typeof baseUrl !== 'string' || !baseUrl.endsWith('/')) {
    throw new Error(`basemapStyle: baseUrl must be a string ending in "/", got ${JSON.stringify(baseUrl)}`);
  }
  return {
    version: 8,
    name: 'Borderline offline',
    sources: sources(baseUrl),
    'font-faces': fontFaces(baseUrl, fonts),
    layers: layers(palette, lang),
  };
}

export function sources(baseUrl: string): Record<BasemapSource, SourceSpecification> {
  const out = {} as Record<BasemapSource, SourceSpecification>;
  for (const id of Object.keys(BASEMAP_FILES) as BasemapSource[]) {
    const file = BASEMAP_FILES[id];
    // topojson:// paths resolve against the base URL in the protocol (see topojson-protocol.ts).
    const data = file.includes('#') ? `${TOPOJSON_PROTOCOL}://${file}` : baseUrl + file;
    out[id] = { type: 'geojson', data, ...(ATTRIBUTION[id] ? { attribution: ATTRIBUTION[id] } : {}) };
  }
  return out;
}

export function fontFaces(baseUrl: string, fonts: FontFile[]): FontFacesSpecification {
  return {
    [BASEMAP_FONT]: fonts.map((f) => ({ url: baseUrl + 'fonts/' + f.file, 'unicode-range': f.unicodeRange })),
  };
}

export function layers(p: Palette, lang: LabelLanguage): LayerSpecification[] {
  return [background(p), land(p), rivers(p), coast(p), borders(p), bordersKoreas(p), ...labels(p, lang)].flat();
}

function background(p: Palette): LayerSpecification {
  return { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': p.sea } };
}

/**
 * Coarse land beyond the detailed window (Natural Earth 1:50m), for events far from the border
 * (Hanoi). Not part of the style: the app adds it only when the view reaches past the window,
 * so a cold load does not fetch it.
 */
export const CONTEXT = {
  file: 'data/basemap/context.geojson',
  attribution: 'Natural Earth (public domain)',
  /** The detailed window: [west, south, east, north]. */
  window: [122, 32, 133, 44] as [number, number, number, number],
};
export function contextLandLayer(sourceId: string, p: Palette = LIGHT): LayerSpecification {
  return { id: 'context-land', type: 'fill', source: sourceId, paint: { 'fill-color': p.land.other } };
}

function land(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.land,
    type: 'fill',
    source: 'land',
    paint: {
      'fill-color': ['match', ['get', 'iso'], 'KR', p.land.KR, 'KP', p.land.KP, p.land.other],
      'fill-antialias': true,
    },
  };
}

function rivers(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.river,
    type: 'line',
    source: 'rivers',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': p.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 9, 1.5, 12, 3.5] },
  };
}

function coast(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.coast,
    type: 'line',
    source: 'coast',
    layout: { 'line-join': 'round' },
    paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 10, 1, 13, 1.5] },
  };
}

const IS_KOREAS: ExpressionSpecification = ['==', ['get', 'id'], 'KP-KR'];

function borders(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.border,
    type: 'line',
    source: 'borders',
    filter: ['!', IS_KOREAS],
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': p.border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.6],
      'line-dasharray': [3, 2],
    },
  };
}

/** The KR/KP line: a solid line on a light casing, so it reads apart from other borders. */
function bordersKoreas(p: Palette): LayerSpecification[] {
  const width = (k: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 5, 1 * k, 10, 2 * k, 13, 3 * k];
  return [
    {
      id: LAYER_IDS.borderKoreasCasing,
      type: 'line',
      source: 'borders',
      filter: IS_KOREAS,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.borderKoreasCasing, 'line-width': width(3), 'line-opacity': 0.8 },
    },
    {
      id: LAYER_IDS.borderKoreas,
      type: 'line',
      source: 'borders',
      filter: IS_KOREAS,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.borderKoreas, 'line-width': width(1) },
    },
  ];
}

/** "Seoul\n서울", "Seoul" or "서울". */
export function labelText(lang: LabelLanguage): ExpressionSpecification {
  if (lang === 'en') return ['get', 'name'];
  if (lang === 'ko') return ['get', 'name_ko'];
  return ['concat', ['get', 'name'], '\n', ['get', 'name_ko']];
}

function symbol(id: string, source: BasemapSource, rest: Partial<SymbolLayerSpecification> & { layout: NonNullable<SymbolLayerSpecification['layout']> }): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...rest,
    layout: { 'text-font': [BASEMAP_FONT], 'text-max-width': 12, 'text-line-height': 1.15, ...rest.layout },
  };
}

const kind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

function labels(p: Palette, lang: LabelLanguage): LayerSpecification[] {
  const text = labelText(lang);
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };
  return [
    symbol(LAYER_IDS.labelSea, 'labels', {
      filter: kind('sea'),
      minzoom: 4,
      maxzoom: 10,
      layout: { 'text-field': text, 'text-size': ['match', ['get', 'rank'], 1, 15, 12], 'text-letter-spacing': 0.1 },
      paint: { 'text-color': p.text.sea, 'text-halo-color': p.sea, 'text-halo-width': 1 },
    }),
    symbol(LAYER_IDS.labelCountry, 'labels', {
      filter: kind('country'),
      maxzoom: 8,
      layout: { 'text-field': text, 'text-size': 14, 'text-transform': 'none', 'text-letter-spacing': 0.15 },
      paint: { 'text-color': p.text.country, ...halo },
    }),
    symbol(LAYER_IDS.labelRiver, 'rivers', {
      minzoom: 8,
      layout: {
        'text-field': lang === 'both' ? ['concat', ['get', 'name'], ' ', ['get', 'name_ko']] : text,
        'symbol-placement': 'line',
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': p.text.river, ...halo },
    }),
    symbol(LAYER_IDS.labelIsland, 'labels', {
      filter: kind('island'),
      minzoom: 8,
      layout: { 'text-field': text, 'text-size': 11 },
      paint: { 'text-color': p.text.island, ...halo },
    }),
    symbol(LAYER_IDS.labelPlace, 'labels', {
      // Towns of lower rank appear from higher zooms: rank 2 from z5, 3 from z7, 4 from z9.
      filter: ['all', kind('city', 'town'), ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 7, 3, 9, 4]]],
      layout: {
        'text-field': text,
        'text-size': ['match', ['get', 'rank'], 2, 13, 3, 12, 11],
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': p.text.place, ...halo },
    }),
    symbol(LAYER_IDS.labelCapital, 'labels', {
      filter: kind('capital'),
      layout: { 'text-field': text, 'text-size': 15, 'text-anchor': 'top', 'text-offset': [0, 0.4] },
      paint: { 'text-color': p.text.capital, ...halo },
    }),
  ];
}
