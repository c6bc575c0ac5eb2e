// The places where a sentence's happening is: of its located place mentions, the specific ones, each
// item of a list ("ports in Sokcho and Donghae"), never the container of a chain ("Paju, Gyeonggi
// Province"), a point of reference ("40 km north of Seoul") or a point of view ("seen from Odusan").
import type { GazetteerEntry } from '../data/types';
import { BARE_BORDER } from './areas';
import { placeRank } from './places';
import type { PlaceMention } from './types';
import { km } from './distance';

const POINT_KINDS = new Set(['building', 'site', 'village', 'island', 'town', 'mountain', 'river', 'city', 'county']);
export const isPointLike = (e: GazetteerEntry) => POINT_KINDS.has(e.kind);

// "40 km north of", "just south of", "northwest of": the place after it is a point of reference, not the
// scene — unless the distance is small enough that the scene is at it ("3.3 km from Samcheok Port").
const REFERENCE_BEFORE =
  /(?:\b(\d[\d.,]*)\s*(?:-\s*)?(km|kilometers?|kilometres?|miles?|meters?|metres?|m)\s+(?:\([^)]{0,24}\)\s+)?|\b(?:just|some|about|around|roughly|nearly|located)\s+)?\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern|ward)?\s+of|(?:away\s+)?from|off)\s+(?:the\s+)?(?:(?:South|North)\s+Korean\s+)?(?:(?:border\s+|coastal\s+|eastern\s+|western\s+|northern\s+|southern\s+)?(?:island|islet|town|city|county|village|port)\s+of\s+(?:the\s+)?)?$/i;
const NEAR_KM = 20;
// "seen from", "as viewed from the Odusan observatory in Paju": where the witness stood, up to the clause's end.
const VIEWPOINT_BEFORE = /\b(?:seen|viewed|watched|observed|photographed|taken|pictured|filmed|monitored)\s+(?:\w+\s+){0,2}from\b[^;:.]{0,70}$/i;

