// The map's style: the embedded offline basemap, or the online one VITE_BASEMAP_STYLE names (its
// code loaded only then); an online basemap that fails falls back to the offline one.
import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle } from './basemap';
import { resolveBasemap } from './online';

/**
 * @param onstyle called once with the style to draw (at once for the offline basemap)
 */
export function chooseStyle(env: Record<string, unknown>, baseUrl: string, onstyle: (style: StyleSpecification | string) => void): void {
  const basemap = resolveBasemap(env);
  if (basemap.kind === 'offline') {
    onstyle(basemapStyle({ baseUrl }));
    return;
  }
  import('./online-style')
    .then((m) => m.onlineStyle(basemap, baseUrl))
    .then(onstyle)
    .catch((err) => {
      console.warn(`Borderline: the online basemap failed (${err}); using the offline basemap.`);
      onstyle(basemapStyle({ baseUrl }));
    });
}
