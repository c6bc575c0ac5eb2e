// The kind of an event: a label read from the words of its sentence, never a condition for the event to
// exist (an event with no such word is an 'incident'). A word inside a purpose, negated or conditional
// clause ("a deal meant to stop shelling", "did not fire", "if they launch balloons") does not decide it.
import type { EventKind } from '../data/types';
import { execAll } from './regex';
import type { Trigger } from './types';

const RULES: [EventKind, RegExp, boolean?][] = [
  ['demolition', /\b(?:bl[eo]w(?:n|ing)?\s+up|blow\s+up|demolish(?:ed|es|ing)?|demolition|destruction\s+of|destroy(?:ed|s|ing)?|dismantl(?:e|ed|es|ing|ement)|raz(?:ed|ing)|tore\s+down|torn\s+down|explosions?|blasts?\s+(?:at|on)\s+(?:the\s+)?(?:road|building|office|section))\b/gi],
  ['defection', /\b(?:defect(?:ed|ing|ion|ions|s)?|defectors?\s+(?:crossed|swam|fled|arrived|walked)|swam\s+(?:across|to|back)|fled\s+(?:to|across)\s+(?:the\s+)?south|asylum|repatriat(?:ed|ion|e)|sent\s+back\s+to\s+the\s+north)\b/gi],
  ['drone', /\b(?:drones?|unmanned\s+aerial\s+vehicles?|UAVs?)\b/gi],
  ['loudspeaker', /\b(?:loudspeakers?|(?:propaganda|noise)\s+broadcast(?:s|ing)?)\b/gi],
  ['leaflet-launch', /\b(?:leaflets?|leafleting|(?:trash|garbage|waste|rubbish|propaganda)[- ](?:filled\s+)?balloons?|balloons?|bottles\s+(?:of|filled\s+with)\s+rice)\b/gi],
  [
    'attack',
    /\b(?:fir(?:ed|ing)\s+(?:[\w-]+\s+){0,4}(?:shells?|rounds?|rockets?|artillery|shots?|guns?|bullets?|at|on|toward|towards|into)|shell(?:ed|ing|s)|artillery|barrages?|bombard(?:ed|ment)|gunfire|gunshots?|machine[- ]guns?|opened\s+fire|returned\s+fire|exchange\s+of\s+fire|warning\s+shots|shot\s+(?:dead|and\s+killed|at)|shot\b|shooting|attack(?:ed|s)?|ambush(?:ed)?|clash(?:ed|es)?|skirmish(?:es)?|torpedo(?:ed)?|(?:land)?mines?\s+(?:[\w-]+\s+){0,4}(?:exploded|explosion|blasts?)|(?:land)?mine\s+blasts?|killed|wounded|injured|sank|sinking|struck)\b/gi,
  ],
  ['incursion', /\b(?:crossed\s+(?:over\s+)?(?:the\s+)?(?:military\s+demarcation\s+line|MDL|border|NLL|northern\s+limit\s+line|line)|intru(?:ded|sion)|incursions?|violat(?:ed|ion)\s+(?:of\s+)?(?:the\s+)?(?:airspace|waters|border|MDL|NLL)|entered\s+(?:south\s+korean\s+)?(?:airspace|waters))\b/gi],
  ['communication-cut', /\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?\s+(?:off\s+)?|shut(?:ting)?\s+down|disconnect(?:ed)?)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}(?:hotlines?|communication(?:s)?\s+(?:lines?|channels?)|contact)|(?:did\s+not|didn['’]t)\s+(?:answer|respond\s+to)\s+(?:\w+\s+){0,2}calls?|calls?\s+(?:[\w-]+\s+){0,10}?(?:also\s+)?(?:did\s+not|didn['’]t|failed\s+to)\s+(?:go|get)\s+through|calls?\s+(?:[\w-]+\s+){0,10}?(?:went|go|goes|remained?)\s+unanswered\b/gi],
  ['suspension', /\b(?:suspend(?:ed|s|ing)?|suspension|scrap(?:ped|s|ping)?|nullif(?:ied|y|ies)|annul(?:led|s)?|abandon(?:ed|s)?|invalidat(?:ed|e)|void(?:ed)?|tore\s+up|halt(?:ed|s)?\s+(?:the\s+)?(?:agreement|pact|accord|tours?|operations?))\b/gi],
  ['closure', /\b(?:(?:has|had|have|was|were|been)\s+(?:been\s+)?(?:closed|shut(?:tered)?)|clos(?:ed|ing|ure)\s+(?:of\s+)?(?:the|its|their)\s+\w+|shut(?:tered)?\s+(?:down|the)|lockdown|locked\s+down|withdr(?:ew|awn|awal)\s+(?:of\s+)?(?:all\s+)?(?:its\s+|their\s+)?(?:workers|staff|personnel|employees)|pulled\s+out|halted\s+(?:all\s+)?(?:take-?offs|landings|flights|operations|traffic))\b/gi],
  ['opening', /\b(?:(?:was|were|been)\s+(?:re)?(?:established|opened|set\s+up|inaugurated)|(?:re)?opened\s+(?:a|the|its)|reopen(?:ed|ing|s)?|set\s+up\s+in|inaugurat(?:ed|ion)|resum(?:ed|ption)\s+(?:of\s+)?(?:operations?|production|work))\b/gi],
  ['agreement', /\b(?:agreed|agreements?\s+(?:was|were)\s+(?:signed|reached)|signed|sign(?:ing)?\s+(?:of\s+)?(?:the|an?)\s+(?:\w+\s+){0,3}(?:agreement|accord|pact|declaration)|reached\s+(?:an?\s+)?(?:agreement|deal|accord)|accord|pact|deal)\b/gi],
  ['meeting', /\b(?:met|meets|meetings?|summits?|talks|greeted|shook\s+hands|handshake|visit(?:ed|s)?|toured|held\s+(?:a\s+)?(?:meeting|talks|summit))\b/gi],
  ['military-move', /\b(?:drills?|exercises?|deploy(?:ed|ment|s)?|dispatch(?:ed)?|scrambl(?:ed|e)|troops\s+(?:moved|crossed)|(?:move|moving|moved)\s+back\s+into|advance\s+into|put\s+on\s+(?:\w+\s+)?alert|reinforc(?:ed|ing)|mobiliz(?:ed|ation)|restor(?:ed|ing)\s+(?:\w+\s+){0,2}(?:guard\s+posts?|posts?)|rebuil(?:t|ding)|install(?:ed|ing)|laid\s+(?:\w+\s+){0,2}mines|plant(?:ed|ing)\s+(?:\w+\s+){0,2}mines|fortif(?:ied|ying)|patrol(?:led|ling)?)\b/gi],
  ['legal', /\b(?:legal\s+action|lawsuit|sued?|indict(?:ed|ment)|prosecut(?:ed|ion|ors?)|arrest(?:ed)?|detain(?:ed)?|charged\s+with|banned|ban\s+on|(?:police|authorities)\s+(?:\w+\s+)?(?:stopped|blocked|prevented|barred|seized|questioned))\b/gi],
  ['threat', /\b(?:threat(?:en(?:ed|s|ing)?|s)?|warn(?<!\b(?:air[\s-]raid|missile|evacuation|emergency|storm|flood|tsunami|heat|typhoon)\swarn)(?:ed|s|ing)?|vow(?:ed|s)?|retaliat(?:e|ion|ory)|ultimatum|next\s+(?:step|action)|ordered\s+the\s+military)\b/gi],
  ['diplomacy', /\b(?:negotiations?|peace\s+agreements?|dialogue|emergency\s+meeting|envoys?|diplomatic)\b/gi],
  ['statement', /\b(?:urged|urges|called\s+on|accused|condemned|denounced|demanded|bashed|criticised|criticized|appealed|protested)\b/gi],
  // ("the 14th confirmed case": an adjective.)
  ['statement', /\b(?:said|says|announced|statement|told|confirmed(?<!\b(?:the|a|an|\d+(?:st|nd|rd|th)|first|second|third|newly|officially|laboratory)\sconfirmed)|claimed)\b/gi, true],
  ['reporting', /\b(?:reported(?<!\b(?:was|were|been|being)\s+reported)(?<!\b(?:found|spotted|discovered|detected|saw)\s+and\s+reported)|according\s+to|media\s+said|watched\s+(?:[\w-]+\s+){0,3}(?:imagery|footage)|probe|investigation|inquiry|concluded(?!\s+(?:the|a|an|its|their|his|her|this)\b))\b/gi, true],
];

