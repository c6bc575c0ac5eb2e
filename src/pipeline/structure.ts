// Stage 1: split the captured page into paragraphs and furniture, keeping exact offsets.
import type { Block, BlockKind } from './types';

// Furniture is short; longer lines are never tested against these patterns (bounded work).
const SHORT = 200;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';

const LINE_RULES: [BlockKind, RegExp][] = [
  // "5 months ago 25": a relative timestamp with a counter.
  ['timestamp', /^\s*(?:updated\s+|posted\s+)?\d+\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b[\s\d|·,]*$/i],
  // "August 11, 2015 09:35", "Nov 23,2010", "Published: 16 June 2020", "Date: April 17, 2017 at 12:40:44 PM GMT+9": a
  // line that is only a date.
  [
    'dateline',
    new RegExp(
      `^\\s*(?:(?:updated|published|posted|last updated|date|dated)\\s*:?\\s*)?(?:${DAY}\\.?,?\\s*)?(?:\\d{1,2}\\s+${MONTH}\\.?|${MONTH}\\.?\\s*\\d{1,2})(?:\\s*,\\s*|\\s+)\\d{4}(?:\\s*[,–-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}(?:[+-]\\d{1,2})?)?)?\\s*$|^\\s*\\d{4}[-./]\\d{2}[-./]\\d{2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$`,
      'i',
    ),
  ],
  // "입력 2019.07.04 (15:03)", "Posted 2024-06-09 10:31": a stamp with a few words around it.
  ['timestamp', /^.{0,80}?\b\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s*\(?\d{1,2}:\d{2}\)?[^.!?]{0,30}$/],
  // "Published : May 27, 2023 - 16:45    Updated : May 27, 2023 - 16:45": a page's stamps, one or more on a line.
  // ("  • Published : Nov 8, 2017 - 15:48": a bulleted one.)
  ['timestamp', /^\s*(?:[•·*]\s*)?(?:(?:published|updated|posted|last\s+updated|modified|created)\s*:?\s*[^:|]{0,20}?\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:KST|GMT|UTC)?\s*[|·,]?\s*){1,3}$/i],
  // "Xinhua, February 11, 2016 Adjust font size:": a source and date line ending in a page control.
  ['timestamp', /^.{0,60}\b(?:19|20)\d\d\b.{0,12}\b(?:adjust\s+font\s+size|font\s+size|text\s+size|print\s+this|e-?mail\s+this)\s*:?\s*$/i],
  // "June. 12, 2024 08:24. by Sang-Ho Yun ysh1005@donga.com.": a stamp with the byline and its address.
  ['timestamp', /^.{0,40}\b(?:19|20)\d\d\b.{0,20}\bby\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+\S+@\S+?\.?\s*$/u],
  // "Anton Sokolin April 11, 2025": a name and a date, nothing else.
  ['byline', new RegExp(`^\\s*(?:by\\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\\s+${MONTH}\\.?\\s*\\d{1,2},?\\s*\\d{4}\\s*$`, 'i')],
  // "April 11, 2025Apr 11, 2025": the same date twice, glued.
  ['timestamp', new RegExp(`^(?:\\s*${MONTH}\\.?\\s*\\d{1,2},?\\s*\\d{4}){2,3}\\s*$`, 'i')],
  // "date 2020-05-06  Back To Top": a numeric date amid a few words of page chrome, with no sentence.
  ['timestamp', /^\s*(?:[A-Za-z]+\s*:?\s*){0,2}\d{4}[-./]\d{1,2}[-./]\d{1,2}\.?(?:\s+[A-Za-z]+){0,4}\s*$/],
  ['social', /^\s*(?:google news|share(?: this)?|tweet|facebook|twitter|x|email|e-mail|print|comments?|whatsapp|linkedin|copy link|save|listen|subscribe|follow us)(?:\s*[|·,/]\s*[a-z ]{1,20})*\s*$/i],
  ['related', /^\s*(?:more|related|read more|read also|see also|also read|recommended|most read|related articles?|urgent|breaking|breaking news|latest|trending|top stories|editor'?s picks?)\s*[:：]/i],
  // "™ & © 2022 Cable News Network, Inc.", "Copyright 2024 Yonhap", "All rights reserved.".
  ['credit', /^\s*(?:[™®©]|\(c\)\s|copyright\b|all rights reserved)|all rights reserved\.?\s*$/i],
  ['byline', /^\s*[Bb][Yy]\s+[A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|in|de|van))*\s*(?:[,|[(][^\n]{0,80})?$/u],
  // Numbered or bulleted navigation items of a few words: "1. Homepage", "• Home".
  ['nav', /^\s*(?:\d{1,2}\.|[•·*▪►–-])\s+[^.!?\n]{1,40}$/],
  // A credit alone on its line.
  ['credit', /^\s*[[(]?\s*(?:photo|image|picture|credit|file photo)?\s*[:：]?\s*[\p{L} .&'-]{2,40}\s+via\s+[\p{L} .&'-]{2,40}[\])]?\s*$|^\s*\((?:yonhap|afp|ap|reuters|epa|kcna|getty images|newsis)\)\s*\|?\s*$/iu],
];

// A caption ends with a credit such as "[Yonhap via Reuters]" or "(Yonhap)".
const CREDIT_END = /(?:\[[^\]\n]{2,60}\]|\((?:yonhap|afp|ap|reuters|epa|kcna|getty images|newsis|photo[^)]{0,40})\))\s*$/i;
// A heading or a title: no full stop at the end (closing quotes aside), few words.
const NO_STOP_END = /[^.!?:;"”'’)\]…]\s*['’"”]?\s*$/;

