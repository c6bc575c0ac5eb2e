// The map's fonts and style at start: the font list is fetched (data, not code), then the page's
// Hangul fonts are registered and the style built. A font list that cannot be loaded is reported;
// the map is drawn without labels.
import type { StyleSpecification } from 'maplibre-gl';
import { loadFontFiles, type FontFile } from '../map/style/font-files';
import { chooseStyle } from '../map/style/choose-style';
import { registerDomFonts } from '../lib/dom-fonts';

export function startStyle(env: Record<string, unknown>, baseUrl: string, onstyle: (s: StyleSpecification | string) => void, onproblem: (message: string) => void): void {
  loadFontFiles(baseUrl)
    .catch((err): FontFile[] => {
      onproblem(`Map labels: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    })
    .then((fonts) => {
      registerDomFonts(baseUrl, fonts);
      chooseStyle(env, baseUrl, fonts, onstyle);
    });
}