const ALL = new RegExp(RULES.map(([, re]) => `(${re.source})`).join('|'), 'gi');

// Before a trigger, within its clause: the word is a purpose, a denial or a condition, not the deed.
// Checked on the last few words only (bounded work: these run for every trigger of every sentence).
const PURPOSE = /\b(?:to\s+(?:stop|prevent|halt|end|avoid|curb|deter|ban|prohibit|reduce|ease|block)|aimed\s+at|meant\s+to|designed\s+to|intended\s+to|in\s+order\s+to|so\s+as\s+to|ban(?:ning|s)?(?:\s+on)?|prevent(?:ing|s)?|stop(?:ping)?|without)\s+(?:[\w-]+\s+){0,2}$/i;
const DENIED_WORDS = new Set(['not', 'never', 'no', "n't", 'n’t', 'neither', 'nor', 'didn’t', "didn't", 'won’t', "won't", 'cannot']);
const CONDITION_WORDS = new Set(['if', 'unless', 'should', 'would', 'could', 'might', 'may']);

/** Whether one of `words` is among the last `n` words of `s`. */
function amongLast(s: string, words: Set<string>, n: number): boolean {
  // A comma closes a condition's scope: "If they launch balloons, Pyongyang threatened …".
  const end = s.slice(-60);
  const tail = end.slice(end.lastIndexOf(',') + 1).split(/\s+/);
  // ("In May the North shelled …": "May" with a capital is the month, not the modal.)
  for (let i = Math.max(0, tail.length - n - 1); i < tail.length; i++) if (tail[i] !== 'May' && words.has(tail[i].toLowerCase())) return true;
  return false;
}
const SAYING = new Set<EventKind>(['threat', 'statement', 'reporting', 'diplomacy']);
// Words that make a following happening hypothetical: a threat, not the deed.
const IRREALIS = /\b(?:threat(?:en(?:ed|s)?)?|warn(?:ed|s)?|vow(?:ed|s)?|recommendation|reviewing|plans?\s+to|would|could|if|unless)\b/i;

