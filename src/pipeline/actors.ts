// Actors named in a sentence: people and bodies in capitalised runs, plus governments named
// by their capital or country. A heuristic: it reads names, it does not understand them.
import { execAll } from './regex';
import type { PlaceMention, Sentence } from './types';

const STOP = new Set(
  'The A An On In At Earlier Later Last This That These Those When While After Before Since Some Several Many Inter-Korean It He She They We I His Her Its Their Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December More But And Or As If Also Meanwhile However Still There Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec One Two Three Four Five Six Seven Eight Nine Ten Military Artillery Naval Here GMT UTC KST USB AM PM'.split(' '),
);
const GROUP_NOUNS = /\b(?:defector(?:-led)?\s+groups?|defectors|activists|(?:the\s+)?military|soldiers|troops|marines)\b/g;
const NAME = /\b(?:[A-Z][\p{L}’'.-]*\s+){0,5}[A-Z][\p{L}’'-]+(?:\s+of\s+the\s+(?:[A-Z][\p{L}’'-]*\s*){1,4})?/gu;
const ADJ = /^(?:North|South)\s+Korean$|^(?:US|U\.S\.|American|Chinese|Japanese|Korean|Russian|British|[A-Z][a-z]+-based)$/;

// (Made by a factory: tsx, which runs the bench, names every closure bound to a const with a defineProperty
// call, about 0.4 us each time it is made; this one is made for every reading.)
const adder = (out: string[]) => (a: string) => {
  const v = a.trim().replace(/[’']s$/, '');
  if (v && !out.includes(v)) out.push(v);
};

/**
 * Actors in a sentence, in order of appearance, deduplicated.
 * @param s the sentence
 * @param places place mentions of the same sentence
 */
export function findActors(s: Sentence, places: PlaceMention[]): string[] {
  const out: string[] = [];
  const add = adder(out);
  for (const p of places) if (p.role === 'actor') add(p.entry.name);
  for (const m of execAll(NAME, s.text)) {
    let v = m[0].trim();
    const words = v.split(/\s+/);
    while (words.length && STOP.has(words[0])) words.shift();
    v = words.join(' ');
    if (!v || ADJ.test(v) || words.length === 0 || STOP.has(v)) continue;
    const start = s.start + s.text.indexOf(v, m.index);
    // "Seoul's Unification Ministry": the owner is a place mention, the actor is the rest.
    const owner = places.find((p) => p.start <= start && start < p.end);
    if (owner) {
      const rest = s.text.slice(owner.end - s.start, m.index + m[0].length).replace(/^[’']s\s+/, '').trim();
      if (/^[A-Z]/.test(rest) && rest.split(/\s+/).length >= 2 && !places.some((p) => p.start >= owner.end && p.start < s.start + m.index + m[0].length)) add(rest);
      continue;
    }
    if (words.length === 1 && v.length < 3) continue;
    add(v);
  }
  for (const m of execAll(GROUP_NOUNS, s.text)) add(m[0].replace(/^the\s+/i, ''));
  return out.slice(0, 8);
}