/** A point of reference before a mention: "60 km north of". Null when there is none or it is close by. */
function farReference(before: string): boolean {
  const m = REFERENCE_BEFORE.exec(before);
  if (!m) return false;
  // "from X" / "off X" alone are not references (a launch from Paju is at Paju); with a distance they are.
  if (!/(?:north|south|east|west)[a-z-]*\s+of\b/i.test(m[0]) && !m[1]) return false;
  if (!m[1]) return true;
  const n = Number(m[1].replace(/,/g, ''));
  const unit = m[2].toLowerCase();
  const km = unit.startsWith('mile') ? n * 1.609 : unit.startsWith('k') ? n : n / 1000;
  return km > NEAR_KM;
}
// "agreed to reopen the complex", "threatened to destroy the office": the object of an infinitive is what was
// agreed or threatened, not where; after "plans to", "is set to" … it is where the planned happening will be.
// (A verb, so lower case: "sent back to North Korea via Panmunjom" is a way, not an infinitive.)
const INFINITIVE_BEFORE = /\b[Tt]o\s+(?!the\b|a\b|an\b|be\b)[a-z]+\s+[^,;.:!?]{0,70}$/;
const PLAN_BEFORE = /\b(?:plans?|planned|planning|scheduled|set|due|expected|going|poised|slated|intends?|intended|aims?)\s+to\s+[a-z]+\s+[^,;.:!?]{0,70}$/i;
// …unless a locative word comes right before it: "agreed to hold talks in Panmunjom" is where.
// ("to border town Paju", "to the northern border county of Cheorwon": a place noun between is no verb.)
const LOCATIVE_JUST_BEFORE = /\b(?:in|at|near|into|inside|on|to|from|across|over|toward|towards|along|off|outside)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:town|city|county|village|island|port|area|region)\s+(?:of\s+)?)?$/i;
// "the North accepted Seoul's demand that Kaesong be opened": what was demanded, proposed or ordered.
const CONTENT_BEFORE = /\b(?:demand(?:ed|s)?|request(?:ed|s)?|propos(?:al|als|ed|es)|suggest(?:ed|s|ion)?|urg(?:ed|es|ing)|decid(?:ed|es)|decision|order(?:ed|s)?|insist(?:ed|s)?|hopes?|hoped|wish(?:ed|es)?|call(?:ed|s)?\s+for)\s+that\s+(?:[^.;,]{0,50}\s)?$/i;
// An anaphor ("the island") names the scene after a locative word or as the subject, not as an object.
const LOCATIVE_BEFORE = /(?:^|[.!?,;:—(“"]\s*|\b(?:in|on|at|near|into|inside|onto|to|from|across|around|off|over|toward|towards|along|within|outside|through|of)\s+)$/i;

const SCENE_VERB_BEFORE = /\b(?<!\bto\s)(?:entered|entering|reached|reaching|visited|visiting|toured|approached|shelled|shelling|showered|pounded|hammered|targeted|struck|bombed|bombing|attacked|attacking|raided|evacuated|patrolled|surrounded|occupied|hit|blew\s+up|blowing\s+up)\s+$/i;
const PATH_BEFORE = /\b(?:across|over|beyond|through|into)\s+(?:the\s+)?$/i;

// Sizes of administrative and natural places: a ri lies in a myeon, a myeon in a gun or si.
const SIZE: Record<string, number> = { building: 0, site: 0, village: 1, island: 1, mountain: 1, river: 1, town: 2, county: 3, city: 4 };

/**
 * Whether `b`, after `a` across `gap`, is a place containing `a` rather than another place:
 * "Imjingak in Paju", "Dangsan-ri, Songhae-myeon in Ganghwa County, Incheon", but not "Paju, Gimpo and Ganghwa".
 */
function containedIn(gap: string, a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (/^\s*(?:in|of|,\s*in)\s+(?:the\s+)?$/i.test(gap)) return SIZE[b.kind] >= SIZE[a.kind];
  if (/^\s*,\s*$/.test(gap)) return SIZE[b.kind] > SIZE[a.kind];
  return false;
}


/**
 * The places of a happening, most specific first in text order.
 * @param text the article text
 * @param mentions the located (role 'location') mentions of one sentence's content, in text order
 * @returns point places (all items of lists) or, when there are none, the single most specific area or line
 */
export function pickSites(text: string, mentions: PlaceMention[]): PlaceMention[] {
  // "talks in Seoul or Pyongyang": places offered as alternatives are neither of them the place.
  const all = [...mentions].sort((a, b) => a.start - b.start);
  const either = (i: number) => (all[i + 1] && /^\s+or\s+$/.test(text.slice(all[i].end, all[i + 1].start))) || (all[i - 1] && /^\s+or\s+$/.test(text.slice(all[i - 1].end, all[i].start)));
  const located = all.filter((m, i) => m.role === 'location' && !either(i));
  // "40 km south of Socheong Island, Incheon": the container of a point of reference is no scene either.
  let reference: PlaceMention | null = null;
  const scene = located.filter((m) => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (reference && containedIn(text.slice(reference.end, m.start), reference.entry, m.entry)) {
      reference = m;
      return false;
    }
    reference = null;
    if (farReference(before)) {
      reference = m;
      return false;
    }
    if (VIEWPOINT_BEFORE.test(before)) return false;
    if (INFINITIVE_BEFORE.test(before) && !PLAN_BEFORE.test(before) && !LOCATIVE_JUST_BEFORE.test(before)) return false;
    if (CONTENT_BEFORE.test(before)) return false;
    // "balloons sent across the border": the line is the way, not the place (a named line, "across the MDL", stays).
    if (m.generic && PATH_BEFORE.test(before) && !/^(?:MDL|DMZ|NLL)$|demarcation|demilitari|limit\s+line/i.test(m.text)) return false;
    // "the island" as the object of a verb ("to reopen the complex") is not where the happening is.
    // ("entered the port", "shelled the island": the object of a verb of motion or of a strike is the scene.)
    // ("there" is a locative word of its own.)
    if (m.anaphor && !/^there$/i.test(m.text) && !LOCATIVE_BEFORE.test(before.replace(/\S*$/, '')) && !SCENE_VERB_BEFORE.test(before) && !/^\s*$/.test(before)) return false;
    return true;
  });
  const pool = scene.length ? scene : [];
  const named = pool.filter((m) => !m.anaphor);
  const points = (named.some((m) => isPointLike(m.entry)) ? named : pool).filter((m) => isPointLike(m.entry));
  if (points.length) {
    const keep: PlaceMention[] = [];
    points.forEach((m, i) => {
      // Each link of a chain contains the one before it, kept or not: "Dangsan-ri, Songhae-myeon in Ganghwa County".
      const prev = points[i - 1];
      if (prev && containedIn(text.slice(prev.end, m.start), prev.entry, m.entry)) {
        // "at the mouth of the Han River in Gimpo": a river is a line drawn as one point; the town on it is the place.
        const k = keep.indexOf(prev);
        if (prev.entry.kind === 'river' && k >= 0) keep[k] = m;
        return;
      }
      if (keep.some((k) => k.entry === m.entry || km(k.entry.coord, m.entry.coord) < 2)) return;
      keep.push(m);
    });
    return keep;
  }
  // No point: the most specific area or line ("the DMZ", "the border"), then a foreign country.
  // ("along the border" alone is no place to mark: a 250 km line; the event goes on the timeline. A named line —
  // the MDL, the DMZ, the NLL, "the sea border" — is its layer.)
  const broad = pool.filter((m) => (m.entry.kind === 'area' || m.entry.kind === 'line') && !(m.generic && BARE_BORDER.test(m.text)));
  if (broad.length) return [[...broad].sort((a, b) => placeRank(a.entry) - placeRank(b.entry) || a.start - b.start)[0]];
  const foreign = pool.filter((m) => m.entry.kind === 'country' && m.entry.country !== 'KR' && m.entry.country !== 'KP' && !/^(?:kr|kp|south-korea|north-korea|korea)$/.test(m.entry.id));
  return foreign.length ? [foreign[0]] : [];
}
