// What a sentence asserts: the reporting frame around it ("…, the JCS said Monday"), the mood of its
// happening (negated, hypothetical, a purpose, planned) and whether it reports something that occurred.
// Closed-class English (auxiliaries, modals, negators, subordinators, irregular past forms), not event words.
import { execAll } from './regex';

/** Verbs that report speech or writing: a sentence whose only predicate is one of these is a statement. */
export const REPORT_VERB =
  'said|says|say|told|tells|added|noted|stated|announced|announces|reported(?<!\\b(?:was|were|been|being)\\sreported)|reports|confirmed|confirms|claimed|claims|insisted|argued|explained|wrote|tweeted|posted|quoted|cited|according\\s+to|briefed|informed|notified|faxed|revealed|disclosed|acknowledged|admitted|denied|declared|warned|warns|threatened|threatens|urged|urges|vowed|pledged|accused|accuses|condemned|criticised|criticized|demanded|called\\s+(?:on|for)|asked|suggested|predicted|estimated|believes?|believed|thinks?|thought|expects?|expected';

const REPORT_TAIL = new RegExp(
  // ", the Joint Chiefs of Staff said Monday." / ", according to Yonhap." / ", he told reporters." / ", said Unification
  // Ministry spokesman Chun Hae-sung."
  `,["”’]?\\s*(?:[^,;“”"]{1,90}?\\s)?(?:${REPORT_VERB})(?:\\s+(?!(?:that|she|he|they|it|we|i)\\b)(?:(?!(?:was|were|is|are|has|have|had|will|would|be|been)\\b)[\\w'’.-]+\\s+){0,9}?[\\w'’.-]+)?(?:,\\s*who\\s+(?:declined|asked|spoke|requested|did\\s+not\\s+want|didn['’]t\\s+want|was\\s+not\\s+authori[sz]ed|is\\s+not\\s+authori[sz]ed)\\b[^,;“”"]{0,60})?(?:,\\s*citing\\s+[^,;“”"]{1,40})?(?:,\\s*(?:requesting|asking\\s+for|on\\s+(?:the\\s+)?condition\\s+of|speaking\\s+on\\s+(?:the\\s+)?condition\\s+of)\\s+anonymity)?\\s*[.!?]?["”’]?\\s*$`,
  'i',
);
const QUOTE_LEAD = new RegExp(`^(\\s*["“][^"“”]{12,}[,.!?]?["”])\\s*,?\\s*(?:[^,;“”"]{1,60}?\\s)?(?:${REPORT_VERB})\\b`, 'i');
const SUBORDINATE_IN = /,\s*(?:after|before|while|as|when|since|because|although|though|hours\s+after|days\s+after)\s/i;
const CAME_TO_LIGHT = /\bit\s+(?:was|has\s+been|had\s+been)\s+(?:confirmed|found|detected|learned|discovered|observed|spotted)\s+that\s*$/i;
const MID_TAIL = new RegExp(`,["”’]?\\s*(?:[^,;“”"]{1,60}?\\s)?(?:${REPORT_VERB})(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s*,\\s*$`, 'i');
const TAIL_AS_HEAD = new RegExp(`,\\s*(?:${REPORT_VERB})\\s+\\S+\\s*$`, 'i');
const REPORT_ANY = new RegExp(`\\b(?:${REPORT_VERB})\\b`, 'i');
const ACCORDING = /(?:^|,\s*)according\s+to\s+[^,.;]{2,150}(?=[,.;]|$)/gi;
// "The JCS said Monday (that) …", "South Korea's military said in a statement that …": the content follows.
// "The JCS said Monday (that) …", "Kim Yo Jong, the leader's sister, said she ordered …": the content follows.
// "according to" is left to ACCORDING: "X happened, according to Y" has its content before it.
const REPORT_HEAD = new RegExp(
  `^[^;“”"]{0,160}?\\b(?:${REPORT_VERB.replace('according\\s+to|', '')})(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?))?(?:\\s+(?:in|on|via|through)\\s+(?:(?:a|an|its|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:statement|report|briefing|speech|message|letter|release|interview|conference|Facebook|Twitter|X|Telegram|website|post|account|channel|media))?,?\\s+(?:that\\s+|(?=(?:she|he|they|it|we|the|a|an|its|their|his|her|North|South)\\s))`,
  'i',
);

/**
 * Whether a content is someone's words throughout: it opens with a quotation mark that closes, if at all, only at
 * its end ("“It is our firm conclusion that …”"), not "“UAVs invaded our airspace” in the border areas".
 */
