// The map's style: the embedded offline basemap, or the online one VITE_BASEMAP_STYLE names (its
// code loaded only then); an online basemap that fails falls back to the offline one. Both need
// the font list (public/data/fonts.json) first.
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from './basemap';
import type { FontFile } from './font-files';
import { resolveBasemap } from './online';

/**
 * @param fonts the font list, fetched by the caller (it also draws the page's Hangul, see dom-fonts)
 * @param onstyle called once with the style to draw
 */
export function chooseStyle(env: Record<string, unknown>, baseUrl: string, fonts: FontFile[], onstyle: (style: StyleSpecification | string) => void): void {
  const basemap = resolveBasemap(env);
  if (basemap.kind === 'offline') {
    onstyle(basemapStyle({ baseUrl, fonts }));
    return;
  }
  import('./online-style')
    .then((m) => m.onlineStyle(basemap, baseUrl, fonts))
    .then(onstyle)
    .catch((err) => {
      console.warn(`Borderline: the online basemap failed (${err}); using the offline basemap.`);
      onstyle(basemapStyle({ baseUrl, fonts }));
    });
}
