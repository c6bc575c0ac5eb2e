// The woff2 files in public/fonts/ and the characters each one draws: data written by
// `npm run basemap` (geo/basemap/build.ts) into public/data/fonts.json, fetched at start.
import { fetchData } from '../../data/fetch-json';
import { DataError } from '../../data/validate';

export interface FontFile {
  file: string;
  unicodeRange: string[];
}

export const FONT_LIST = 'fonts.json';

/** Checks the font list's shape; a bad entry is an error that names it. */
export function asFontFiles(value: unknown): FontFile[] {
  if (!Array.isArray(value)) throw new DataError(FONT_LIST, 'is not a list of font files');
  value.forEach((f, i) => {
    const ok = f && typeof f.file === 'string' && /^[a-z0-9-]+\.woff2$/.test(f.file) && Array.isArray(f.unicodeRange) && f.unicodeRange.every((r: unknown) => typeof r === 'string');
    if (!ok) throw new DataError(FONT_LIST, `entry ${i} needs a .woff2 "file" and a "unicodeRange" list`);
  });
  return value as FontFile[];
}

/** Fetches the font list (same origin). */
export async function loadFontFiles(baseUrl: string): Promise<FontFile[]> {
  return asFontFiles(await fetchData(baseUrl, FONT_LIST, 'json'));
}
