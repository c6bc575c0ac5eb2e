// The woff2 files in public/fonts/ and the characters each one draws. The list itself is data,
// written by `npm run basemap` (geo/basemap/build.ts) into generated/font-files.json.
import files from '../../../generated/font-files.json';

export interface FontFile {
  file: string;
  unicodeRange: string[];
}

export const FONT_FILES: FontFile[] = files;
