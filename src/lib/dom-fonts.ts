import type { FontFile } from '../map/style/font-files';

/**
 * Lets the page's own text (popups, the article, place names) draw Hangul with the Noto Sans KR
 * slices the map uses, where the system has no Korean font. Each slice keeps its unicode-range,
 * so the browser fetches only the slices a text needs; the URLs are same-origin (CSP font-src 'self').
 */
export function registerDomFonts(baseUrl: string, fonts: FontFile[]): number {
  if (typeof FontFace === 'undefined' || !document.fonts) return 0;
  let n = 0;
  for (const f of fonts) {
    if (!f.file.startsWith('noto-sans-kr-')) continue;
    const face = new FontFace('Noto Sans KR', `url(${baseUrl}fonts/${f.file}) format('woff2')`, {
      unicodeRange: f.unicodeRange.join(','),
      display: 'swap',
    });
    document.fonts.add(face);
    n++;
  }
  return n;
}
