// Hangul → Revised Romanization (RR, 2000) and McCune–Reischauer (MR, 1939 as used by GeoNames and
// North Korean place names in English), for place names. Pure functions, no dependencies.
//
// Both systems follow the pronunciation across syllables (liaison, nasalisation, lateralisation:
// 신라 Silla, 백령 Baengnyeong / Paengnyŏng). For administrative units the suffix is hyphenated:
// RR does not carry sound changes across the hyphen (인왕리 Inwang-ri), MR does (신리 Sil-li,
// 아양리 Ayang-ni), as GeoNames writes North Korean names.

const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const MR_VOWEL = ['a', 'ae', 'ya', 'yae', 'ŏ', 'e', 'yŏ', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wŏ', 'we', 'wi', 'yu', 'ŭ', 'ŭi', 'i'];
// Final jamo (index 1..27): the consonant it carries over to a following vowel, and what it sounds as before a consonant.
// [liaison final kept, liaison initial (phoneme), representative final]
const FINAL: [string, string, string][] = [
  ['', '', ''],
  ['', 'g', 'k'], // ㄱ
  ['', 'kk', 'k'], // ㄲ
  ['k', 's', 'k'], // ㄳ
  ['', 'n', 'n'], // ㄴ
  ['n', 'j', 'n'], // ㄵ
  ['', 'n', 'n'], // ㄶ (ㅎ silent before a vowel)
  ['', 'd', 't'], // ㄷ
  ['', 'r', 'l'], // ㄹ
  ['l', 'g', 'k'], // ㄺ
  ['l', 'm', 'm'], // ㄻ
  ['l', 'b', 'l'], // ㄼ
  ['l', 's', 'l'], // ㄽ
  ['l', 't', 'l'], // ㄾ
  ['l', 'p', 'p'], // ㄿ
  ['', 'r', 'l'], // ㅀ
  ['', 'm', 'm'], // ㅁ
  ['', 'b', 'p'], // ㅂ
  ['p', 's', 'p'], // ㅄ
  ['', 's', 't'], // ㅅ
  ['', 'ss', 't'], // ㅆ
  ['ng', '', 'ng'], // ㅇ
  ['', 'j', 't'], // ㅈ
  ['', 'ch', 't'], // ㅊ
  ['', 'k', 'k'], // ㅋ
  ['', 't', 't'], // ㅌ
  ['', 'p', 'p'], // ㅍ
  ['', '', 't'], // ㅎ
];
const H_FINALS = new Set([6, 15, 27]); // ㄶ ㅀ ㅎ
const ASPIRATE: Record<string, string> = { g: 'k', d: 't', j: 'ch', b: 'p' };

interface Syl {
  ini: string; // phoneme of the initial ('' = none)
  vow: number;
  fin: string; // realised final: '', k, n, t, l, m, p, ng
}

/** Decomposes a run of Hangul syllables and applies the sound changes between them. */
function phonemes(word: string, noLiaisonAt = -1): Syl[] {
  const raw = [...word].map((ch) => {
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c > 11171) throw new Error(`romanize: not a Hangul syllable: ${JSON.stringify(ch)}`);
    return { i: Math.floor(c / 588), v: Math.floor((c % 588) / 28), f: c % 28 };
  });
  const out: Syl[] = raw.map((s) => ({ ini: INITIAL[s.i], vow: s.v, fin: '' }));
  for (let k = 0; k < raw.length; k++) {
    const f = raw[k].f;
    const next = out[k + 1];
    const rep = FINAL[f][2];
    if (!next) {
      out[k].fin = rep;
      continue;
    }
    if (next.ini === '' && f && k + 1 !== noLiaisonAt) {
      // Liaison: the final moves to the vowel-initial syllable (ㅌ/ㄷ before ㅣ palatalise).
      out[k].fin = FINAL[f][0];
      let carried = FINAL[f][1];
      if (raw[k + 1].v === 20 && (f === 25 || f === 7)) carried = f === 25 ? 'ch' : 'j';
      next.ini = carried;
      continue;
    }
    if (next.ini === '' ) {
      out[k].fin = rep;
      continue;
    }
    let fin = rep;
    let ini = next.ini;
    if (H_FINALS.has(f)) {
      if (ASPIRATE[ini]) {
        ini = ASPIRATE[ini];
        fin = f === 27 ? '' : rep;
      } else if (ini === 's') {
        ini = 'ss';
        fin = f === 27 ? '' : rep;
      } else if (ini === 'n') fin = f === 27 ? 'n' : rep;
      else fin = f === 27 ? 't' : rep;
    } else if (ini === 'h' && (fin === 'k' || fin === 't' || fin === 'p')) {
      // Nouns keep the h after k, t, p (묵호 Mukho, 집현전 Jiphyeonjeon).
    }
    // Nasalisation and lateralisation.
    if ((fin === 'k' || fin === 't' || fin === 'p') && (ini === 'n' || ini === 'm' || ini === 'r')) {
      fin = fin === 'k' ? 'ng' : fin === 't' ? 'n' : 'm';
      if (ini === 'r') ini = 'n';
    } else if ((fin === 'm' || fin === 'ng') && ini === 'r') ini = 'n';
    else if (fin === 'n' && ini === 'r') {
      fin = 'l';
      ini = 'l';
    } else if (fin === 'l' && (ini === 'n' || ini === 'r')) ini = 'l';
    out[k].fin = fin;
    next.ini = ini;
  }
  return out;
}

