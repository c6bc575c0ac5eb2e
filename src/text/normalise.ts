// The one place where article text is normalised, shared by the build (Node) and the browser, so that
// every offset the pipeline computes points into the same string the app shows.

/**
 * Canonical form of an article's text: no byte-order mark, `\n` line ends, Unicode NFC.
 * Idempotent. Everything downstream (pipeline offsets, stored stories, exports) uses its result.
 * @param text raw text as read from a file, a fetch, a paste or a drop
 * @returns the normalised text
 * @example normaliseText('\ufeffA\r\nB') // 'A\nB'
 */
export function normaliseText(text: string): string {
  if (typeof text !== 'string') throw new Error(`article text must be a string (got ${typeof text})`);
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.normalize('NFC');
}
