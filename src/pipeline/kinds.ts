// Event kinds from trigger words. The first strong trigger in a sentence names its happening;
// a threat word before it ("threatened to destroy") makes the whole a threat.
import type { EventKind } from '../data/types';
import type { Trigger } from './types';

const RULES: [EventKind, RegExp, boolean?][] = [
  ['demolition', /\b(?:blew\s+up|blown\s+up|blow(?:ing)?\s+up|demolish(?:ed|es|ing)?|demolition|destruction\s+of|destroyed\s+the\s+(?:office|building|facility|post)|explosion|razed?)\b/gi],
  ['attack', /\b(?:fired\s+(?:[\w-]+\s+){0,4}(?:shells?|rounds?|rockets?|missiles?|artillery|shots?)|shell(?:ed|ing)|artillery\s+(?:fire|barrage)|barrages?|bombard(?:ed|ment)|attack(?:ed|s)?|clash(?:ed|es)?|skirmish(?:es)?|mines?\s+(?:[\w-]+\s+){0,6}(?:exploded|planted|blasts?)|(?:land)?mine\s+blasts?|wooden-box\s+mines|(?:were|was)\s+(?:killed|wounded|injured|maimed)|returned\s+fire|exchange\s+of\s+fire|torpedo(?:ed)?)\b/gi],
  ['communication-cut', /\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?\s+(?:off\s+)?|shut(?:ting)?\s+down|disconnect(?:ed)?)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}(?:hotlines?|communication(?:s)?\s+(?:lines?|channels?)|contact)\b/gi],
  ['closure', /\b(?:(?:has|had|have|was|were|been)\s+(?:been\s+)?(?:closed|shut(?:tered)?|suspended)|clos(?:ed|ing)\s+(?:the|its)\s+\w+|shutter(?:ed)?)\b/gi],
  ['opening', /\b(?:(?:was|were|been)\s+(?:established|opened|set\s+up|inaugurated|launched)|opened\s+(?:a|the|its)|set\s+up\s+in|inaugurat(?:ed|ion))\b/gi],
  ['leaflet-launch', /\b(?:(?:sending|sent|send|float(?:ed|ing)?|launch(?:ed|ing)?|fl(?:ew|own|ying)|scatter(?:ed|ing)?|released?)\s+(?:[\w-]+\s+){0,4}(?:leaflets?|balloons?|bottles)|leafleting|leaflet\s+(?:campaign|launch(?:es)?))\b/gi],
  ['military-move', /\b(?:drills?|exercises?|deploy(?:ed|ment|s)?|dispatch(?:ed)?|scrambl(?:ed|e)|troops\s+(?:moved|crossed)|(?:move|moving|moved)\s+back\s+into|advance\s+into|put\s+on\s+(?:\w+\s+)?alert|loudspeakers?\s+(?:campaign|broadcasts?)|resumed\s+(?:a\s+)?loudspeaker|reinforc(?:ed|ing)|mobiliz(?:ed|ation)|(?:sneaked|crossed)\s+(?:the\s+)?(?:border|line))\b/gi],
  ['threat', /\b(?:threat(?:en(?:ed|s|ing)?|s)?|warn(?:ed|s|ing)?|vow(?:ed|s)?|retaliat(?:e|ion|ory)|ultimatum|next\s+(?:step|action)|ordered\s+the\s+military)\b/gi],
  ['diplomacy', /\b(?:summit|talks|negotiations?|peace\s+agreements?|dialogue|accord|agreement\s+(?:was|were)\s+(?:signed|reached)|emergency\s+meeting|envoy)\b/gi],
  ['legal', /\b(?:legal\s+action|lawsuit|sued?|indict(?:ed|ment)|prosecut(?:ed|ion|ors?)|arrest(?:ed)?|charged\s+with|banned|ban\s+on)\b/gi],
  ['statement', /\b(?:urged|urges|called\s+on|accused|condemned|denounced|demanded|bashed|criticised|criticized|appealed)\b/gi],
  ['statement', /\b(?:said|says|announced|statement|told)\b/gi, true],
  ['reporting', /\b(?:reported|according\s+to|media\s+said|watched\s+(?:[\w-]+\s+){0,3}(?:imagery|footage)|probe|investigation|inquiry|concluded)\b/gi, true],
];

// Words that make a following happening hypothetical: a threat, not the deed.
const IRREALIS = /\b(?:threat(?:en(?:ed|s)?)?|warn(?:ed|s)?|vow(?:ed|s)?|recommendation|reviewing|plans?\s+to|would|could|if)\b/i;

/**
 * The kind of happening a sentence reports, or null.
 * @param s the sentence's text
 * @returns the deciding trigger (offsets within s)
 */
export function classify(s: string): Trigger | null {
  const found: Trigger[] = [];
  for (const [kind, re, weak] of RULES) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) found.push({ kind, start: m.index, end: m.index + m[0].length, weak: !!weak });
  }
  const strong = found.filter((t) => !t.weak).sort((a, b) => a.start - b.start);
  if (!strong.length) return found.sort((a, b) => a.start - b.start)[0] ?? null;
  const first = strong[0];
  if (first.kind !== 'threat' && first.kind !== 'diplomacy' && IRREALIS.test(s.slice(Math.max(0, first.start - 60), first.start))) {
    const threat = found.find((t) => t.kind === 'threat');
    if (threat && threat.start < first.start) return threat;
  }
  return first;
}