function quotedThroughout(content: string): boolean {
  const inner = content.trim().replace(/[\s,.!?]+$/, '');
  if (!/^["“]/.test(inner)) return false;
  const close = inner.slice(1).search(/["”]/);
  return close < 0 || close + 2 >= inner.length;
}

export interface Frame {
  /** [start, end) of the asserted content, relative to the sentence. */
  content: [number, number];
  /** [start, end) spans of the reporting frame ("…, the ministry said Monday"). */
  report: [number, number][];
  /** True when the content is inside quotation marks: someone's words. */
  quoted: boolean;
  /** "At 3 p.m., it was confirmed that …": the frame's time is the content's (a fact came to light then). */
  headDates?: boolean;
}

/**
 * Splits a sentence into its reporting frame and its asserted content.
 * @param s the sentence's text
 * @example frame('North Korea fired shells, the JCS said.').content // [0, 25]
 */
export function frame(s: string): Frame {
  const report: [number, number][] = [];
  let a = 0;
  let b = s.length;
  // Most sentences have no reporting verb: skip the frame patterns (the slowest of this module).
  if (!REPORT_ANY.test(s)) return { content: [a, b], report, quoted: quotedThroughout(s) };
  // "“North Korea conducted …,” the JCS said in a statement Saturday, adding that …": the quotation is the content.
  const lead = QUOTE_LEAD.exec(s);
  if (lead) return { content: [0, lead[1].length], report: [[lead[1].length, s.length]], quoted: true };
  const tail = REPORT_TAIL.exec(s);
  // A tail needs content before it: "He said." alone is all report.
  if (tail && tail.index > 12) {
    report.push([tail.index, s.length]);
    b = tail.index;
  } else {
    const head = REPORT_HEAD.exec(s);
    // "Two civilians were killed in Tuesday's shelling, the Seoul government said, the worst attack since …": a
    // tail in mid-sentence, before an apposition; the clause before it is the content.
    const mid = head ? MID_TAIL.exec(head[0]) : null;
    if (mid && mid.index > 20) {
      report.push([mid.index, s.length]);
      return { content: [0, mid.index], report, quoted: quotedThroughout(s.slice(0, mid.index)) };
    }
    // (", said the official, …" after a clause is a tail that did not fit, not a head.)
    // (Nor one whose verb is in a later subordinate clause: "The minister speaks at a meeting on Wednesday, after North
    // Korea said it launched a satellite.")
    // (Nor one whose subject holds a dated deed of its own: "An executive who visited the area on July 3 said on
    // August 6 that …".)
    // (Nor one that opens with a "when" clause of a deed: "When Rhyu boarded a boat …, he thought …".)
    if (head && head[0].length < s.length - 12 && !TAIL_AS_HEAD.test(head[0]) && !SUBORDINATE_IN.test(head[0]) && !/\b(?:who|which)\b[^,;]*\d/.test(head[0]) && !/^\s*(?:[A-Z]+\s*[-–—]\s*)?When\s[^,]{12,},/.test(head[0])) {
      report.push([0, head[0].length]);
      a = head[0].length;
      if (CAME_TO_LIGHT.test(head[0])) return { content: [a, b], report, quoted: quotedThroughout(s.slice(a, b)), headDates: true };
    }
  }
  for (const m of execAll(ACCORDING, s)) {
    // (A long source names its sources at the end of a sentence; at its head, the first 90 characters.)
    if (m.index <= a + 1 && m[0].replace(/^,?\s*according\s+to\s+/i, '').length > 90) continue;
    report.push([m.index, m.index + m[0].length]);
    if (m.index <= a + 1) a = Math.max(a, m.index + m[0].length);
    else if (m.index + m[0].length >= b - 2) b = Math.min(b, m.index);
  }
  return { content: [a, b], report, quoted: quotedThroughout(s.slice(a, b)) };
}

// Irregular past forms: the closed class of English strong verbs, as past tense or participle.
const IRREGULAR_PAST = new Set(
  'arose awoke bore beat became began bent bet bit bled blew broke bred brought built burnt burst bought caught chose came cost crept cut dealt dug dove drew drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid put quit read rode rang rose ran sawn saw sought sold sent set shook shed shone shot showed shut sang sank sat slept slid spoke sped spent spun split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought threw understood woke wore wove wept won wound withdrew wrote arisen awoken borne beaten become begun bitten blown broken chosen done drawn drunk driven eaten fallen forbidden forgotten forgiven frozen gotten given gone grown hidden known lain ridden risen seen shaken shown shrunk sung sunk slain spoken stolen stridden striven sworn swum taken thrown torn woken worn woven written overrun overtook overtaken undertook undertaken withdrawn underwent undergone upheld withheld overcame overcome'.split(' '),
);
// Words in -ed that are not verbs in news text, or adjectives before a noun.
const NOT_VERB_ED = new Set(
  'red bed shed hundred seed need feed speed breed steed creed greed deed heed weed united armed so-called based alleged detailed limited advanced related concerned unprecedented isolated fortified militarized militarised demilitarized demilitarised unidentified unspecified unnamed unmanned uninhabited naked wicked sacred beloved aged skilled talented crooked rugged ragged supposed'.split(' '),
);
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|some|any|no|each|every|such|more|most|less|all|both|two|three|four|several|many|recently|newly|heavily|highly|well|so)$/i;
const MODAL_NEAR = /\b(?:can|could|may|might|must|should|would|will|shall)\b/i;
const STATIVE = /^(?:is|are|was|were|be|been|being|lies|lay|lie|located|situated|remains?|remained|belongs?|belonged|consists?|contains?|includes?|included|known|called|named|borders?|bordering|stretches|stretched|runs|measures?|covers?|houses|housed|seen|considered|regarded|described|dubbed|outlined|stipulated|specified|mentioned|noted)$/i;

// A reporting verb says something was said, not that the happening occurred.
const REPORTING = new RegExp(`^(?:${REPORT_VERB})$`, 'i');

export interface Mood {
  /** A finite verb that reports something done or undergone (past, perfect, passive, or progressive of the past). */
  occurred: boolean;
  /** Announced or expected for later: will, is to, plans to, is scheduled, is set to, next. */
  planned: boolean;
  /** The main verb is negated: did not, never, has not. */
  negated: boolean;
  /** A condition or a possibility: if, unless, would, could, might, may. */
  hypothetical: boolean;
}

const PLANNED =
  /\b(?:will|shall|'ll|is\s+to|are\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|poised|going)\s+to|scheduled\s+(?:for|to)|upcoming|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const NEGATED = /\b(?:did\s+not|didn[’']t|does\s+not|doesn[’']t|do\s+not|don[’']t|has\s+not|hasn[’']t|have\s+not|haven[’']t|had\s+not|hadn[’']t|was\s+not|wasn[’']t|were\s+not|weren[’']t|never|no\s+longer|neither|nor)\b/i;
// (The modal "may" in lower case only: "May 9", "in May" are the month.)
const HYPOTHETICAL = /^(?:if|unless|should|were|had)\b|\b(?:would|could|might|if|unless|whether)\b/i;
const MAY = /\bmay\b/;

/**
 * The mood of a span of text (a sentence's content): did something occur, is it planned, negated, hypothetical?
 * @param s the text
 */
/** "has recently continued", "was newly built": an adverb between an auxiliary and the participle. */
function afterAuxiliary(words: string[], i: number): boolean {
  return /ly$/i.test(words[i - 1] ?? '') && /^(?:has|have|had|was|were)$/i.test(words[i - 2] ?? '');
}

const LETTER = /^\p{L}$/u;

/** The length (1, or 2 for a surrogate pair) of the letter (\p{L}) at `i`, else 0. ASCII without a regex. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  const n = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return LETTER.test(s.slice(i, i + n)) ? n : 0;
}

/** The words of `s` (a letter, then letters, apostrophes, hyphens: [\p{L}][\p{L}'’-]*), by a scan per code point, cheaper than a Unicode regex. */
function wordsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let n = letterAt(s, i);
    if (!n) {
      i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const at = i;
    for (;;) {
      i += n;
      if (i >= s.length) break;
      const c = s.charCodeAt(i);
      n = c === 0x27 || c === 0x2019 || c === 0x2d ? 1 : letterAt(s, i);
      if (!n) break;
    }
    out.push(s.slice(at, i));
  }
  return out;
}

export function mood(s: string): Mood {
  // Someone's quoted words are theirs, not the report's: "warned of “the office being collapsed”".
  // (A word stands in for them: in "the “unidentified wildfire” broke out" the verb follows a noun, not "the".)
  const own = s.replace(/[“"][^”"]*[”"]/g, ' quoted ');
  const words = wordsOf(own);
  let occurred = false;
  let w = '';
  for (let i = 0; i < words.length && !occurred; i++) {
    // Each word lower-cased once: this word's is the next one's `prev`.
    const prev = w;
    w = words[i].toLowerCase();
    // "provinces have seen heavy rainfall": a perfect of "see" is something undergone, not a description.
    if (w === 'seen' && (prev === 'have' || prev === 'has' || prev === 'had')) {
      occurred = true;
      continue;
    }
    // "a case was reported": in the passive, something came to light (not someone's words).
    if (STATIVE.test(w) || (REPORTING.test(w) && !/^(?:was|were)$/.test(prev))) continue;
    // "can easily be found", "could be seen": a modal's passive tells what is possible, not what happened.
    if (prev === 'be' && MODAL_NEAR.test(words.slice(Math.max(0, i - 4), i - 1).join(' '))) continue;
    if (IRREGULAR_PAST.has(w)) {
      // "the broken fence", "a hit": a determiner before it makes a noun or an adjective.
      if (!DETERMINER.test(prev) || afterAuxiliary(words, i)) occurred = true;
      continue;
    }
    // ("heavily-militarised", "long-planned": a hyphenated word in -ed is an adjective, not a finite verb.)
    // (…and so is one after a possessive: "the two rivals' disputed border", "the North's unprovoked attack".)
    if (w.length > 4 && w.endsWith('ed') && !w.includes('-') && !NOT_VERB_ED.has(w) && !/['’]s?$/.test(prev) && (!DETERMINER.test(prev) || afterAuxiliary(words, i))) {
      // Not after "to"; and "are posted", "is located" describe a state now, not a happening.
      if (prev !== 'to' && !/^(?:is|are|am|be|being)$/.test(prev)) occurred = true;
    }
  }
  return {
    occurred,
    planned: PLANNED.test(own),
    negated: NEGATED.test(own),
    hypothetical: HYPOTHETICAL.test(own.trimStart()) || MAY.test(own),
  };
}
