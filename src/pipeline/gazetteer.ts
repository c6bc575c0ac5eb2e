// Compiles a gazetteer once into a token-sequence index, so matching is linear in the text.
import type { Gazetteer, GazetteerEntry, GazetteerRow } from '../data/types';
import { km } from './distance';
import { foldSpelling } from './spelling';

export interface AliasForm {
  entry: GazetteerEntry;
  /** 'exact': acronym, case must match; 'capital': first letter must be upper case; 'any'. */
  casing: 'exact' | 'capital' | 'any';
  form: string;
  /** From `alt` (the other romanisation): a match on a name or alias of another entry wins over it. */
  secondary?: boolean;
  /** The bare stem of an entry whose `bare` is 'context': kept only with its province or county next to it. */
  weak?: boolean;
  /** A name's stem with its unit word cut off ("Kumgang" of Kŭmgang-gun): another entry named so outranks it. */
  stem?: boolean;
}

export interface CompiledGazetteer {
  /** Normalised token sequence ("yeonpyeong island") → alias forms. */
  byKey: Map<string, AliasForm[]>;
  maxTokens: number;
  byId: Map<string, GazetteerEntry>;
  /** Area/line entries by their layer id ("mdl", "dmz" …), first entry wins. */
  byLayer: Map<string, GazetteerEntry>;
  entries: GazetteerEntry[];
  /** Province (admin1) → its names as normalised token strings ("gangwon", "kangwon", "gangwon province"). */
  admin1Keys?: Map<string, string[]>;
  /** Every proper token prefix of a key ("kaesong" of "kaesong industrial complex"): a match stops growing where none is. */
  prefixes?: Set<string>;
  /** Spelling-blind keys of Korean names (see spelling.ts), built on first use. */
  byFold?: Map<string, AliasForm[]>;
  /** Built on first use: the one-word names known as "X Island" (for typos in them). */
  islandStems?: string[];
}

export interface Token {
  /** Normalised (lower case, no diacritics). */
  norm: string;
  start: number;
  end: number;
  /** Followed by a possessive 's / ’s, which `end` does not include. */
  possessive: boolean;
}

// Korean administrative suffixes (RR and MR, folded) and the English words used for them.
const SUFFIX_WORDS: Record<string, string[]> = {
  do: ['island', 'province'],
  to: ['island'],
  ri: ['village'],
  ni: ['village'],
  li: ['village'],
  myeon: ['township'],
  myon: ['township'],
  gun: ['county'],
  kun: ['county'],
  si: ['city'],
  shi: ['city'],
  eup: ['town'],
  up: ['town'],
  gu: ['district'],
  ku: ['district'],
  guyeok: ['district'],
  guyok: ['district'],
  kuyok: ['district'],
  dong: [],
  tong: [],
  ga: [],
  ka: [],
  rodongjagu: [],
  nodongjagu: [],
};
// Korean surnames as the press writes them: never the bare stem of a name ("Cho" of "Cho Island").
const SURNAMES = new Set(
  'kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon hwang ahn an song ryu yoo yu hong jeon chun ko go moon mun yang son sohn bae baek paek heo hur nam sim shim noh roh ha kwak sung seong cha joo ju woo koo gu min na jin ji eom chae won cheon bang gong hyun ham byun yeom yeo chu do so seok seol ma gil wi pyo ki ban wang geum ok yuk maeng je mo tak'.split(' '),
);
const ENGLISH_SUFFIX = new Set(['island', 'province', 'county', 'city', 'village', 'township', 'town', 'district']);
/** A suffix written after a name (folded) → the unit it makes. */
const SUFFIX_LEVEL: Record<string, string> = {
  do: 'province', to: 'province', ri: 'ri', ni: 'ri', li: 'ri', myeon: 'myeon', myon: 'myeon', gun: 'gun', kun: 'gun', si: 'si',
  eup: 'eup', up: 'eup', dong: 'dong', tong: 'dong', gu: 'gu', ku: 'gu', guyeok: 'guyeok', guyok: 'guyeok', kuyok: 'guyeok',
};
const KOREAN_SUFFIX_AFTER = /^-(?:do|ri|ni|li|myeon|myŏn|gun|kun|si|eup|ŭp|dong|tong|gu|ku|guyeok|guyŏk|kuyŏk)\b/i;

