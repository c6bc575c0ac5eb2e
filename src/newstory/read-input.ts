// What a reader brings — pasted text or a dropped / opened file — checked before anything runs:
// empty, too long, binary, the wrong encoding, or not English each get a message in plain words.

/** Longest article text the pipeline is given (a long news article is under 0.1 MB). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Largest file read at all (an HTML page carries far more markup than text). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type InputKind = 'txt' | 'html' | 'geojson';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Share of characters that are control characters (other than tab and line ends) or U+FFFD. */
export function junkShare(text: string, sample = 65_536): number {
  const s = text.slice(0, sample);
  if (!s.length) return 0;
  let junk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
  }
  return junk / s.length;
}

/**
 * Decodes a file's bytes as text: UTF-8 (or UTF-16 with a byte-order mark), or the charset an HTML
 * page declares (EUC-KR is common on Korean sites). Binary data and undecodable bytes are refused.
 */
export function decodeBytes(bytes: Uint8Array, kind: InputKind, name = 'the file'): Decoded {
  if (bytes.length === 0) return { ok: false, problem: `${name} is empty.` };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: `${name} is ${mb(bytes.length)}; Borderline opens files up to ${mb(MAX_FILE_BYTES)}. Paste the article's text instead.` };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = bytes.subarray(0, 65_536);
  if (!utf16 && head.includes(0)) return { ok: false, problem: `${name} is not text: it holds binary data (an image, a PDF or a word-processor file?). Open a .txt or .html file, or paste the article's text.` };
  const labels: string[] = utf16 ? [bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'] : ['utf-8'];
  if (kind === 'html') {
    const cs = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
    if (cs && cs !== 'utf-8' && cs !== 'utf8') labels.unshift(cs);
  }
  for (const label of labels) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (junkShare(text) > 0.01) return { ok: false, problem: `${name} is not readable text (it is mostly control characters). Open a .txt or .html file, or paste the article's text.` };
    return { ok: true, text };
  }
  return { ok: false, problem: `${name} is not UTF-8 text and declares no encoding Borderline can read. Save it as UTF-8, or paste the article's text.` };
}

/** What a file or pasted text is: an HTML page, a Borderline export, or plain text. */
export function inputKind(name: string, mime: string, text: string): InputKind {
  if (/\.(geo)?json$/i.test(name) || /json/.test(mime) || /^\s*\{\s*"type"\s*:\s*"FeatureCollection"/.test(text.slice(0, 200))) return 'geojson';
  if (/\.x?html?$/i.test(name) || /html/.test(mime)) return 'html';
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000))) return 'html';
  return 'txt';
}

/** Why a text cannot be mapped, or null when it can. */
export function textProblem(text: string): string | null {
  if (!text.trim()) return 'There is no text to map: paste an article, or drop or open a .txt or .html file.';
  if (text.length > MAX_TEXT_CHARS)
    return `This text is ${mb(text.length)} long; Borderline maps articles up to ${mb(MAX_TEXT_CHARS)} (a long news article is under 0.1 MB). Paste the article's body only, or split it.`;
  if (junkShare(text) > 0.01) return 'This text is mostly control characters or undecodable bytes, not an article. Paste the article\'s text, or open a .txt or .html file.';
  if (text.trim().length < 40) return 'This text is too short to hold an event: paste the whole article.';
  return null;
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/**
 * A note when the text is not in English, which is what the pipeline reads (its dates especially):
 * Korean (Hangul), other scripts, or Latin text with few English words.
 */
export function languageNote(text: string): string | null {
  const s = text.slice(0, 50_000);
  const letters = count(s, /\p{L}/gu);
  if (letters < 20) return null;
  const hangul = count(s, /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/gu);
  if (hangul / letters > 0.2)
    return 'This article is in Korean. Borderline reads English news: places named in Hangul are found, but dates and events mostly are not.';
  const latin = count(s, /\p{Script=Latin}/gu);
  if (latin / letters < 0.5) return 'This article is not in English. Borderline reads English news: few of its events will be found.';
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => /^(the|and|of|to|in|on|a|is|was|said|by|for|with|that|at|from)$/.test(w)).length;
  if (words.length > 30 && english / words.length < 0.08)
    return 'This article does not look like English. Borderline reads English news: few of its events will be found.';
  return null;
}