const SAYING_NOUN = /^(?:threats?|statements?|warnings?|ultimatum)$/i;
const NOUN_SUBJECT = /^\s*(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$/i;
const DEED_AFTER = /^\s+(?!(?:said|stated|warned|threatened|claimed|added|urged|noted|read|called|came|followed|was|were|had|has)\b)[a-z]{3,}ed\b/;

/** The clause before a position: back to the last clause boundary. */
function clauseBefore(s: string, at: number): string {
  const head = s.slice(Math.max(0, at - 80), at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.search(/,\s*(?:but|while|and)\s+[^,]*$/));
  return cut >= 0 ? head.slice(cut + 1) : head;
}

/**
 * The kind of happening a sentence reports, or null when no word names one.
 * @param s the sentence's text (or the content part of it)
 * @returns the deciding trigger (offsets within s)
 */
export function classify(s: string): Trigger | null {
  const found: Trigger[] = [];
  const seen = new Set<number>();
  // One pass of all the rules at once (one alternative per rule, in rule order): the first accepted match of each rule.
  for (const m of execAll(ALL, s)) {
    let r = 1;
    while (m[r] === undefined) r++;
    if (seen.has(r)) continue;
    const [kind, , weak] = RULES[r - 1];
    const before = clauseBefore(s, m.index);
    if (!weak && (amongLast(before, DENIED_WORDS, 4) || amongLast(before, CONDITION_WORDS, 6) || PURPOSE.test(before.slice(-60)))) continue;
    seen.add(r);
    found.push({ kind, start: m.index, end: m.index + m[0].length, weak: !!weak });
  }
  // A deed named anywhere outranks words about words ("warned … and fired shells"), unless the deed is
  // what the words threaten (handled below).
  const strong = found.filter((t) => !t.weak).sort((a, b) => Number(SAYING.has(a.kind)) - Number(SAYING.has(b.kind)) || a.start - b.start);
  if (!strong.length) return found.sort((a, b) => a.start - b.start)[0] ?? null;
  let first = strong[0];
  // "The North Korean threat spurred rallies in Seoul": words that are the subject of a deed are not what is told.
  if (SAYING.has(first.kind) && SAYING_NOUN.test(s.slice(first.start, first.end)) && NOUN_SUBJECT.test(s.slice(0, first.start)) && DEED_AFTER.test(s.slice(first.end, first.end + 30))) {
    const rest = strong.filter((t) => t !== first && !SAYING.has(t.kind));
    if (!rest.length) return null;
    first = rest[0];
  }
  // "crossed the border … and defected": the crossing was the defection.
  if (first.kind === 'incursion') first = strong.find((t) => t.kind === 'defection') ?? first;
  if (first.kind !== 'threat' && first.kind !== 'diplomacy' && IRREALIS.test(s.slice(Math.max(0, first.start - 60), first.start))) {
    const threat = found.find((t) => t.kind === 'threat');
    if (threat && threat.start < first.start) return threat;
  }
  return first;
}
