// Stage 2: sentences of the body and caption paragraphs, with offsets into the original text.
import { execAll } from './regex';
import type { Block, Sentence } from './types';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// A break after these is not the end of a sentence ("U.S.", "Brig. Gen.", "J. R.", "Aug. 4").
const ABBREV_END =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Brig|Lt|Col|Maj|Sgt|Cpl|Pvt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|St|Mt|Mts|Ft|Jr|Sr|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Corp|Co|Ltd|approx|est)\.)\s*$/;
// "at 11:51 p.m. Tuesday GMT", "10 a.m. (0100 GMT)": a time's "a.m."/"p.m." before its day, month or zone.
const CLOCK_END = /\b[ap]\.m\.\s*$/i;
const CLOCK_GOES_ON =
  /^(?:\(|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:GMT|UTC|KST|EST|EDT|JST)\b)/;
// A full stop glued to the next sentence: "accord.South". Not initials ("U.S."), not domains.
// (The stop first, then the look back: the regex engine can then skip to each stop.)
// ("disappeared.VOA said": an acronym opens the next.)
const GLUED = /([.!?])(?<=[\p{Ll}\d)\]"”’][.!?])(?=[\p{Lu}][\p{Ll}]|[AI]\s|[\p{Lu}]{2,6}[\s’'])/gu;
// A caption's trailing credit is not part of its sentence.
const CREDIT_TAIL = /\s*(?:\[[^\]\n]{2,60}\]|\((?:yonhap|afp|ap|reuters|epa|kcna|getty images|newsis|photo[^)]{0,40})\))\s*$/i;

export interface SentenceOptions {
  /** Longest sentence kept whole (default 1000 chars); longer runs are cut at spaces. */
  maxSentence?: number;
}

/**
 * Sentences of the quotable paragraphs (body and captions), in text order.
 * @param text the original article text
 * @param blocks the output of findStructure(text)
 * @returns sentences with text === original.slice(start, end)
 */
export function findSentences(text: string, blocks: Block[], options: SentenceOptions = {}): Sentence[] {
  const max = options.maxSentence ?? 1000;
  const out: Sentence[] = [];
  for (const b of blocks) {
    if (b.kind !== 'body' && b.kind !== 'caption') continue;
    const caption = b.kind === 'caption';
    let end = b.end;
    if (caption) {
      const m = CREDIT_TAIL.exec(b.text);
      if (m) end = b.start + m.index;
    }
    for (const [s, e] of spans(text, b.start, end, max)) {
      out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph: b.paragraph!, caption });
    }
  }
  return out;
}

// V8's segmenter slows down quadratically on long strings (0.5 MB on one line: 2.5 s), so it is fed
// windows of this many characters; a window's last sentence is read again at the start of the next.
const WINDOW = 4096;

/** Intl.Segmenter's sentence breaks of `para`, in time linear in its length. */
export function segmentBounded(para: string, window = WINDOW): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  while (pos < para.length) {
    const end = Math.min(para.length, pos + window);
    const segs: [number, number][] = [];
    for (const seg of segmenter.segment(para.slice(pos, end))) segs.push([pos + seg.index, pos + seg.index + seg.segment.length]);
    // The last sentence of a window may run on past it, and the break before it needs the text after:
    // keep it for the next window, unless the window holds a single run (cut there: bounded work).
    if (end < para.length && segs.length > 1) segs.pop();
    out.push(...segs);
    pos = segs[segs.length - 1][1];
  }
  return out;
}

/** The last space at or before `at` and after `min` (else min): a bounded lastIndexOf. */
function lastSpace(s: string, at: number, min: number): number {
  for (let i = Math.min(at, s.length - 1); i > min; i--) if (s.charCodeAt(i) === 32) return i;
  return min;
}

// A line break inside a paragraph after a long line that ends mid-sentence is a hard wrap ("a rare visit to the\n
// North’s …"): the segmenter always breaks at a line break, so there it sees a space (same length: offsets
// unchanged). A short line, or one that ends in a stop or a bracket ("View from the tower (KTO)"), keeps its break.
const WRAPPED_LINE = 45;
function unwrap(para: string): string {
  if (!para.includes('\n')) return para;
  let out = '';
  let line = 0;
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    if (c !== '\n' && c !== '\r') {
      out += c;
      continue;
    }
    const prev = para.slice(line, i).trimEnd();
    const next = para.slice(i + 1, i + 3).trimStart();
    // …and the sentence plainly goes on: the line ends in a comma, a hyphen or a little word ("to the"), or the next
    // begins in lower case. ("Wildfire erupts near border" over a caption is a headline: it keeps its break.)
    const wrap = prev.length >= WRAPPED_LINE && !/[.!?:;)\]"”’]$/.test(prev) && (/(?:[,\-–]|\b(?:the|a|an|of|to|in|on|at|for|from|with|and|or|but|by|as|that|which|who|her|his|their|its|our|is|are|was|were|has|have|had)$)/i.test(prev) || /^[\p{Ll}\d]/u.test(next));
    out += wrap ? ' ' : c;
    line = i + 1;
  }
  return out;
}

function spans(text: string, from: number, to: number, max: number): [number, number][] {
  const para = unwrap(text.slice(from, to));
  // 1. Intl.Segmenter's sentence breaks.
  const raw = segmentBounded(para);
  // 2. Undo breaks after abbreviations and before a lower-case continuation.
  const merged: [number, number][] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const before = para.slice(Math.max(prev[0], prev[1] - 12), prev[1]);
      const next = para.slice(r[0], r[0] + 2).trimStart();
      if (ABBREV_END.test(before) || /^[\p{Ll}\d,;:)]/u.test(next) || (CLOCK_END.test(before) && CLOCK_GOES_ON.test(para.slice(r[0], r[0] + 16).trimStart()))) {
        prev[1] = r[1];
        continue;
      }
    }
    merged.push([r[0], r[1]]);
  }
  // 3. Split glued sentences ("accord.South") and over-long runs.
  const out: [number, number][] = [];
  for (const [s, e] of merged) {
    let cur = s;
    const piece = para.slice(s, e);
    for (const m of execAll(GLUED, piece)) {
      const cut = s + m.index + 1;
      const token = para.slice(lastSpace(para, cut, cut - 40) + 1, cut);
      if (/[@/]|www|\b(?:[A-Z]\.){1,3}$/.test(token)) continue;
      out.push([cur, cut]);
      cur = cut;
    }
    out.push([cur, e]);
  }
  const result: [number, number][] = [];
  for (let [s, e] of out) {
    while (s < e && /\s/.test(para[s])) s++;
    while (e > s && /\s/.test(para[e - 1])) e--;
    while (e - s > max) {
      let cut = lastSpace(para, s + max, s);
      if (cut <= s) cut = s + max;
      result.push([from + s, from + cut]);
      s = cut;
      while (s < e && /\s/.test(para[s])) s++;
    }
    if (e > s) result.push([from + s, from + e]);
  }
  return result;
}