const COLUMNS = ['id', 'name', 'name_ko', 'alt', 'kind', 'level', 'country', 'admin1', 'admin2', 'lon', 'lat', 'rank', 'population', 'bare', 'source', 'accuracy_m', 'code'];

/**
 * The entries of a gazetteer: its `entries`, then its compact `rows` expanded (see GazetteerRow).
 * @param g a gazetteer in either form
 * @returns GazetteerEntry objects, curated first
 */
export function expandGazetteer(g: Gazetteer): GazetteerEntry[] {
  if (!g.rows?.length) return g.entries;
  const cols = g.columns ?? COLUMNS;
  if (cols.join() !== COLUMNS.join()) throw new Error(`gazetteer rows: columns ${JSON.stringify(cols)} are not the expected ${JSON.stringify(COLUMNS)}`);
  const out = g.entries.slice();
  const sources = g.sources ?? [];
  for (const r of g.rows as GazetteerRow[]) {
    const [id, name, name_ko, alt, kind, level, country, admin1, admin2, lon, lat, rank, population, bare, source, accuracy_m, code] = r;
    // Every row entry has the same shape (absent fields undefined), which keeps the compiler's loop fast.
    const e: GazetteerEntry = {
      id,
      name,
      name_ko: name_ko || undefined,
      aliases: [],
      kind,
      country: country || undefined,
      coord: [lon, lat],
      population: population || undefined,
      source: sources[source] ?? String(source),
      alt: alt ? alt.split('|') : undefined,
      level: level || undefined,
      admin1: admin1 || undefined,
      admin2: admin2 || undefined,
      rank: rank || undefined,
      bare: bare === 1 ? 'context' : bare === 2 ? 'never' : undefined,
      accuracy_m: accuracy_m || undefined,
      code: code || undefined,
    };
    out.push(e);
  }
  return out;
}

/** Lower case, diacritics and typographic apostrophes removed. */
export function normalise(s: string): string {
  // Most words are ASCII: no Unicode decomposition needed (a char loop is cheaper than a regex here).
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  if (ascii) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1, or 2 for a surrogate pair) of the letter or digit at `i`, else 0. ASCII without a regex. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  const n = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return LETTER_OR_DIGIT.test(s.slice(i, i + n)) ? n : 0;
}

/** Word tokens (runs of [\p{L}\p{N}]) of a string, with possessive 's folded into a flag. Offsets are into `s` plus `base`. */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  // A scan by code point: the hottest loop of place matching, cheaper than a Unicode regex.
  for (let i = 0; i < s.length; ) {
    let n = wordCharAt(s, i);
    if (!n) {
      i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const at = i;
    while (n) {
      i += n;
      n = i < s.length ? wordCharAt(s, i) : 0;
    }
    const word = s.slice(at, i);
    const start = base + at;
    const end = base + i;
    const prev = out[out.length - 1];
    const sep = at > 0 ? s[at - 1] : '';
    if (prev && (word === 's' || word === 'S') && (sep === "'" || sep === '’') && prev.end === start - 1) {
      prev.possessive = true;
      continue;
    }
    out.push({ norm: normalise(word), start, end, possessive: false });
  }
  return out;
}

