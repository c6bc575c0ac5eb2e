// Stage 3: places named in sentences, told apart from governments named by their capital.
import { km } from './distance';
import type { GazetteerEntry, PlaceKind } from '../data/types';
import { AREA_EXCLUDE_BEFORE, AREA_PHRASES, BARE_BORDER } from './areas';
import { matchTokens, normalise, preferByPlaces, tokenize, type CompiledGazetteer } from './gazetteer';
import { execAll } from './regex';
import type { PlaceMention, PlaceRole, Sentence } from './types';

// Capitals stand for their governments unless the sentence places something there.
export const CAPITALS = new Set(['seoul', 'pyongyang', 'washington', 'beijing', 'tokyo', 'moscow']);

const LOCATIVE_BEFORE =
  /\b(?:in|at|near|into|inside|outside|around|over|across|from|toward|towards|within|through|along|onto|off|above|to|on)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$|\b(?:town|city|village|island|islands|county|province|area|region|outskirts|port|capital|border\s+\w+)\s+of\s+$|(?:north|south|east|west)\s+of\s+$/i;
const STRONG_LOCATIVE_BEFORE =
  /\b(?:in|into|inside|within|across|near|at|over|entered|visited|visit|(?:head|heads|headed|heading|travel|travels|travelled|traveled|traveling|travelling|fly|flies|flew|flying|drove|driven|went|go|goes|going|came|come|comes|coming|arrive|arrives|arrived|arriving)\s+(?:back\s+)?to)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?(?:(?:the\s+)?(?:South\s+Korean\s+|North\s+Korean\s+)?capital,?\s+)?$|\b(?:capital(?:\s+city)?|district|ward|neighbou?rhood|suburbs?|outskirts|streets|downtown|cent(?:re|er)|heart|parts?)\s+of\s+$/i;