const MR_INITIAL: Record<string, string> = { kk: 'kk', tt: 'tt', pp: 'pp', ss: 'ss', jj: 'tch', ch: "ch'", k: "k'", t: "t'", p: "p'", h: 'h', s: 's', n: 'n', m: 'm', l: 'l', '': '' };
const PLAIN_MR: Record<string, [string, string]> = { g: ['k', 'g'], d: ['t', 'd'], b: ['p', 'b'], j: ['ch', 'j'] };

function spell(syls: Syl[], system: 'rr' | 'mr', hyphenAt: number): string {
  let s = '';
  syls.forEach((x, k) => {
    const prevFin = k > 0 ? syls[k - 1].fin : '';
    let ini: string;
    if (system === 'rr') ini = x.ini === 'l' ? 'l' : x.ini;
    else if (PLAIN_MR[x.ini]) ini = PLAIN_MR[x.ini][k === 0 || prevFin === 'k' || prevFin === 't' || prevFin === 'p' ? 0 : 1];
    else if (x.ini === 'r') ini = k === 0 || prevFin === '' ? 'r' : 'n';
    else ini = MR_INITIAL[x.ini] ?? x.ini;
    if (k === hyphenAt) s += '-';
    // MR separates n + g (만경 Man'gyŏng) from ng.
    else if (system === 'mr' && prevFin === 'n' && ini.startsWith('g')) s += "'";
    s += ini + (system === 'rr' ? RR_VOWEL : MR_VOWEL)[x.vow] + x.fin;
  });
  return s;
}

/** Administrative suffixes, longest first: Hangul, RR, whether the suffix starts a new word in RR. */
export const ADMIN_SUFFIXES: { ko: string; rr: string; level: string }[] = [
  { ko: '노동자구', rr: 'nodongjagu', level: 'rodongjagu' },
  { ko: '구역', rr: 'guyeok', level: 'guyeok' },
  { ko: '군', rr: 'gun', level: 'gun' },
  { ko: '시', rr: 'si', level: 'si' },
  { ko: '구', rr: 'gu', level: 'gu' },
  { ko: '읍', rr: 'eup', level: 'eup' },
  { ko: '면', rr: 'myeon', level: 'myeon' },
  { ko: '동', rr: 'dong', level: 'dong' },
  { ko: '리', rr: 'ri', level: 'ri' },
  { ko: '도', rr: 'do', level: 'do' },
  { ko: '가', rr: 'ga', level: 'ga' },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Romanises a Hangul word (no suffix handling): 신라 → Silla (RR), 평양 → P'yŏngyang (MR).
 * @param word Hangul syllables only
 * @param system 'rr' or 'mr'
 * @returns the romanised word, capitalised
 * @example romanize('개성', 'mr') // "Kaesŏng"
 */
export function romanize(word: string, system: 'rr' | 'mr'): string {
  if (!word) return '';
  return cap(spell(phonemes(word), system, -1));
}

/**
 * Romanises a place name, hyphenating its administrative suffix: 연평도 → Yeonpyeong-do / Yŏnp'yŏng-do,
 * 고성군 → Goseong-gun / Kosŏng-gun, 신리 → Sin-ri / Sil-li. Digits and other characters split the
 * name into words that are romanised separately (종로1가 → Jongno 1-ga).
 * @param name a Hangul place name
 * @param system 'rr' or 'mr'
 * @param suffix whether to split off an administrative suffix (default true)
 */
export function romanizePlace(name: string, system: 'rr' | 'mr', suffix = true): string {
  const parts = name.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/g) ?? [];
  const out: string[] = [];
  parts.forEach((p, pi) => {
    if (!/^[\uac00-\ud7a3]+$/.test(p)) {
      const t = p.replace(/[·.]/g, '.').trim();
      // Joining dots stay glued (목행·용탄동 → Mokhaeng.Yongtan-dong); digits are words of their own.
      if (/^\.+$/.test(t) && out.length) out[out.length - 1] += '.';
      else if (t) out.push(t);
      return;
    }
    const last = pi === parts.length - 1;
    // An island of one syllable is one word (진도 Jindo, 우도 Udo), as is usual for islands in both systems.
    const sfx = suffix && last ? ADMIN_SUFFIXES.find((x) => p.length > x.ko.length && p.endsWith(x.ko) && !(x.ko === '도' && p.length === 2)) : undefined;
    const afterDigit = pi > 0 && /\d$/.test(parts[pi - 1]);
    if (afterDigit && ADMIN_SUFFIXES.some((x) => x.ko === p)) {
      out[out.length - 1] += '-' + (system === 'rr' ? ADMIN_SUFFIXES.find((x) => x.ko === p)!.rr : spell(phonemes(p), 'mr', -1));
      return;
    }
    if (!sfx) {
      out.push(romanize(p, system));
      return;
    }
    const at = p.length - sfx.ko.length;
    if (system === 'rr') out.push(cap(spell(phonemes(p.slice(0, at)), 'rr', -1)) + '-' + sfx.rr);
    else out.push(cap(spell(phonemes(p, at), 'mr', at)));
  });
  return out.join(' ').replace(/ -/g, '-').replace(/\. /g, '.');
}

/** An ASCII form: breves and apostrophes dropped (Kaesŏng → Kaesong, P'yŏngyang → Pyongyang). */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ]/g, '');
}