const SPLIT = /[^\p{L}\p{N}]+/u;
const POSSESSIVE = /(?<=[\p{L}\p{N}])['’][sS](?![\p{L}\p{N}])/gu;
/** The normalised tokens of a name, as `tokenize` would give them (possessive 's dropped), in one pass. */
function keyOf(s: string): string[] {
  const t = normalise(s.replace(POSSESSIVE, '').replace(/(?<=[\p{L}])['’`ʼ](?=[\p{L}])/gu, '')).split(SPLIT);
  if (t[0] === '') t.shift();
  if (t[t.length - 1] === '') t.pop();
  return t;
}

const CASING_RANK: Record<AliasForm['casing'], number> = { any: 0, capital: 1, exact: 2 };
function casingOf(form: string): AliasForm['casing'] {
  if (/^[\p{Lu}\d]{2,6}$/u.test(form)) return 'exact';
  if (/^\p{Lu}/u.test(form)) return 'capital';
  return 'any';
}

/**
 * Precompiles a gazetteer for extractEvents: every name, Korean name and alias, plus the
 * "-do / -ri / -myeon / -gun / -si" forms ("Yeonpyeong-do" → "Yeonpyeong Island", "Yeonpyeongdo").
 * @param g the gazetteer (public/data/gazetteer.json)
 * @returns an index reused for every article
 */
export function compileGazetteer(g: Gazetteer): CompiledGazetteer {
  if (!g || !Array.isArray(g.entries)) throw new Error('gazetteer is required: an object with an "entries" array');
  const entries = expandGazetteer(g);
  const stopStems = new Set(Array.isArray(g.stopStems) ? g.stopStems : []);
  const byKey = new Map<string, AliasForm[]>();
  const byId = new Map<string, GazetteerEntry>();
  const byLayer = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  // One form per entry and key: the strongest (a name over an alt spelling, a full form over a weak stem).
  const add = (key: string, n: number, f: AliasForm) => {
    let list = byKey.get(key);
    if (!list) {
      byKey.set(key, [f]);
      if (n > maxTokens) maxTokens = n;
      return;
    }
    for (let k = 0; k < list.length; k++) {
      const cur = list[k];
      if (cur.entry !== f.entry) continue;
      if ((cur.weak && !f.weak) || (cur.secondary && !f.secondary)) list[k] = { ...f, weak: (cur.weak && f.weak) || undefined, secondary: (cur.secondary && f.secondary) || undefined };
      // A lower-case alias ("maritime buffer zone") matches as written even when the name ("Maritime buffer zone") is
      // capitalised: the laxer casing of the two.
      else if (CASING_RANK[f.casing] < CASING_RANK[cur.casing] && !f.weak) list[k] = { ...cur, casing: f.casing };
      return;
    }
    list.push(f);
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.coord))
      throw new Error(`gazetteer entry #${i} (${(e && e.id) || 'no id'}): needs id, name and coord`);
    byId.set(e.id, e);
    // A layer stands for its area/line entry: the one named like the layer, else the first area or line.
    if (e.layer && (e.kind === 'area' || e.kind === 'line')) {
      const cur = byLayer.get(e.layer);
      if (!cur || (e.id === e.layer && cur.id !== e.layer)) byLayer.set(e.layer, e);
    }
    const generated = e.rank !== undefined;
    const minor = (e.rank ?? 0) >= 3;
    const bare = e.bare;
    const alts = e.alt ?? [];
    const aliases = e.aliases ?? [];
    const nPrimary = 1 + aliases.length + (e.name_ko ? 1 : 0);
    for (let j = 0; j < nPrimary + alts.length; j++) {
      const form = j === 0 ? e.name : j <= aliases.length ? aliases[j - 1] : j < nPrimary ? e.name_ko! : alts[j - nPrimary];
      if (typeof form !== 'string' || !form.trim()) continue;
      const secondary = j >= nPrimary;
      // Apostrophes are dropped (P'yŏngyang = Pyongyang: the matcher joins words an apostrophe splits;
      // breves fold in `normalise`).
      const casing = casingOf(form);
      const strong: AliasForm = secondary ? { entry: e, casing, form, secondary } : { entry: e, casing, form };
      const toks = keyOf(form);
      const n = toks.length;
      if (!n) continue;
      // Only the full form for a bare stem that is a common word or name ("Nam-gu", never "Nam").
      if (n === 1 && bare && !HANGUL.test(form)) {
        if (bare === 'context') add(toks[0], 1, { ...strong, weak: true });
        continue;
      }
      const full = n === 1 ? toks[0] : toks.join(' ');
      add(full, n, strong);
      // The other romanisation of a minor unit ("Sajik-tong" of Sajik-dong) only as written: its variants
      // would double the index for spellings the press hardly uses.
      if (n === 1 || (secondary && minor)) continue;
      const last = toks[n - 1];
      const baseKey = n === 2 ? toks[0] : toks.slice(0, -1).join(' ');
      const stemLength = baseKey.length - (n - 2);
      // Bare stems: never for common words, with context for minor units; of generated entries only from
      // four letters on ("Wan" of "Wan-do" would be a word).
      const weak: AliasForm | null =
        bare === 'never' || stemLength < (generated ? 4 : 3) || SURNAMES.has(baseKey) || stopStems.has(baseKey) ? null : bare === 'context' ? { ...strong, weak: true } : strong;
      const words = SUFFIX_WORDS[last];
      // A stem of one or two letters ("U-do" → "U") would match initials: keep only the full form.
      if (words && stemLength >= 3) {
        // "Yeonpyeong-do" → "Yeonpyeongdo", "Yeonpyeong Island", "Yeonpyeong-do Island", "Yeonpyeong".
        const island = last === 'do' || last === 'to';
        // Glued forms ("Yeonpyeongdo", "Munsaneup") for islands and larger units only: minor ones are
        // written with their hyphen, and thousands of them would slow the compilation.
        const glued = baseKey + last;
        if (island || !minor) add(glued, n - 1, strong);
        for (const w of words) {
          add(`${baseKey} ${w}`, n, strong);
          if (w === 'island') {
            add(`${full} ${w}`, n + 1, strong);
            add(`${glued} ${w}`, n, strong);
          }
        }
        if (weak) add(baseKey, n - 1, { ...weak, stem: true });
        // A county or city named after its island ("Ulleungdo", "Ganghwa Island", "Geoje-do"): the island's forms.
        if ((last === 'gun' || last === 'si') && !minor && !secondary) {
          add(baseKey + 'do', n - 1, strong);
          add(`${baseKey} do`, n, strong);
          add(`${baseKey} island`, n, strong);
          add(`${baseKey}do island`, n, strong);
        }
      } else if (ENGLISH_SUFFIX.has(last) && weak) add(baseKey, n - 1, { ...weak, stem: true });
    }
  }
  // The names a province goes by, for "X County, Gangwon Province" and "Seoul's Jung District".
  const admin1Keys = new Map<string, string[]>();
  for (const e of entries) {
    if (e.level !== 'province' && e.kind !== 'province') continue;
    const k = e.admin1 ?? e.name;
    admin1Keys.set(k, [...new Set([...(admin1Keys.get(k) ?? []), ...nameKeys([k, e.name, ...(e.aliases ?? []), ...(e.alt ?? [])])])]);
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys())
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  return { byKey, maxTokens: Math.min(maxTokens, 8), byId, byLayer, entries, admin1Keys, prefixes };
}

/** Normalised token strings of names, with and without their suffix ("paju si", "paju"); stems of 4+ letters. */
function nameKeys(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const toks = keyOf(n.replace(/['’`ʼ]/g, ''));
    if (!toks.length) continue;
    out.push(toks.join(' '));
    const last = toks[toks.length - 1];
    const base = toks.slice(0, -1);
    if (base.length && (SUFFIX_WORDS[last] || ENGLISH_SUFFIX.has(last)) && base.join('').length >= 4) out.push(base.join(' '));
  }
  return out;
}

const contextCache = new WeakMap<GazetteerEntry, string[]>();
/** What may be named next to an entry to confirm it: its province's and its county's names (not its own). */
function contextKeys(e: GazetteerEntry, g: CompiledGazetteer): string[] {
  let keys = contextCache.get(e);
  if (!keys) {
    const province = e.level === 'province' || e.kind === 'province' || e.kind === 'country';
    keys = [...(e.admin1 && !province ? g.admin1Keys?.get(e.admin1) ?? nameKeys([e.admin1]) : []), ...(e.admin2 ? nameKeys([e.admin2]) : [])];
    contextCache.set(e, keys);
  }
  return keys;
}

const wordsOf = (s: string) => ` ${tokenize(s).map((t) => t.norm).join(' ')} `;
const COUNTRY_BEFORE = /\b(north|south)\s+korea(?:n|['’]s)?\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const COUNTRY_AFTER = /^\s*(?:,|\s+in\b|\s+of\b)\s*(?:the\s+)?(north|south)\s+korea\b/i;
const KIND_OF_BEFORE = /\b(?:village|villages|town|township|county|district|island|islet|city|port|neighbou?rhood|hamlet|area|areas)\s+of\s+$/i;
const ADJ_AFTER = /^\s*(?:,|\s+in\b|\s+of\b)\s*(?:the\s+)?(?:(?:central|north|south|east|west)(?:ern)?\s+)?([\p{L}'’]+(?:[\s-][\p{L}'’]+)?)/u;
const ADJ_BEFORE = /([\p{L}'’]+(?:[\s-][\p{L}'’]+)?)(?:['’]s|,)\s+(?:[\p{L}]+\s+){0,1}$|\bin\s+([\p{L}'’]+(?:[\s-][\p{L}'’]+)?),\s+$/u;
// How every match of ADJ_BEFORE ends: a cheap test first (ADJ_BEFORE backtracks a lot on text without it).
const ADJ_BEFORE_END = /(?:['’]s|,)\s+(?:\p{L}+\s+)?$/u;

/** Whether a few words name a province or si/gun/gu (any of the gazetteer's), and which keys they are. */
function adminNamed(words: string | undefined, g: CompiledGazetteer): string | null {
  if (!words) return null;
  const toks = tokenize(words).map((t) => t.norm);
  for (let n = toks.length; n >= 1; n--) {
    const key = toks.slice(0, n).join(' ');
    if ((g.byKey.get(key) ?? []).some((f) => (f.entry.level === 'province' || f.entry.level === 'si' || f.entry.level === 'gun' || f.entry.level === 'gu' || f.entry.kind === 'province' || f.entry.kind === 'county' || f.entry.kind === 'city')))
      return ` ${key} `;
  }
  return null;
}

// English words for kinds of administrative places, right after a name, and the units or kinds each may
// stand for. (A port or station after a town's name is left alone: the town is its nearest place.)
const TYPE_AFTER = /^ (Village|Town|County|City|District|Island|Township|Province)\b/;
const TYPE_LEVELS: Record<string, string[]> = {
  village: ['ri', 'village'],
  town: ['eup', 'town', 'dong', 'myeon', 'city'],
  county: ['gun', 'county'],
  city: ['si', 'city', 'province'],
  district: ['gu', 'guyeok', 'dong'],
  island: ['island'],
  township: ['myeon'],
  province: ['province'],
};

/**
 * Narrows the candidates of one match by what the text names next to it: its province or county
 * ("Goseong County, Gangwon Province", "Jung District, central Seoul", "Seoul's Jung District"), a country
 * ("North Korea's Kosong"). Weak forms (bare stems of minor units) stay only with such a context next to
 * them or after "village of" and the like; a minor unit (eup/myeon/dong/ri) is dropped when the county or
 * province named next to it is not its own; spellings from `alt` give way to names and aliases.
 * Looks at most 60 characters either side: matching stays linear in the text.
 * @returns the forms kept (none: not a mention of these places)
 */
// (Outside narrowByContext: no closure to make for the common call that returns at once.)
const minorForm = (f: AliasForm) => (f.entry.rank ?? 0) >= 3;

export function narrowByContext(text: string, start: number, end: number, forms: AliasForm[], g: CompiledGazetteer): AliasForm[] {
  const minor = minorForm;
  if (forms.length === 1 && !forms[0].weak && !minor(forms[0]) && forms[0].entry.rank === undefined) return forms;
  let before = text.slice(Math.max(0, start - 60), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  if (cut >= 0) before = before.slice(cut + 1);
  const after = text.slice(end, end + 60).split(/[.!?;\n]/)[0];
  // Named right next to it: ", Paju", " in Gyeonggi", "Paju's ", "in Paju, ".
  const ab = ADJ_BEFORE_END.test(before) ? ADJ_BEFORE.exec(before) : null;
  const adjacent = [adminNamed(ADJ_AFTER.exec(after)?.[1], g), adminNamed(ab?.[1] ?? ab?.[2], g)].filter((x): x is string => x !== null);
  const has = (w: string, f: AliasForm) => contextKeys(f.entry, g).some((k) => w.includes(` ${k} `));
  const near = (f: AliasForm) => adjacent.some((w) => has(w, f));
  const kindOf = KIND_OF_BEFORE.test(before);
  // "Onchon Village", "Kosong Port": a word for another kind of place follows the bare name, so the name is
  // that village's or port's, not this county's (a form with the word itself would have matched first).
  const typeWord = TYPE_AFTER.exec(after)?.[1].toLowerCase();
  const conflicts = (f: AliasForm) => {
    if (!typeWord || f.entry.rank === undefined) return false;
    const levels = TYPE_LEVELS[typeWord];
    return !(levels.includes(f.entry.level ?? '') || levels.includes(f.entry.kind));
  };
  let list = forms.filter((f) => (!f.weak || kindOf || near(f)) && !(minor(f) && adjacent.length && !near(f)) && !conflicts(f));
  if (list.length > 1) {
    const next = list.filter(near);
    if (next.length) list = next;
  }
  if (list.length > 1) {
    const cb = COUNTRY_BEFORE.exec(before);
    const ca = COUNTRY_AFTER.exec(after);
    const country = cb ? (cb[1].toLowerCase() === 'north' ? 'KP' : 'KR') : ca ? (ca[1].toLowerCase() === 'north' ? 'KP' : 'KR') : null;
    const loose = wordsOf(`${before} ${after}`);
    const inContext = list.filter((f) => (country !== null && f.entry.country === country) || has(loose, f));
    if (inContext.length) list = inContext;
  }
  if (list.length > 1) {
    const named = list.filter((f) => !f.secondary);
    if (named.length) list = named;
  }
  return list;
}

const HANGUL = /^[\uac00-\ud7a3]+$/;
// Korean particles that attach to a place name: 개성에서, 서울의 …
const PARTICLES = ['에서는', '에서', '으로', '에는', '에게', '의', '은', '는', '이', '가', '을', '를', '로', '와', '과', '도', '에'];

const PLURAL = / (?:road|line|railway|island|port|station|observatory|crossing|dam|bridge|county|district)s$/;

export interface RawMatch {
  start: number;
  end: number;
  forms: AliasForm[];
  possessive: boolean;
}

/**
 * Longest gazetteer matches over a token list (non-overlapping, left to right).
 * @param text the original text the tokens point into
 */
// The gap between two tokens: ' ' for a word break, '' for an apostrophe inside a word (MR's P'yŏngyang =
// Pyongyang: the compiled keys have none), null across punctuation (a name never spans it).
function gap(text: string, a: Token, b: Token): ' ' | '' | null {
  const d = b.start - a.end;
  // "the 2nd Naval Fleet’s headquarters": a possessive inside a name is read as the name.
  if (a.possessive && d === 3 && text[a.end + 2] === ' ') return ' ';
  if (d < 1 || d > 2) return null;
  let apostrophe = false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x27 || c === 0x2019) apostrophe = true;
    // "Mt. Kumgang", "St. Petersburg": the full stop of an abbreviation.
    else if (c === 0x2e && k === a.end && ABBREVIATED.has(a.norm)) continue;
    else if (c !== 0x2d && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0xa0) return null;
  }
  return apostrophe && d === 1 ? '' : ' ';
}

/** Whether a token may be Hangul (HANGUL's first character, before the regex). */
const hangulStart = (s: string) => s.charCodeAt(0) >= 0xac00 && s.charCodeAt(0) <= 0xd7a3;

export function matchTokens(text: string, tokens: Token[], g: CompiledGazetteer): RawMatch[] {
  const out: RawMatch[] = [];
  const keys: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Keys starting here, shortest first; grown token by token only while some key continues (linear work).
    let count = 0;
    let key = tokens[i].norm;
    for (let n = 1; n <= g.maxTokens && i + n <= tokens.length; n++) {
      if (n > 1) {
        const sep = gap(text, tokens[i + n - 2], tokens[i + n - 1]);
        if (sep === null) break;
        if (sep === ' ' && g.prefixes && !g.prefixes.has(key)) break;
        key += sep + tokens[i + n - 1].norm;
      }
      keys[n - 1] = key;
      count = n;
    }
    if (count === 1 && !g.byKey.has(key) && !(hangulStart(key) && HANGUL.test(key))) {
      const folded = matchFolded(text, tokens, i, g);
      if (folded) out.push(folded.match);
      i += folded ? folded.used : 1;
      continue;
    }
    let found: RawMatch | null = null;
    let used = 0;
    for (let n = count; n >= 1 && !found; n--) {
      // "the Gyeongui and Donghae roads": a plural kind word matches the singular name.
      const forms = g.byKey.get(keys[n - 1]) ?? (n > 1 && PLURAL.test(keys[n - 1]) ? g.byKey.get(keys[n - 1].slice(0, -1)) : undefined);
      if (!forms) continue;
      const last = tokens[i + n - 1];
      const start = tokens[i].start;
      const end = last.end;
      const surface = text.slice(start, end);
      const fitting = forms.filter((f) =>
        f.casing === 'exact' ? surface === f.form || surface.toUpperCase() === surface : f.casing === 'capital' ? /^[\p{Lu}\uac00-\ud7a3]/u.test(surface) : true,
      );
      if (!fitting.length) continue;
      // "Daeseong" of "Daeseong-dong": the suffixed form was tried first, so the bare stem is no fallback for
      // a minor unit, nor for a unit of another level (a "Daeseong-guyeok" is no Daeseong-dong).
      const sfx = KOREAN_SUFFIX_AFTER.exec(text.slice(end, end + 8))?.[0].slice(1);
      const level = sfx ? SUFFIX_LEVEL[normalise(sfx)] : undefined;
      const candidates = sfx ? fitting.filter((f) => !f.weak && (f.entry.level === undefined || f.entry.level === level)) : fitting;
      const narrowed = narrowByContext(text, start, end, candidates, g);
      if (!narrowed.length) continue;
      // Part of a hyphenated compound ("anti-Pyongyang", "Seoul-based"): not a place mention.
      let stop = end;
      const korSuffix = KOREAN_SUFFIX_AFTER.exec(text.slice(end, end + 8));
      if (korSuffix) stop = end + korSuffix[0].length;
      else if (text[end] === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) continue; // ("Hwasong-17": a missile)
      if (text[start - 1] === '-') continue;
      // "the North" in "the North Korean border town": a direction word that begins a longer name.
      if (/^(?:north|south|east|west)$/.test(last.norm) && /^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      found = { start, end: stop, forms: narrowed, possessive: last.possessive };
      used = n;
    }
    if (!found && HANGUL.test(tokens[i].norm)) found = matchHangul(tokens[i], g);
    if (!found) {
      const folded = matchFolded(text, tokens, i, g);
      if (folded) [found, used] = [folded.match, folded.used];
    }
    if (found) {
      out.push(found);
      i += used || 1;
    } else i++;
  }
  return out;
}

/** Spelling-blind keys of the Korean names (one per key of `byKey`), kept apart from the exact ones. */
function foldIndex(g: CompiledGazetteer): Map<string, AliasForm[]> {
  if (g.byFold) return g.byFold;
  const byFold = new Map<string, AliasForm[]>();
  for (const [key, forms] of g.byKey) {
    const toks = key.split(' ');
    // A minor unit (eup, myeon, dong, ri) only with its suffix: its bare stem, spelled another way, is too often
    // another name ("Cheongok Mountain" is no Jeongok-eup).
    const korean = forms.filter((f) => (f.entry.country === 'KR' || f.entry.country === 'KP') && f.casing !== 'exact' && (toks.length > 1 || (f.entry.rank ?? 0) < 3));
    if (!korean.length || HANGUL.test(key)) continue;
    if (toks.length > 2 || (toks[0].length < 5 && !(toks[0] === 'mt' && toks.length === 2))) continue;
    const folded = toks.map(foldSpelling).join(' ');
    const list = byFold.get(folded);
    if (!list) byFold.set(folded, korean);
    else for (const f of korean) if (!list.some((o) => o.entry === f.entry)) list.push(f);
  }
  return (g.byFold = byFold);
}

/** Whether two words are one letter apart (one missing, added or changed). */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
// Typos are tried only on names this long: shorter ones are a letter away from too many words.
const TYPO_MIN = 6;

// The words of news prose repeat (names, sentence openings): each is folded once (bounded: a long article of
// distinct words only refills it).
const folds = new Map<string, string>();
function foldedWord(w: string): string {
  let f = folds.get(w);
  if (f === undefined) {
    if (folds.size > 50_000) folds.clear();
    folds.set(w, (f = foldSpelling(w)));
  }
  return f;
}
const ABBREVIATED = new Set(['mt', 'mts', 'st', 'ft']);
const A_TO_Z = (c: number) => c >= 65 && c <= 90;
/**
 * A capitalised word (with its suffix word, if any) that no exact key matched but a Korean name spelled
 * another way does: "Kangryong County" for Kangnyŏng-gun.
 */
function matchFolded(text: string, tokens: Token[], i: number, g: CompiledGazetteer): { match: RawMatch; used: number } | null {
  const t = tokens[i];
  if (t.norm.length < 5 || !A_TO_Z(text.charCodeAt(t.start)) || text[t.start - 1] === '-') return null;
  const index = foldIndex(g);
  const head = foldedWord(t.norm);
  const next = tokens[i + 1];
  const suffixed = next && next.start - t.end === 1 && /[ -]/.test(text[t.end]) && (SUFFIX_WORDS[next.norm] || ENGLISH_SUFFIX.has(next.norm));
  // "Cheongok Mountain": a capitalised word after it continues a name the gazetteer does not have.
  const continued = !suffixed && next && next.start - t.end === 1 && A_TO_Z(text.charCodeAt(next.start));
  if (continued) return null;
  // "Mt. Kumkang": a mountain's name spelled another way after its abbreviated word.
  const prev = tokens[i - 1];
  if (prev && (prev.norm === 'mt' || prev.norm === 'mount') && /^\.? $/.test(text.slice(prev.end, t.start))) {
    const forms = index.get(`mt ${head}`)?.filter((f) => !f.weak);
    const narrowed = forms?.length ? narrowByContext(text, prev.start, t.end, forms, g) : [];
    if (narrowed.length) return { match: { start: prev.start, end: t.end, forms: narrowed, possessive: t.possessive }, used: 1 };
  }
  for (const n of suffixed ? [2, 1] : [1]) {
    const forms = index.get(n === 2 ? `${head} ${foldedWord(next.norm)}` : head);
    if (!forms) continue;
    const end = tokens[i + n - 1].end;
    // "Dangsan-ri" aside, a word that goes on after a hyphen ("Chung Dong-young", a person) is no place.
    if (text[end] === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '') && (n === 1 || !KOREAN_SUFFIX_AFTER.test(text.slice(end, end + 8)))) return null;
    const narrowed = narrowByContext(text, t.start, end, forms.filter((f) => !f.weak), g);
    if (narrowed.length) return { match: { start: t.start, end, forms: narrowed, possessive: tokens[i + n - 1].possessive }, used: n };
  }
  // "Ulleng Island", "Yeongpyeong Island": a typo in the name of an island its word marks as one.
  if (suffixed && next.norm === 'island' && t.norm.length >= TYPO_MIN) {
    g.islandStems ??= [...g.byKey.keys()].flatMap((k) => (/^[a-z]+ island$/.test(k) ? [k.slice(0, -7)] : []));
    const near = g.islandStems.filter((w) => w.length >= TYPO_MIN && oneEdit(t.norm, w));
    const forms = near.length === 1 ? g.byKey.get(`${near[0]} island`)?.filter((f) => !f.weak) : undefined;
    const narrowed = forms?.length ? narrowByContext(text, t.start, next.end, forms, g) : [];
    if (narrowed.length) return { match: { start: t.start, end: next.end, forms: narrowed, possessive: next.possessive }, used: 2 };
  }
  return null;
}

function matchHangul(t: Token, g: CompiledGazetteer): RawMatch | null {
  for (const p of PARTICLES) {
    if (t.norm.length > p.length && t.norm.endsWith(p)) {
      const forms = g.byKey.get(t.norm.slice(0, -p.length));
      if (forms) return { start: t.start, end: t.end - p.length, forms, possessive: p === '의' };
    }
  }
  return null;
}


/**
 * Orders namesakes by the article's other places: a candidate in the county (`admin2`) of a place the article
 * names elsewhere first, then one in the same province (`admin1`), then the same country; ties go to the more
 * prominent unit (lower `rank`), the bigger population, then the one nearest to those places.
 * For the pipeline's choice among a match's entries ("Jung-gu" in an article about Busan).
 * @param candidates the entries one match may be
 * @param others entries the article names unambiguously (their order does not matter)
 * @returns the candidates, best first (a new array)
 * @example preferByPlaces(jungGus, [busan]) // [Busan's Jung-gu, …]
 */
export function preferByPlaces(candidates: GazetteerEntry[], others: GazetteerEntry[]): GazetteerEntry[] {
  const ctx = others.filter((o) => !candidates.includes(o));
  const admin2 = new Set(ctx.flatMap((o) => [o.admin2, o.level === 'si' || o.level === 'gun' || o.level === 'gu' ? o.name : undefined]).filter(Boolean));
  const admin1 = new Set(ctx.map((o) => o.admin1).filter(Boolean));
  const countries = new Set(ctx.map((o) => o.country).filter(Boolean));
  const near = (e: GazetteerEntry) => (ctx.length ? Math.min(...ctx.map((o) => km(o.coord, e.coord))) : 0);
  const score = (e: GazetteerEntry) => (e.admin2 && admin2.has(e.admin2) ? 4 : 0) + (e.admin1 && admin1.has(e.admin1) ? 2 : 0) + (e.country && countries.has(e.country) ? 1 : 0);
  return candidates
    .map((e) => ({ e, s: score(e), r: e.rank ?? 0, p: e.population ?? 0, d: near(e) }))
    .sort((a, b) => b.s - a.s || a.r - b.r || b.p - a.p || a.d - b.d || a.e.id.localeCompare(b.e.id))
    .map((x) => x.e);
}
