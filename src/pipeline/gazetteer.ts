// Compiles a gazetteer once into a token-sequence index, so matching is linear in the text.
import type { Gazetteer, GazetteerEntry } from '../data/types';

export interface AliasForm {
  entry: GazetteerEntry;
  /** 'exact': acronym, case must match; 'capital': first letter must be upper case; 'any'. */
  casing: 'exact' | 'capital' | 'any';
  form: string;
}

export interface CompiledGazetteer {
  /** Normalised token sequence ("yeonpyeong island") → alias forms. */
  byKey: Map<string, AliasForm[]>;
  maxTokens: number;
  byId: Map<string, GazetteerEntry>;
  /** Area/line entries by their layer id ("mdl", "dmz" …), first entry wins. */
  byLayer: Map<string, GazetteerEntry>;
  entries: GazetteerEntry[];
}

export interface Token {
  /** Normalised (lower case, no diacritics). */
  norm: string;
  start: number;
  end: number;
  /** Followed by a possessive 's / ’s, which `end` does not include. */
  possessive: boolean;
}

// Korean administrative suffixes and the English words used for them.
const SUFFIX_WORDS: Record<string, string[]> = {
  do: ['island', 'province'],
  ri: ['village'],
  myeon: ['township'],
  gun: ['county'],
  si: ['city'],
  eup: ['town'],
  dong: [],
};
const ENGLISH_SUFFIX = new Set(['island', 'province', 'county', 'city', 'village', 'township', 'town']);

/** Lower case, diacritics and typographic apostrophes removed. */
export function normalise(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Word tokens of a string, with possessive 's folded into a flag. Offsets are into `s` plus `base`. */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const start = base + m.index;
    const end = start + m[0].length;
    const prev = out[out.length - 1];
    const sep = m.index > 0 ? s[m.index - 1] : '';
    if (prev && (m[0] === 's' || m[0] === 'S') && (sep === "'" || sep === '’') && prev.end === start - 1) {
      prev.possessive = true;
      continue;
    }
    out.push({ norm: normalise(m[0]), start, end, possessive: false });
  }
  return out;
}

function keyOf(s: string): string[] {
  return tokenize(s).map((t) => t.norm);
}

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
  const byKey = new Map<string, AliasForm[]>();
  const byId = new Map<string, GazetteerEntry>();
  const byLayer = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  const add = (tokens: string[], entry: GazetteerEntry, form: string, casing: AliasForm['casing']) => {
    if (!tokens.length) return;
    const key = tokens.join(' ');
    const list = byKey.get(key) ?? [];
    if (!list.some((a) => a.entry === entry)) list.push({ entry, casing, form });
    byKey.set(key, list);
    maxTokens = Math.max(maxTokens, tokens.length);
  };
  g.entries.forEach((e, i) => {
    if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.coord))
      throw new Error(`gazetteer entry #${i} (${(e && e.id) || 'no id'}): needs id, name and coord`);
    byId.set(e.id, e);
    // A layer stands for its area/line entry: the one named like the layer, else the first area or line.
    if (e.layer && (e.kind === 'area' || e.kind === 'line')) {
      const cur = byLayer.get(e.layer);
      if (!cur || (e.id === e.layer && cur.id !== e.layer)) byLayer.set(e.layer, e);
    }
    const forms = [e.name, ...(e.aliases ?? []), ...(e.name_ko ? [e.name_ko] : [])];
    for (const form of forms) {
      if (typeof form !== 'string' || !form.trim()) continue;
      const casing = casingOf(form);
      const toks = keyOf(form);
      add(toks, e, form, casing);
      const last = toks[toks.length - 1];
      const base = toks.slice(0, -1);
      // A stem of one or two letters ("U-do" → "U") would match initials: keep only the full form.
      if (toks.length > 1 && SUFFIX_WORDS[last] && base.join('').length >= 3) {
        // "Yeonpyeong-do" → "Yeonpyeong", "Yeonpyeongdo", "Yeonpyeong Island".
        add(base, e, form, casing);
        add([...base.slice(0, -1), base[base.length - 1] + last], e, form, casing);
        for (const w of SUFFIX_WORDS[last]) add([...base, w], e, form, casing);
      } else if (toks.length > 1 && ENGLISH_SUFFIX.has(last)) {
        add(base, e, form, casing);
      }
    }
  });
  return { byKey, maxTokens: Math.min(maxTokens, 8), byId, byLayer, entries: g.entries };
}

const HANGUL = /^[\uac00-\ud7a3]+$/;
// Korean particles that attach to a place name: 개성에서, 서울의 …
const PARTICLES = ['에서는', '에서', '으로', '에는', '에게', '의', '은', '는', '이', '가', '을', '를', '로', '와', '과', '도', '에'];

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
export function matchTokens(text: string, tokens: Token[], g: CompiledGazetteer): RawMatch[] {
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: RawMatch | null = null;
    let used = 0;
    for (let n = Math.min(g.maxTokens, tokens.length - i); n >= 1 && !found; n--) {
      const slice = tokens.slice(i, i + n);
      // Tokens must be adjacent words (space, hyphen or apostrophe between), not across punctuation.
      let ok = true;
      for (let k = 1; k < n; k++) if (!/^[\s'’-]{1,2}$/.test(text.slice(slice[k - 1].end, slice[k].start))) ok = false;
      if (!ok) continue;
      const key = slice.map((t) => t.norm).join(' ');
      const forms = g.byKey.get(key);
      if (!forms) continue;
      const start = slice[0].start;
      const end = slice[n - 1].end;
      const surface = text.slice(start, end);
      const fitting = forms.filter((f) =>
        f.casing === 'exact' ? surface === f.form || surface.toUpperCase() === surface : f.casing === 'capital' ? /^[\p{Lu}\uac00-\ud7a3]/u.test(surface) : true,
      );
      if (!fitting.length) continue;
      // Part of a hyphenated compound ("anti-Pyongyang", "Seoul-based"): not a place mention.
      let stop = end;
      const korSuffix = /^-(?:do|ri|myeon|gun|si|eup|dong)\b/i.exec(text.slice(end, end + 8));
      if (korSuffix) stop = end + korSuffix[0].length;
      else if (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
      if (text[start - 1] === '-') continue;
      // "the North" in "the North Korean border town": a direction word that begins a longer name.
      if (/^(?:north|south|east|west)$/.test(slice[n - 1].norm) && /^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      found = { start, end: stop, forms: fitting, possessive: slice[n - 1].possessive };
      used = n;
    }
    if (!found && HANGUL.test(tokens[i].norm)) found = matchHangul(tokens[i], g);
    if (found) {
      out.push(found);
      i += used || 1;
    } else i++;
  }
  return out;
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