const STAMP_PREFIX = /^date\s+\d{4}-\d{2}-\d{2}\s+/;

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) if (++n > 40) break;
  return n;
}

const RELATED = /^\s*(?:more|related|read more|read also|see also|also read|recommended|most read|related articles?|urgent|breaking|breaking news|latest|trending|top stories|editor'?s picks?)\s*[:：]/i;

function classifyLine(line: string): BlockKind | null {
  // "More: headline headline …" can be long; it is still furniture.
  if (RELATED.test(line)) return 'related';
  if (line.length > SHORT) return null;
  for (const [kind, re] of LINE_RULES) {
    if (kind === 'nav' && wordCount(line) > 5) continue;
    if (re.test(line)) return kind;
  }
  return null;
}

/**
 * Splits an article as captured into body paragraphs and page furniture.
 * Offsets are into `text` exactly: text.slice(b.start, b.end) === b.text.
 * @param text the article as captured, byte for byte
 * @returns blocks in text order; body and caption paragraphs carry a 1-based `paragraph`
 * @example findStructure("Title\n\nBody text.").map(b => b.kind) // ['title', 'body']
 */
export function findStructure(text: string): Block[] {
  if (typeof text !== 'string') throw new Error('article text is required (got ' + typeof text + ')');
  const blocks: Block[] = [];
  // Runs of consecutive non-furniture lines form one paragraph.
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) blocks.push({ kind: 'body', start: runStart, end: runEnd, text: text.slice(runStart, runEnd) });
    runStart = -1;
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // Trim the line's own whitespace (and a \r) so offsets point at its content.
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // "date 2024-06-09 A balloon carrying trash …": a page's date stamp glued to the line it heads is furniture.
    const stamp = s < e && !classifyLine(text.slice(s, e)) ? STAMP_PREFIX.exec(text.slice(s, Math.min(e, s + 40))) : null;
    if (stamp && s + stamp[0].length < e) {
      flush();
      const end = s + stamp[0].trimEnd().length;
      blocks.push({ kind: 'timestamp', start: s, end, text: text.slice(s, end) });
      s += stamp[0].length;
    }
    if (s === e) flush();
    else {
      const line = text.slice(s, e);
      const kind = classifyLine(line);
      if (kind) {
        flush();
        blocks.push({ kind, start: s, end: e, text: line });
      } else {
        // A line that ends a sentence followed by one that starts a new one: a paragraph break
        // in captures with one line per paragraph. Hard-wrapped lines (mid-sentence) stay joined.
        if (runStart >= 0 && /[.!?]["”’']?$/.test(text.slice(Math.max(runStart, runEnd - 2), runEnd)) && /^["“‘']?[\p{Lu}\d]/u.test(line)) flush();
        if (runStart < 0) runStart = s;
        runEnd = e;
      }
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  flush();
  classifyParagraphs(blocks);
  let n = 0;
  for (const b of blocks) if (b.kind === 'body' || b.kind === 'caption') b.paragraph = ++n;
  return blocks;
}

function classifyParagraphs(blocks: Block[]): void {
  let seenBody = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'body') continue;
    const short = b.text.length <= SHORT;
    if (short && CREDIT_END.test(b.text)) {
      b.kind = 'caption';
      // The short line just before a caption is its title ("Joint Liaison Office - Korea").
      const prev = blocks[i - 1];
      if (prev && prev.kind === 'body' && prev.text.length <= 80 && NO_STOP_END.test(prev.text)) prev.kind = 'heading';
      continue;
    }
    if (short && NO_STOP_END.test(b.text) && wordCount(b.text) <= 16) {
      b.kind = seenBody ? 'heading' : 'title';
      continue;
    }
    seenBody = true;
  }
}
