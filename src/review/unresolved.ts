// Places the text seems to name that the gazetteer could not resolve: a capitalised name after a
// locative word ("in Cheorwon", "near the village of Daeseong-dong", "off Baengnyeong"), not
// covered by a place the pipeline found. A hint for the reader's review, never a marker.

export interface UnresolvedPlace {
  name: string;
  /** How many times the text names it this way. */
  count: number;
  /** Offsets of the first mention in the text. */
  start: number;
  end: number;
}

const LOCATIVE =
  /\b(?:in|at|near|off|outside|inside|around|across|into|towards?|from|north of|south of|east of|west of|town of|city of|village of|island of|county of|province of|border town of|border village of)\s+(?:the\s+)?$/i;
const NAME = /\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?:[ \t]+(?:\p{Lu}[\p{L}'’]*(?:-\p{L}+)*)){0,3}/gu;
// Capitalised words that follow "in", "at" … but are not places.
const NOT_PLACE = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'english korean north south east west northern southern eastern western central the a an this that these those his her their its our my he she they it we i there here what which when where who why how ' +
    'ministry agency news service committee council command party assembly association institute university times post press daily herald yonhap kcna ' +
    'reuters afp ap bbc cnn government president minister leader chairman army navy air force forces military police office department unit ' +
    'washington pyongyang seoul beijing tokyo moscow christmas easter chuseok new year un nato'
  ).split(' '),
);

/**
 * Candidate place names the pipeline left unresolved.
 * @param text the article text
 * @param resolved [start, end) offsets of the place mentions the pipeline resolved
 * @param limit most names returned
 */
export function unresolvedPlaces(text: string, resolved: Array<{ start: number; end: number }>, limit = 40): UnresolvedPlace[] {
  const spans = [...resolved].sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number) => {
    // Binary search for the first span ending after s.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo].start < e;
  };
  const found = new Map<string, UnresolvedPlace>();
  for (const m of text.matchAll(NAME)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!LOCATIVE.test(before)) continue;
    // Trim a trailing possessive and words that are not part of a name.
    let name = m[0].replace(/[’']s$/, '');
    const words = name.split(/\s+/);
    while (words.length && NOT_PLACE.has(words[words.length - 1].toLowerCase())) words.pop();
    if (!words.length || NOT_PLACE.has(words[0].toLowerCase())) continue;
    name = words.join(' ');
    const end = start + name.length;
    if (name.length < 3 || covered(start, end)) continue;
    const key = name.toLowerCase();
    const cur = found.get(key);
    if (cur) cur.count++;
    else found.set(key, { name, count: 1, start, end });
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.start - b.start).slice(0, limit);
}
