// Copies the label fonts into public/fonts/ and writes the `font-faces` declaration the style uses.
// Latin: @fontsource/noto-sans (latin slice). Hangul: @fontsource/noto-sans-kr, whose CSS splits
// Korean into ~120 unicode-range slices; only the slices holding a character some label uses are
// shipped, because MapLibre fetches a slice for every one of them drawn on screen.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FontFace {
  /** File name under public/fonts/. */
  file: string;
  unicodeRange: string[];
}

interface CssFace {
  file: string;
  ranges: [number, number][];
  rangeText: string[];
}

/** Reads the @font-face blocks of a fontsource CSS file (woff2 url and unicode-range). */
export function parseFontsourceCss(css: string, cssPath: string): CssFace[] {
  const faces: CssFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const url = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !range) throw new Error(`${cssPath}: an @font-face block lacks a woff2 url or a unicode-range`);
    const rangeText = range.split(',').map((r) => r.trim().toUpperCase());
    faces.push({ file: url, rangeText, ranges: rangeText.map(parseRange) });
  }
  if (!faces.length) throw new Error(`${cssPath}: no @font-face block found`);
  return faces;
}

function parseRange(r: string): [number, number] {
  const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/.exec(r);
  if (!m) throw new Error(`unicode-range "${r}" is not of the form U+XXXX or U+XXXX-YYYY`);
  const a = parseInt(m[1], 16);
  return [a, m[2] ? parseInt(m[2], 16) : a];
}

const covers = (f: CssFace, cp: number) => f.ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * Picks the fontsource faces needed to draw `text`: the Latin face always, and each Hangul slice
 * that holds one of its Hangul characters.
 */
export function pickFaces(latin: CssFace[], korean: CssFace[], text: string, { allHangul = false } = {}): CssFace[] {
  const latinFace = latin.find((f) => f.file.includes('-latin-400-normal'));
  if (!latinFace) throw new Error('fonts: @fontsource/noto-sans/400.css has no latin-400-normal face');
  const hangul = [...new Set([...text].map((c) => c.codePointAt(0)!).filter(isHangul))];
  const slices = korean.filter((f) => /noto-sans-kr-\d+-400-normal/.test(f.file));
  const picked = new Set<CssFace>();
  // Every slice holding a Hangul syllable: place names in popups and pasted articles are not
  // known at build time. unicode-range keeps the browser and MapLibre to the slices drawn.
  if (allHangul) for (const s of slices) if (s.ranges.some(([a, b]) => a <= 0xd7a3 && b >= 0xac00)) picked.add(s);
  for (const cp of hangul) {
    const f = slices.find((s) => covers(s, cp));
    if (!f) throw new Error(`fonts: no @fontsource/noto-sans-kr slice covers U+${cp.toString(16).toUpperCase()} (${String.fromCodePoint(cp)})`);
    picked.add(f);
  }
  return [latinFace, ...slices.filter((s) => picked.has(s))];
}

/** Hangul syllables, jamo and compatibility jamo. */
export const isHangul = (cp: number) => (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);

/**
 * Copies the picked woff2 files and the OFL licence to `outDir`, replacing what was there, and
 * returns the font faces in the order MapLibre should try them.
 */
export function copyFonts(nodeModules: string, outDir: string, text: string, options: { allHangul?: boolean } = {}): { faces: FontFace[]; bytes: number } {
  const latinDir = join(nodeModules, '@fontsource/noto-sans');
  const krDir = join(nodeModules, '@fontsource/noto-sans-kr');
  const latin = parseFontsourceCss(readFileSync(join(latinDir, '400.css'), 'utf8'), join(latinDir, '400.css'));
  const korean = parseFontsourceCss(readFileSync(join(krDir, '400.css'), 'utf8'), join(krDir, '400.css'));
  const picked = pickFaces(latin, korean, text, options);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  const faces = picked.map((f) => {
    const src = join(f === picked[0] ? latinDir : krDir, 'files', f.file);
    copyFileSync(src, join(outDir, f.file));
    bytes += statSync(src).size;
    return { file: f.file, unicodeRange: f.rangeText };
  });
  copyFileSync(join(latinDir, 'LICENSE'), join(outDir, 'OFL-noto-sans.txt'));
  copyFileSync(join(krDir, 'LICENSE'), join(outDir, 'OFL-noto-sans-kr.txt'));
  writeFileSync(
    join(outDir, 'README.md'),
    [
      '# Label fonts',
      '',
      'Noto Sans (latin) and Noto Sans KR (only the Hangul slices the basemap labels use), woff2 files',
      'copied from the npm packages @fontsource/noto-sans and @fontsource/noto-sans-kr by',
      '`npm run basemap` (geo/basemap/fonts.ts). Licence: SIL Open Font License 1.1 (OFL-*.txt).',
      'Declared to MapLibre through the style\'s `font-faces` (src/map/style/font-faces.ts).',
      '',
    ].join('\n'),
  );
  return { faces, bytes };
}