// "a Seoul building", "an Incheon port": a capital's name before a common noun, after an article, is where the thing is.
const FACILITY_AFTER = /^\s+(?:(?:Central|Express|International)\s+)?(?:station|airport|port|harbou?r|bridge|plaza|square|stadium|tower|city\s+hall|palace|terminal)\b/i;
const MEETING_AFTER = /^\s+(?:(?:inter-korean|peace|nuclear|leaders'?)\s+)?(?:summits?|talks|meetings?|conferences?|ceremony|forum|negotiations)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an)\s+$/i;
// Objects of pressure and address: "threats against Seoul", "urged Pyongyang", "contact with Seoul".
const ADDRESSEE_BEFORE =
  /\b(?:against|with|urged|urging|urges|bully|bullied|pressure\s+on|pressuring|pressured|warned|told|accused|asked|called\s+on|criticised|criticized|blamed|demanded|between)\s+(?:the\s+)?$/i;
// Buildings whose names are the bodies in them.
const INSTITUTIONS = new Set(['ministry-of-unification', 'cheong-wa-dae', 'yongsan-presidential-office', 'defense-ministry-compound', 'jcs-building', 'national-assembly-building', 'wpk-central-committee-building', 'gyeonggi-provincial-government-office', 'kaesong-management-committee']);
const ACTOR_VERB_AFTER =
  /^\s*(?:(?:has|have|had|will|would|could|should|may|might|must|is|was|also|then|later|still|again|repeatedly|quickly|reportedly|officially|on\s+\w+|not|n't)\s+){0,3}(?:said|says|say|urged|urges|warned|warns|threatened|threatens|accused|accuses|announced|demanded|wants|want|made|agreed|rejected|denied|responded|insisted|claimed|blamed|called|vowed|pledged|decided|ordered|refused|plans|hopes|believes|condemned|protested|seeks|sought|blew|fired|sent|launched|severed|cut|destroyed|played|downplayed|dismissed|stressed|emphasi[sz]ed|explained|noted|expressed|confirmed|reported|told|issued|released|appears|has|is|was|will|would)\b/i;
// A possessive followed by these is a place ("Seoul's outskirts"), otherwise an owner ("Seoul's Unification Ministry").
const GEO_NOUN_AFTER = /^\s*(?:border|coast|coastline|island|islands|side|territory|waters|outskirts|suburbs|downtown|centre|center|north|south|east|west|northern|southern|eastern|western|capital|streets?|skies)\b/i;

// "the disputed border in the Yellow Sea".
const AT_SEA_AFTER = /^\s+(?:in|off|at)\s+(?:the\s+)?(?:(?:yellow|west|east|western|eastern)\s+)?sea\b/i;
const DOCUMENT_AFTER = /^\s+(?:(?:Joint|Military|Peace)\s+)?(?:Declaration|Accord|Agreement|Statement|Communiqu[eé]|Armistice\s+Agreement|Summit\s+Declaration)\b/;
const TOPIC_BEFORE = /\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:(?:resumption|reopening|suspension|restart|fate|future)\s+of\s+(?:the\s+)?)?$/i;
// "talks on the resumption of tours to the Mount Kumgang resort", "negotiations over Kaesong".
const TALKS_ON_BEFORE = /\b(?:talks|negotiations|discussions|consultations|dispute)\s+(?:on|about|over|regarding)\s+(?:the\s+)?(?:(?:resumption|reopening|suspension|restart|fate|future|normali[sz]ation)\s+of\s+(?:the\s+)?)?(?:(?:tours?|trips?|visits?|travel|operations)\s+(?:to|at|in)\s+(?:the\s+)?)?$/i;
const TOPIC_NOUN_AFTER = /^\s+(?:tours?|tourism|project|projects|issues?|business|programs?|venture|operations|assets|property)\b/i;
const AREA_WORDS = /border|demilitari|demarcation|DMZ|NLL|MDL|limit\s+line|ceasefire|armistice|truce|front|boundary/i;
const ANAPHOR_WORDS = /\b(?:the|this)\s+(?:mountain\s+resort|inter-korean|office|building|facility|compound|hospital|hotel|plant|island|islet|islands|complex|industrial|joint|resort|tourist|base|camp|post|guard|outpost|station|observatory|airport|port|harbou?r|bridge|dam|town|city|village|hamlet|county|district)\b|\b(?:front-?line|frontier|border|western|remote|small|tiny|korean)\s+(?:island|islet)s?\b/i;
const KIND_AHEAD = /^\s+(?:(?:inter-korean|cross-border|border|two|twin|main|northern|southern|eastern|western|frontline)\s+){1,2}(roads?|lines?|railways?|islands?|ports?|stations?|crossings?)\b/i;
const ELLIPSIS_BEFORE = /([A-Z][\p{L}'’-]+)\s*(?:,\s*|\s+)(?:and|or|&)\s+$/u;
const TOWN_KINDS = new Set(['city', 'county', 'town']);
const SOURCE_BEFORE = /\b(?:according\s+to|spokes(?:man|woman|person)\s+(?:for|of))\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}$/iu;
/** Is the story told at sea: the sea border or a sea named, and no land line? (Read once, when a story needs it.) */
function seaStory(text: string): boolean {
  return /\b(?:NLL|northern\s+limit\s+line|maritime\s+border|sea\s+border|Yellow\s+Sea|West\s+Sea|East\s+Sea)\b/i.test(text) && !/\b(?:MDL|DMZ|demarcation\s+line|demilitari[sz]ed\s+zone)\b/i.test(text);
}
const PERSON_NOUN_AFTER = /^\s+(?:[a-z]+\s+)?(?:housewife|woman|man|resident|native|citizen|student|tourist|farmer|fisherman|businessman|businesswoman|worker|teenager|boy|girl|pastor|activist|official|soldier|couple|family)\b/i;
const ORG_NOUN_AFTER = /^\s+(?:(?:joint|working-level|military|government|city|provincial|county|municipal)\s+)?(?:committee|commission|government|authorities|officials?|delegation|delegates|team|council|assembly|administration|regime|leadership|side|spokes(?:man|woman|person)|minister|ministry|chief|director|foundation|association|federation|institute)\b/i;

// Rank of specificity: the most specific location of a sentence is an event's place.
const RANK: Record<PlaceKind, number> = {
  building: 0,
  site: 1,
  village: 2,
  island: 2,
  town: 2,
  mountain: 2,
  river: 3,
  city: 3,
  county: 4,
  area: 5,
  line: 6,
  province: 7,
  country: 8,
};
export const placeRank = (e: GazetteerEntry): number => RANK[e.kind] ?? 9;

const ATTACKED_BEFORE = /\b(?:shell(?:ed|ing)?|attack(?:ed|s)?|bombard(?:ed|ment)?|barrage|struck|hit)\s+(?:(?:of|on|at|against)\s+)?$/i;
const INDEFINITE_ISLAND = /\b(?:a|an)\s+(?:South\s+Korean\s+)?(?:(?:front-?line|frontline|border|north-?western|western|remote)\s+){1,2}(?:island|islet)\b(?!\s+of\b)/gi;
// "the office", "the island" … refer back to the latest place of a fitting kind.
const ANAPHORS: [RegExp, PlaceKind[]][] = [
  [/\bthe\s+(?:office|building|facility|compound|hospital|hotel|plant)\b/gi, ['building', 'site']],
  // ("the front-line island", "the border island": not "the border island of Yeonpyeong", which names it; "the island
  // of about 2,000 inhabitants" is still the island.)
  [/\b(?:the\s+(?:(?:front-?line|frontier|border|north-?western|western|remote|small|tiny|south\s+korean)\s+){0,2}(?:island|islet|islands)|this\s+(?:island|islet))\b(?!\s+of\b(?!\s+(?:about|some|around|nearly|roughly|more|over|under|\d)))/gi, ['island']],
  // "the joint park", "the industrial complex": the site, else the named area, else the town it is in (Kaesong).
  [/\bthe\s+(?:(?:inter-korean\s+)?(?:joint|industrial)\s+(?:park|zone|complex)|complex)\b/gi, ['site', 'building', 'area', 'city', 'town']],
  [/\bthe\s+(?:base|camp|post|guard\s+post|outpost|station|observatory|airport|port|harbou?r|bridge|dam)\b/gi, ['site', 'building']],
  // "the resort" of Mount Kumgang, an area with a name of its own.
  [/\b(?:the|this)\s+(?:mountain\s+)?(?:resort|tourist\s+(?:zone|region|area))\b/gi, ['site', 'building', 'area']],
  [/\b(?:the|this)\s+(?:town|city)\b/gi, ['city', 'town']],
  [/\b(?:the|this)\s+(?:village|hamlet)\b/gi, ['village', 'town']],
  [/\bthe\s+(?:county|district)\b/gi, ['county']],
];

// ("visited the area": the place just named; "in the area" is too loose to refer back.)
const AT_THE_SITE = /\b(?:(?:at|to|near|around|from|on)\s+the\s+site|(?:visited|toured|inspected)\s+the\s+(?:site|area))\b(?!,?\s+(?:of|for|where|that|which|between|around|near|along)\b)/g;
// (The word first, then what comes before it: a lookbehind at the head of a pattern is tried at every letter.)
const THERE = /\bthere(?<=\b(?:[a-z]+ed|[a-z]+en|shot|hit|held|met|built|found|killed|stayed|lived|arrived|went|fired|fought|sank|struck|died|worked)\s+(?:[\w-]+\s+){0,6}there)(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|be|to)\b)(?=\s+(?:in|on|at|since|last|early|late|mid|for|until|after|before|when|during)\b|\s*[.,;])/g;
const JOINT_COMPLEX = /\b(?:a|an|the|their|its)\s+(?:(?:joint|inter-korean|north-south|cross-border)\s+){1,2}industrial\s+(?:park|zone|complex)\b/gi;

function roleOf(text: string, sentence: Sentence, start: number, end: number, entry: GazetteerEntry, possessive: boolean): PlaceRole {
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const after = text.slice(end + (possessive ? 2 : 0), Math.min(sentence.end, end + 60));
  // Countries, capitals and cities abroad are governments ("Beijing said", "Tokyo protested") unless a strong locative makes them places.
  const stands = entry.kind === 'country' || CAPITALS.has(entry.name.toLowerCase()) || CAPITALS.has(entry.id) || (entry.kind === 'city' && !!entry.country && entry.country !== 'KR' && entry.country !== 'KP');
  if (possessive) return GEO_NOUN_AFTER.test(after) ? 'location' : 'actor';
  // "a Kaesong joint committee", "the Seoul government": a name used for a body, not a place.
  if (ORG_NOUN_AFTER.test(after)) return 'actor';
  // "according to the South's Unification Ministry", "a spokesperson for the Ministry of Unification": a source.
  if (SOURCE_BEFORE.test(before)) return 'actor';
  // "a Seoul housewife", "an Incheon resident": where a person is from, not where the happening is.
  if (/\b(?:a|an)\s+$/i.test(before) && PERSON_NOUN_AFTER.test(after)) return 'actor';
  // "the Panmunjom Declaration", "the Pyongyang Joint Declaration": a document named after a place, not the place.
  if (DOCUMENT_AFTER.test(after)) return 'actor';
  // "talks on Mount Kumgang tours": what is talked about, not where (read as no location).
  if ((TOPIC_BEFORE.test(before) && TOPIC_NOUN_AFTER.test(after)) || TALKS_ON_BEFORE.test(before)) return 'actor';
  // "the Cheonan", "the Pohang": a town's name after "the" is a ship's (or a thing's), unless a place noun follows.

  if (ADDRESSEE_BEFORE.test(before)) return stands ? 'actor' : 'location';
  // "sent a notice to the Ministry of Unification": the body a message went to.
  if (INSTITUTIONS.has(entry.id) && /\b(?:notice|message|letter|notification|statement|fax|request|proposal|ultimatum)s?\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:the\s+)?(?:South(?:\s+Korea)?['’]s\s+)?$/i.test(before)) return 'actor';
  // Countries and capitals are places only after a strong locative ("in Vietnam", not "concessions from the United States").
  if (stands ? STRONG_LOCATIVE_BEFORE.test(before) : LOCATIVE_BEFORE.test(before)) return 'location';
  if (stands && ARTICLE_BEFORE.test(before) && /^\s+\p{Ll}/u.test(after)) return 'location';
  // "left Seoul Station", "at Pyongyang airport": a capital's named facility is a place; "the Pyongyang summit",
  // "the Hanoi talks": where the meeting was.
  if (stands && (FACILITY_AFTER.test(after) || (entry.kind !== 'country' && MEETING_AFTER.test(after)))) return 'location';
  // "the Unification Ministry said": an institution speaking, wherever its building is.
  // ("The Unification Ministry in a statement said", "…, in a press release on Monday, announced").
  const speaking = after.replace(/^\s*,?\s*in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}(?:statement|release|briefing|message|report|notice|letter)(?:\s+on\s+\w+)?\s*,?/i, ' ');
  if (ACTOR_VERB_AFTER.test(speaking) && /^\s*(?:(?:has|have|had|will|would|also|then|later|on\s+\w+)\s+){0,2}(?:said|says|say|urged|warned|announced|accused|demanded|claimed|denied|confirmed|stated|added|told)\b/i.test(speaking)) return 'actor';
  if (stands) return 'actor';
  // "the Ministry of Unification has scheduled the program": an institution named by its building acts.
  if (INSTITUTIONS.has(entry.id) && ACTOR_VERB_AFTER.test(speaking)) return 'actor';
  // A town that "said" something is still where it is; only named governments act.
  return 'location';
}

const VESSEL = /(?:(?:patrol|naval|navy|fishing|cargo|passenger)\s+)?(?:boat|ship|vessel|corvette|frigate|destroyer|warship|submarine|ferry|cruiser|patrol\s+craft)\b/.source;
// ("the 1,200-ton Cheonan": a tonnage names a ship.)
// ("the ROKS Cheonan": a navy's ship prefix.)
const VESSEL_BEFORE = new RegExp(`\\b(?:${VESSEL}|\\d[\\d,.]*[- ](?:ton|tonne)s?|ROKS|ROKN|KPS)\\s+$`, 'i');
const VESSEL_AFTER = new RegExp(`^\\s+${VESSEL}`, 'i');
// A ship's noun right before the name ("assault ship Dokdo"); not a boat "off" or "near" it.
const SHIP_BEFORE = /\b(?:ship|vessel|corvette|frigate|destroyer|warship|submarine|cruiser|ROKS|ROKN)\s+$/i;

/** "the Cheonan", "the patrol boat Cheonan": a town's name given to a ship or a thing, not a place. */
const UNIT_END = /[\s-](?:district|county|city|town|township|village|island|gun|gu|si|eup|myeon|dong|ri|do)$/i;
function namesAThing(before: string, after: string, entry: GazetteerEntry): boolean {
  // "the amphibious assault ship Dokdo", "the Dokdo ship": islands name warships too.
  if (entry.kind === 'island') return SHIP_BEFORE.test(before) || (/\bthe\s+$/i.test(before) && /^\s+(?:ship|warship|vessel)\b/i.test(after));
  if (!TOWN_KINDS.has(entry.kind)) return false;
  if (VESSEL_BEFORE.test(before)) return true;
  // "Hyundai Asan", the company that ran the Kumgang tours and the Kaesong complex.
  if (/\bHyundai\s+$/.test(before)) return true;
  // "South Korea's Cheonan patrol boat", "the Cheonan warship".
  if (VESSEL_AFTER.test(after)) return true;
  // ("the Kaesong joint industrial park": a place noun after a word or two of description is still the place.)
  return /\bthe\s+$/i.test(before) && !/^\s*(?:[a-z-]+\s+){0,2}?(?:area|region|district|county|city|town|complex|zone|park|estate|border|side|coast|island|port|harbou?r|outskirts|suburbs|resort|valley|river|plain|section|stretch|sector|front|course|route|tours?|tourism)\b/.test(after) && !MEETING_AFTER.test(after);
}

// A river's point nearest the article's places is used only if it is this close to one of them (a place on its bank).
const COURSE_KM = 15;
/**
 * A river placed where the article is: of its course's points, the one nearest the article's other (unambiguous,
 * point) places — the Imjin at Yeoncheon in a story about Yeoncheon, at Paju in one about Paju. One entry object
 * per river and article, so that its mentions stay one place.
 */
function alongCourse(context: GazetteerEntry[]): (e: GazetteerEntry, sentence: GazetteerEntry[]) => GazetteerEntry {
  const placed = new Map<string, GazetteerEntry>();
  const anchorsOf = (list: GazetteerEntry[]) => list.filter((c) => !c.course && c.coord && ANCHOR_KINDS.has(c.kind));
  // (Not the capitals: "SEOUL (Yonhap) —" and "Seoul said" are everywhere, and say nothing of where a river is.)
  const article = anchorsOf(context).filter((c) => !CAPITALS.has(c.name.toLowerCase()) && !CAPITALS.has(c.id));
  // The first anchor (the article's most named place; a sentence's first) near the river decides: its nearest point.
  const nearest = (course: [number, number][], anchors: GazetteerEntry[]) => {
    for (const a of anchors) {
      let best = -1;
      let bestKm = COURSE_KM;
      for (let i = 0; i < course.length; i++) {
        const d = km(course[i], a.coord);
        if (d < bestKm) [best, bestKm] = [i, d];
      }
      if (best >= 0) return best;
    }
    return -1;
  };
  return (e, sentence) => {
    // The places of its own sentence first ("on the Han River near Jamsil"), then the article's.
    let i = nearest(e.course!, anchorsOf(sentence));
    if (i < 0) i = nearest(e.course!, article);
    if (i < 0) return e;
    const key = `${e.id}@${i}`;
    let got = placed.get(key);
    if (!got) placed.set(key, (got = { ...e, coord: e.course![i] }));
    return got;
  };
}
const isDateline = (text: string, m: { start: number; end: number }) => {
  const w = text.slice(m.start, m.end);
  return w.length > 2 && w === w.toUpperCase() && /^\s*(?:\(|,)/.test(text.slice(m.end, m.end + 3));
};
const ANCHOR_KINDS = new Set(['city', 'county', 'town', 'village', 'island', 'site', 'building', 'mountain']);

/** A country named just before "… town of X" favours entries in that country. */
function countryHint(before: string): string | null {
  const m = /\b(North|South)\s+Korean?\b[^.]{0,40}$/.exec(before);
  if (!m) return null;
  return m[1] === 'North' ? 'KP' : 'KR';
}

/**
 * One entry for an ambiguous name: the country named just before it, then the article's unambiguous places
 * (same county, same province, same country, nearest), then rank and population.
 */
function choose(entries: GazetteerEntry[], hint: string | null, context: GazetteerEntry[], memo: Map<string, GazetteerEntry>): GazetteerEntry {
  if (entries.length === 1) return entries[0];
  const key = `${hint ?? ''}|${entries.map((e) => e.id).join(',')}`;
  let best = memo.get(key);
  if (!best) {
    const pool = hint && entries.some((e) => e.country === hint) ? entries.filter((e) => e.country === hint) : entries;
    best = preferByPlaces(pool, context)[0];
    memo.set(key, best);
  }
  return best;
}

// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every sentence.)
const overlapping = (found: PlaceMention[]) => (a: number, b: number) => found.some((m) => m.start < b && a < m.end);

/**
 * Place mentions in the sentences: gazetteer names, generic areas/lines and anaphors.
 * Each has a role: 'location' (something happened there) or 'actor' (a government or owner).
 * @param text the original article text
 * @param sentences findSentences output
 * @param g compileGazetteer output
 */
export function findPlaces(text: string, sentences: Sentence[], g: CompiledGazetteer, warnings: string[] = []): PlaceMention[] {
  // Pass 1: raw matches; unambiguous ones vote for countries, which settle ambiguous names.
  const raw = sentences.map((s) => matchTokens(text, tokenize(s.text, s.start), g));
  // The article's unambiguous places settle its ambiguous names (at most a few hundred: bounded work).
  const seen = new Map<GazetteerEntry, number>();
  for (const list of raw) for (const m of list) if (m.forms.length === 1) seen.set(m.forms[0].entry, (seen.get(m.forms[0].entry) ?? 0) + 1);
  const context = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 300).map(([e]) => e);
  const memo = new Map<string, GazetteerEntry>();
  const along = alongCourse(context);
  // "the Gyeongui and Donghae roads", "Yeonpyeong and Baengnyeong islands": the first item of a list shares
  // the kind word of the last, so "Gyeongui" is the Gyeongui road.
  for (const [si, list] of raw.entries()) {
    const s = sentences[si];
    for (const m of [...list]) {
      const words = text.slice(m.start, m.end).split(/\s+/);
      let kindWord = normalise(words[words.length - 1]).replace(/s$/, '');
      if (words.length < 2) {
        // "the Gyeongui and Donghae inter-Korean roads": the kind word after an adjective or two makes a one-word
        // name the road (not the city of Donghae).
        const ahead = KIND_AHEAD.exec(text.slice(m.end, Math.min(s.end, m.end + 40)));
        const forms = ahead && g.byKey.get(`${normalise(words[0])} ${normalise(ahead[1]).replace(/s$/, '')}`);
        if (!forms) continue;
        m.forms = forms;
        kindWord = normalise(ahead[1]).replace(/s$/, '');
      }
      const before = ELLIPSIS_BEFORE.exec(text.slice(Math.max(s.start, m.start - 40), m.start));
      if (!before) continue;
      const forms = g.byKey.get(`${normalise(before[1])} ${kindWord}`);
      if (!forms) continue;
      const start = m.start - before[0].length;
      if (list.some((o) => o.start < start + before[1].length && start < o.end)) continue;
      list.push({ start, end: start + before[1].length, forms, possessive: false });
    }
    list.sort((a, b) => a.start - b.start);
  }
  const out: PlaceMention[] = [];
  const missingLayers = new Set<string>();
  let last: PlaceMention[] = [];
  // "this island" told before any island is named.
  const ahead: Pick<PlaceMention, 'start' | 'end' | 'text' | 'sentence'>[] = [];
  // Has the story named the sea border, or a land line by name (the MDL, the DMZ)?
  let seaTold = false;
  let atSea: boolean | undefined;
  let landTold = false;
  let islandTold = false;
  sentences.forEach((s, si) => {
    const found: PlaceMention[] = [];
    const taken = overlapping(found);
    // Generic area/line phrases first: they are longer than a gazetteer acronym inside them.
    // Cheap gates first: most sentences name no line, area or anaphor at all.
    if (AREA_WORDS.test(s.text)) for (const { layer, re } of AREA_PHRASES) {
      re.lastIndex = 0;
      for (const m of execAll(re, s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end) || AREA_EXCLUDE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
        // "The border" in a story at sea is the sea border: told in a sentence about the sea, or after the NLL with no land line.
        const atSea = layer === 'mdl' && BARE_BORDER.test(m[0]) && ((seaTold && !landTold) || AT_SEA_AFTER.test(text.slice(end, end + 30)));
        const entry = g.byLayer.get(atSea ? 'nll' : layer);
        if (!entry) {
          missingLayers.add(layer);
          continue;
        }
        found.push({ start, end, text: m[0], entry, role: 'location', anaphor: false, generic: true, sentence: s.index });
      }
    }
    for (const f of found) {
      if (f.entry.layer === 'nll') seaTold = true;
      else if (f.generic && !BARE_BORDER.test(f.text) && (f.entry.layer === 'mdl' || f.entry.layer === 'dmz')) landTold = true;
    }
    for (const m of raw[si]) {
      if (taken(m.start, m.end)) continue;
      const before = text.slice(Math.max(s.start, m.start - 60), m.start);
      // ("the resort of Kumgang": Mount Kumgang, named so, before the county whose stem it is; a Korean stem still
      // before a city abroad: Jinan County, not Jinan in China.)
      const named = m.forms.some((f) => f.stem) ? m.forms.filter((f) => !f.stem && (f.entry.country === 'KR' || f.entry.country === 'KP')) : [];
      const entry = choose(
        (named.length ? named : m.forms).map((f) => f.entry),
        countryHint(before),
        context,
        memo,
      );
      // ("the Dongdaemun district": a name that ends in its unit word is the place.)
      if (!UNIT_END.test(text.slice(m.start, m.end)) && namesAThing(text.slice(Math.max(s.start, m.start - 40), m.start), text.slice(m.end, Math.min(s.end, m.end + 30)), entry)) continue;
      const role = roleOf(text, s, m.start, m.end, entry, m.possessive);
      // (Its sentence's places, not a date line's "SEOUL (Yonhap) --".)
      let placed = entry.course ? along(entry, raw[si].flatMap((o) => (o.forms.length === 1 && o !== m && !isDateline(text, o) ? [o.forms[0].entry] : []))) : entry;
      // "a buffer zone" in a story told at sea (the NLL or a sea named, no land line) is the maritime buffer zone.
      if (placed.layer === 'cma-ground-buffer' && !/ground|land/i.test(text.slice(m.start, m.end)) && (atSea ??= seaStory(text))) placed = g.byLayer.get('cma-maritime-buffer') ?? placed;
      found.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: placed, role, anaphor: false, generic: false, sentence: s.index });
    }
    if (ANAPHOR_WORDS.test(s.text)) for (const [re, kinds] of ANAPHORS) {
      re.lastIndex = 0;
      for (const m of execAll(re, s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end)) continue;
        // The latest place of the first fitting kind: "the office" is a building before it is a site.
        const pool = [...found.filter((f) => f.start < start).reverse(), ...last].filter((p) => p.role === 'location' && !p.generic);
        // A place whose name holds the anaphor's noun ("the Kaesong Industrial Complex" … "the industrial complex")
        // before any other of a fitting kind (the Unification Ministry is a building, but no complex).
        const noun = m[0].slice(m[0].lastIndexOf(' ') + 1).toLowerCase();
        let ante = pool.find((p) => kinds.includes(p.entry.kind) && p.entry.name.toLowerCase().includes(noun));
        // "Ganghwa Island" may be read as its county: named an island, it is what "the island" refers to.
        if (!ante) for (const k of kinds) if ((ante = pool.find((p) => p.entry.kind === k || (k === 'island' && TOWN_KINDS.has(p.entry.kind) && /\bisland\b|-?do$/i.test(p.text))))) break;
        if (ante) found.push({ start, end, text: m[0], entry: ante.entry, role: 'location', anaphor: true, generic: false, sentence: s.index });
        // "After North Korean artillery showered this island Tuesday, …" before any island is named: the island the
        // story names (below).
        else if (kinds.includes('island') && !pool.length) ahead.push({ start, end, text: m[0], sentence: s.index });
      }
    }
    // "A North Korean man has defected to a South Korean western border island on Friday", before any island is
    // named: the island the story names (below).
    // (Not "the shelling of a South Korean border island in 2010", a background line about another island.)
    if (!islandTold && s.text.includes('island')) for (const m of execAll(INDEFINITE_ISLAND, s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!taken(start, end) && !ATTACKED_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) ahead.push({ start, end, text: m[0], sentence: s.index });
    }
    if (!islandTold) islandTold = found.some((f) => f.role === 'location' && f.entry.kind === 'island' && !f.anaphor);
    // "…and now a 120-meter-long object is placed at the site": the latest specific place told (not "the site of
    // …", which says which).
    if (s.text.includes(' the site') || s.text.includes(' the area')) for (const m of execAll(AT_THE_SITE, s.text)) {
      const start = s.start + m.index + m[0].lastIndexOf('the ');
      const end = s.start + m.index + m[0].length;
      if (taken(start, end)) continue;
      const ante = [...found.filter((f) => f.start < start).reverse(), ...last].find((p) => p.role === 'location' && !p.generic && !['country', 'province', 'line'].includes(p.entry.kind) && !(p.entry.kind === 'area' && !(p.entry.extent_km != null && p.entry.extent_km <= 25)));
      if (ante) found.push({ start, end, text: text.slice(start, end), entry: ante.entry, role: 'location', anaphor: true, generic: false, sentence: s.index });
    }
    // "…was shot dead by a North Korean soldier there in mid-2008": the latest place told as where (not the
    // existential "there was", nor "there" in someone's words about a place not told).
    if (s.text.includes('there')) for (const m of execAll(THERE, s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const ante = [...found.filter((f) => f.start < start).reverse(), ...last].find((p) => p.role === 'location' && !p.generic && !p.anaphor && p.entry.kind !== 'country' && p.entry.kind !== 'province');
      if (ante) found.push({ start, end, text: m[0], entry: ante.entry, role: 'location', anaphor: true, generic: false, sentence: s.index });
    }
    // "a joint industrial complex in the North", "the inter-Korean industrial park" with no name before it: there
    // was one, at Kaesong (a description, so no toponym of its own).
    const kaesong = s.text.includes('ndustrial') ? g.byId.get('kaesong-industrial-complex') : undefined;
    if (kaesong) for (const m of execAll(JOINT_COMPLEX, s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!taken(start, end) && !found.some((f) => f.start === start)) found.push({ start, end, text: m[0], entry: kaesong, role: 'location', anaphor: true, generic: false, sentence: s.index });
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
    // Antecedents: the latest located places, most recent first, kept for a few sentences.
    const located = found.filter((f) => f.role === 'location' && !f.generic).reverse();
    last = [...located, ...last].slice(0, 6);
  });
  if (ahead.length) {
    // The island the story names most (the first of equals).
    const count = new Map<GazetteerEntry, number>();
    for (const f of out) if (f.role === 'location' && !f.anaphor && f.entry.kind === 'island') count.set(f.entry, (count.get(f.entry) ?? 0) + 1);
    const island = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (island) {
      for (const a of ahead) out.push({ ...a, entry: island, role: 'location', anaphor: true, generic: false });
      out.sort((a, b) => a.start - b.start);
    }
  }
  for (const l of missingLayers) warnings.push(`the gazetteer has no entry with layer "${l}"; phrases for it were not placed`);
  return out;
}
