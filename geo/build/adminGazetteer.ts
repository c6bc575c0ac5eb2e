// The administrative units and settlements of both Koreas for the gazetteer, from the committed extracts:
//   kostat-admin-kr.json     South Korea's provinces, si/gun/gu, eup/myeon/dong (KOSTAT 2018)
//   geonames-kr-kp.json      GeoNames cities and towns of both Koreas (with population where known)
//   ngii-places-kr-kp.json   NGII map place names of both Koreas (Hangul; label points, ±10 km)
// Each name is romanised from Hangul both ways (RR and MR); the spelling a country's names are written in
// (RR in the South, MR in the North) is the name, the other goes to `alt`. Units that are one place in
// several sources are merged (the curated entry first, then KOSTAT, GeoNames, NGII).
import type { AdminLevel, GazetteerEntry, GazetteerRow, PlaceKind } from '../../src/data/types.ts';
import { ADMIN_SUFFIXES, asciiFold, romanizePlace } from '../../src/pipeline/romanize.ts';
import englishWords from 'an-array-of-english-words' with { type: 'json' };

export interface KostatUnit {
  code: string;
  name_ko: string;
  name: string;
  lon: number;
  lat: number;
}
export interface KostatExtract {
  source: string;
  licence: string;
  provinces: KostatUnit[];
  municipalities: KostatUnit[];
  submunicipalities: KostatUnit[];
}
export interface NgiiPlace {
  id: number;
  name_ko: string;
  lon: number;
  lat: number;
  country: 'KR' | 'KP';
  kostat_municipality?: string;
}
export interface NgiiExtract {
  source: string;
  licence: string;
  places: NgiiPlace[];
}
export interface GeonamesCity {
  name: string;
  country: string;
  admin1: string;
  lon: number;
  lat: number;
  population?: number;
}

// KOSTAT province codes → the English names the press uses, with other spellings.
const KR_PROVINCES: Record<string, { en: string; kind: PlaceKind; alt: string[] }> = {
  '11': { en: 'Seoul', kind: 'city', alt: ['Seoul Special City'] },
  '21': { en: 'Busan', kind: 'city', alt: ['Pusan', 'Busan Metropolitan City'] },
  '22': { en: 'Daegu', kind: 'city', alt: ['Taegu', 'Daegu Metropolitan City'] },
  '23': { en: 'Incheon', kind: 'city', alt: ["Inch'ŏn", 'Incheon Metropolitan City'] },
  '24': { en: 'Gwangju', kind: 'city', alt: ['Kwangju', 'Gwangju Metropolitan City'] },
  '25': { en: 'Daejeon', kind: 'city', alt: ['Taejŏn', 'Daejeon Metropolitan City'] },
  '26': { en: 'Ulsan', kind: 'city', alt: ['Ulsan Metropolitan City'] },
  '29': { en: 'Sejong', kind: 'city', alt: ['Sejong City', 'Sejong Special Self-Governing City'] },
  '31': { en: 'Gyeonggi', kind: 'province', alt: ['Kyŏnggi', 'Gyeonggi Province'] },
  '32': { en: 'Gangwon', kind: 'province', alt: ['Kangwŏn', 'Gangwon Province'] },
  '33': { en: 'North Chungcheong', kind: 'province', alt: ['Chungbuk', "Ch'ungch'ŏng-bukto", 'North Chungcheong Province'] },
  '34': { en: 'South Chungcheong', kind: 'province', alt: ['Chungnam', "Ch'ungch'ŏng-namdo", 'South Chungcheong Province'] },
  '35': { en: 'North Jeolla', kind: 'province', alt: ['Jeonbuk', 'Chŏlla-bukto', 'North Jeolla Province'] },
  '36': { en: 'South Jeolla', kind: 'province', alt: ['Jeonnam', 'Chŏlla-namdo', 'South Jeolla Province'] },
  '37': { en: 'North Gyeongsang', kind: 'province', alt: ['Gyeongbuk', 'Kyŏngsang-bukto', 'North Gyeongsang Province'] },
  '38': { en: 'South Gyeongsang', kind: 'province', alt: ['Gyeongnam', 'Kyŏngsang-namdo', 'South Gyeongsang Province'] },
  '39': { en: 'Jeju', kind: 'province', alt: ['Cheju', 'Jeju Province', 'Jeju Island', 'Jeju Special Self-Governing Province'] },
};

/** GeoNames admin1 names (mixed spellings) → the English province name used for admin1. */
export function provinceName(admin1: string): string {
  const a = asciiFold(admin1).toLowerCase();
  const table: [RegExp, string][] = [
    [/hwanghae.*(north|buk)|north.*hwanghae/, 'North Hwanghae'],
    [/hwanghae.*(south|nam)|south.*hwanghae/, 'South Hwanghae'],
    [/pyongan.*(north|buk)|north.*pyongan/, 'North Pyongan'],
    [/pyongan.*(south|nam)|south.*pyongan/, 'South Pyongan'],
    [/hamgyong.*(north|buk)|north.*hamgyong/, 'North Hamgyong'],
    [/hamgyong.*(south|nam)|south.*hamgyong/, 'South Hamgyong'],
    [/chagang/, 'Chagang'],
    [/yanggang|ryanggang/, 'Ryanggang'],
    [/^kangwon/, 'Kangwon'],
    [/pyongyang/, 'Pyongyang'],
    [/rason|najin/, 'Rason'],
    [/nampo/, 'Nampo'],
    [/kaesong/, 'North Hwanghae'],
    [/chungcheong.*(buk|north)|north.*chungcheong/, 'North Chungcheong'],
    [/chungcheong.*(nam|south)|south.*chungcheong/, 'South Chungcheong'],
    [/jeolla.*(buk|north)|north.*jeolla/, 'North Jeolla'],
    [/jeolla.*(nam|south)|south.*jeolla/, 'South Jeolla'],
    [/gyeongsang.*(buk|north)|north.*gyeongsang/, 'North Gyeongsang'],
    [/gyeongsang.*(nam|south)|south.*gyeongsang/, 'South Gyeongsang'],
    [/gyeonggi/, 'Gyeonggi'],
    [/gangwon/, 'Gangwon'],
    [/jeju/, 'Jeju'],
    [/seoul/, 'Seoul'],
    [/busan/, 'Busan'],
    [/daegu/, 'Daegu'],
    [/incheon/, 'Incheon'],
    [/gwangju/, 'Gwangju'],
    [/daejeon/, 'Daejeon'],
    [/ulsan/, 'Ulsan'],
    [/sejong/, 'Sejong'],
  ];
  return table.find(([re]) => re.test(a))?.[1] ?? admin1;
}

// Korean surnames and syllables common in personal names, as romanised in English news: never a place by
// themselves ("Moon", "Park", "Jung"), only with their suffix ("Jung-gu", "Nam-myeon").
const PERSONAL = new Set(
  ('kim lee yi rhee park pak bak choi choe jung jeong chung cheong kang gang cho jo yoon yun jang chang lim im han oh o seo suh shin sin ' +
    'kwon gwon hwang ahn an song ryu yoo yu hong jeon chun jun ko go moon mun yang son sohn bae baek paek paik heo hur huh nam sim shim ' +
    'noh roh no ha kwak gwak sung seong cha joo ju woo u koo gu min na jin ji eom um chae won cheon bang gong hyun hyeon ham byun byeon ' +
    'yeom yeo chu do so seok seon sun seol ma gil wi pyo myeong ki gi ban wang geum ok yuk in maeng je mo tak guk eo eun pyeon yong ' +
    'hwa hee hui young yeong jae soo su hyo mi ja ok sang ho hun hoon chul cheol kyung gyeong kyeong hye sook suk')
    .split(' '),
);
const ENGLISH = new Set(englishWords as string[]);

/** The stem of a romanised name: folded, lower case, without its administrative suffix. */
export function stemOf(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/[-\s](si|shi|gun|kun|gu|ku|guyeok|guyok|kuyok|eup|up|myeon|myon|dong|tong|ri|ni|li|do|to|ga|ka|rodongjagu|nodongjagu|city|county)$/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a stem is a common English word or personal name, so its bare form must not match alone. */
export function isCommonWord(stem: string): boolean {
  return stem.length < 4 || ENGLISH.has(stem) || PERSONAL.has(stem);
}
/** 0: the bare stem matches alone; 1: only with its province or county next to it; 2: never. */
const bareOf = (stem: string, minor: boolean): 0 | 1 | 2 => (isCommonWord(stem) ? 2 : minor ? 1 : 0);

// The counties and cities of the two North Korean provinces along the line, Kangwon and North Hwanghae
// (Wikipedia, "Kangwon Province (North Korea)": 2 cities, 15 counties; "North Hwanghae": 3 cities, 16 counties,
// and Chunghwa since 2010), as the South spells them (인산 for 린산).
const KP_COUNTY_PROVINCE = new Map<string, string>([
  ...['원산시', '문천시', '안변군', '창도군', '철원군', '천내군', '회양군', '이천군', '김화군', '고산군', '고성군', '금강군', '판교군', '법동군', '평강군', '세포군', '통천군'].map((k): [string, string] => [k, 'Kangwon']),
  ...['사리원시', '송림시', '개성시', '장풍군', '황주군', '개풍군', '곡산군', '금천군', '봉산군', '평산군', '인산군', '린산군', '신계군', '신평군', '서흥군', '수안군', '토산군', '은파군', '연산군', '연탄군', '중화군'].map(
    (k): [string, string] => [k, 'North Hwanghae'],
  ),
]);

// North Korea's provinces and special cities (NGII's Hangul names) → English.
const KP_PROVINCES: Record<string, string> = {
  함경북도: 'North Hamgyong',
  함경남도: 'South Hamgyong',
  양강도: 'Ryanggang',
  자강도: 'Chagang',
  평안북도: 'North Pyongan',
  평안남도: 'South Pyongan',
  황해북도: 'North Hwanghae',
  황해남도: 'South Hwanghae',
  강원도: 'Kangwon',
  평양직할시: 'Pyongyang',
  개성특별시: 'Kaesong',
  라선특별시: 'Rason',
  남포특별시: 'Nampo',
};

const LEVELS: Record<string, { level: AdminLevel; kind: PlaceKind; rank: number }> = {
  si: { level: 'si', kind: 'city', rank: 2 },
  gun: { level: 'gun', kind: 'county', rank: 2 },
  gu: { level: 'gu', kind: 'town', rank: 2 },
  guyeok: { level: 'guyeok', kind: 'town', rank: 2 },
  eup: { level: 'eup', kind: 'town', rank: 3 },
  myeon: { level: 'myeon', kind: 'town', rank: 3 },
  dong: { level: 'dong', kind: 'town', rank: 3 },
  ga: { level: 'ga', kind: 'town', rank: 3 },
  rodongjagu: { level: 'rodongjagu', kind: 'town', rank: 3 },
  ri: { level: 'ri', kind: 'village', rank: 4 },
};
function levelOf(name_ko: string): (typeof LEVELS)[string] | null {
  const s = ADMIN_SUFFIXES.find((x) => name_ko.length > x.ko.length && name_ko.endsWith(x.ko));
  return s ? LEVELS[s.level] ?? null : null;
}

interface Draft {
  id: string;
  name: string;
  name_ko?: string;
  alt: string[];
  kind: PlaceKind;
  level?: AdminLevel;
  country: 'KR' | 'KP';
  admin1?: string;
  admin2?: string;
  lon: number;
  lat: number;
  rank: number;
  population?: number;
  /** How the bare stem may match: 0 alone, 1 only next to its province/county, 2 never (common word). */
  bare: 0 | 1 | 2;
  source: number;
  accuracy_m?: number;
  code?: string;
  /** Keys other sources merge on: country + stem. */
  prio: number;
  /** Anchored at its seat (a GeoNames town of that name). */
  anchor?: string;
  /** Other sources merged in (indexes of SOURCES). */
  also?: number[];
}

const km = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
  Math.hypot((a.lon - b.lon) * 111.32 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180)), (a.lat - b.lat) * 110.57);

/**
 * The North's spelling of a name the South writes by its initial-sound rule (두음법칙): 룡천 for 용천, 라진
 * for 나진, 리원 for 이원 — the press writes Ryongchon, Rajin, Riwon. Which names had an initial ㄹ or ㄴ is not
 * in the Southern spelling, so this is a guess, kept only as an alt spelling.
 */
export function northernInitial(name_ko: string): string | null {
  const c = name_ko.codePointAt(0)! - 0xac00;
  if (c < 0 || c > 11171) return null;
  const ini = Math.floor(c / 588);
  const vow = Math.floor((c % 588) / 28);
  const fin = c % 28;
  // ㅇ + ㅣ, ㅑ, ㅕ, ㅛ, ㅠ, ㅖ, ㅒ (이, 야, 여 …) and ㄴ + ㅏ, ㅐ, ㅗ, ㅚ, ㅜ, ㅡ (나, 내, 노 …) ← ㄹ.
  const fromO = ini === 11 && [20, 2, 6, 12, 17, 7, 3].includes(vow);
  const fromN = ini === 2 && [0, 1, 8, 11, 13, 18].includes(vow);
  if (!fromO && !fromN) return null;
  return String.fromCodePoint(0xac00 + (5 * 21 + vow) * 28 + fin) + name_ko.slice(1);
}

/** Both romanisations of a Hangul name, the country's own system first (and the North's initial r). */
function spellings(name_ko: string, country: 'KR' | 'KP'): [string, string[]] {
  const rr = romanizePlace(name_ko, 'rr');
  const mr = romanizePlace(name_ko, 'mr');
  const [name, other] = country === 'KR' ? [rr, mr] : [mr, rr];
  const alt = asciiFold(other).toLowerCase() === asciiFold(name).toLowerCase() ? [] : [other];
  const north = country === 'KP' ? northernInitial(name_ko) : null;
  if (north) alt.push(romanizePlace(north, 'mr'));
  return [name, alt];
}

export interface AdminBuild {
  rows: GazetteerRow[];
  sources: string[];
  /** Merged into curated entries: their ids → fields to add. */
  curatedExtra: Map<string, Partial<GazetteerEntry>>;
  /** Bare names dropped as common words (for the build log and tests). */
  commonWords: string[];
}

/**
 * Builds the compact rows of the administrative gazetteer.
 * @param curated the curated entries (they win over every source and absorb their namesakes nearby)
 */
export function buildAdminRows(kostat: KostatExtract, geonames: { source: string; cities: GeonamesCity[] }, ngii: NgiiExtract, curated: GazetteerEntry[]): AdminBuild {
  const sources = [`${kostat.source}; ${kostat.licence}`, geonames.source, `${ngii.source}; ${ngii.licence}`];
  const drafts: Draft[] = [];
  const kostatByCode = new Map<string, Draft>();

  // ---- KOSTAT: provinces, si/gun/gu, eup/myeon/dong
  for (const p of kostat.provinces) {
    const meta = KR_PROVINCES[p.code];
    if (!meta) throw new Error(`kostat-admin-kr.json: province code ${p.code} unknown`);
    const mr = romanizePlace(p.name_ko, 'mr');
    const d: Draft = {
      id: `kr-${p.code}`,
      name: meta.kind === 'province' ? `${meta.en.replace(/^(North|South) (\w+)/, (_, ns, n) => `${n}${ns === 'North' ? 'buk' : 'nam'}`)}-do` : meta.en,
      name_ko: p.name_ko,
      alt: [...new Set([meta.en, ...meta.alt, p.name, mr])].filter((a) => a),
      kind: meta.kind,
      level: 'province',
      country: 'KR',
      admin1: meta.en,
      lon: p.lon,
      lat: p.lat,
      rank: 1,
      bare: 0,
      source: 0,
      code: p.code,
      prio: 1,
    };
    if (meta.kind === 'city') d.name = meta.en;
    drafts.push(d);
    kostatByCode.set(p.code, d);
  }
  const unit = (u: KostatUnit, parent?: Draft): Draft => {
    // "포항시남구": a gu of a city: the gu is the unit, the city its admin2.
    const m = /^(.+시)(.+구)$/.exec(u.name_ko);
    const ko = m ? m[2] : u.name_ko;
    const lv = levelOf(ko);
    if (!lv) throw new Error(`kostat-admin-kr.json: ${u.code} ${u.name_ko} has no administrative suffix`);
    const [name, alt] = spellings(ko, 'KR');
    // KOSTAT's own English name, when it is the same romanisation differently written (not its few errors).
    const fold = (s: string) => s.toLowerCase().replace(/\([a-z.]+\)/g, '').replace(/[^a-z0-9]/g, '');
    if (fold(u.name) === fold(name) && u.name !== name && !/\d/.test(u.name)) alt.push(u.name);
    const prov = kostatByCode.get(u.code.slice(0, 2))!;
    const stem = stemOf(name);
    return {
      id: `kr-${u.code}`,
      name,
      name_ko: ko,
      alt,
      kind: lv.kind,
      level: lv.level,
      country: 'KR',
      admin1: prov.admin1,
      admin2: m ? romanizePlace(m[1], 'rr') : parent?.name,
      lon: u.lon,
      lat: u.lat,
      rank: lv.rank,
      bare: bareOf(stem, lv.rank >= 3),
      source: 0,
      code: u.code,
      prio: 1,
    };
  };
  for (const u of kostat.municipalities) {
    const d = unit(u);
    drafts.push(d);
    kostatByCode.set(u.code, d);
  }
  for (const u of kostat.submunicipalities) drafts.push(unit(u, kostatByCode.get(u.code.slice(0, 5))));

  // ---- GeoNames cities and towns
  for (const c of geonames.cities) {
    const country = c.country as 'KR' | 'KP';
    const ascii = asciiFold(c.name);
    const suffix = /-(si|gun|kun|ŭp|up|eup|ri|ni|li|dong|tong|rodongjagu|nodongjagu)$/i.exec(ascii)?.[1].toLowerCase();
    const lv =
      suffix === 'si' ? LEVELS.si : suffix === 'gun' || suffix === 'kun' ? LEVELS.gun : suffix === 'ri' || suffix === 'ni' || suffix === 'li' ? LEVELS.ri : suffix ? LEVELS.eup : null;
    const big = (c.population ?? 0) >= 50000;
    const stem = stemOf(c.name);
    drafts.push({
      id: `geonames-${country.toLowerCase()}-${ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      name: c.name,
      alt: ascii !== c.name ? [ascii] : [],
      kind: lv?.kind === 'county' ? 'county' : 'city',
      level: lv?.level,
      country,
      admin1: c.admin1 ? provinceName(c.admin1) : undefined,
      lon: c.lon,
      lat: c.lat,
      rank: big ? 2 : lv?.rank ?? 3,
      population: c.population,
      bare: big ? 0 : bareOf(stem, false),
      source: 1,
      prio: 2,
    });
  }

  // ---- NGII place names (Hangul): both romanisations
  // North Korea's province of a point: a vote of the five nearest GeoNames places and NGII province labels,
  // weighted by 1/distance (approximate near provincial borders).
  const kpAnchors: { lon: number; lat: number; admin1: string }[] = [
    ...geonames.cities.filter((c) => c.country === 'KP' && c.admin1).map((c) => ({ lon: c.lon, lat: c.lat, admin1: provinceName(c.admin1) })),
    ...ngii.places.filter((p) => p.country === 'KP' && KP_PROVINCES[p.name_ko]).map((p) => ({ lon: p.lon, lat: p.lat, admin1: KP_PROVINCES[p.name_ko] })),
    ...ngii.places.filter((p) => p.country === 'KP' && KP_COUNTY_PROVINCE.has(p.name_ko)).map((p) => ({ lon: p.lon, lat: p.lat, admin1: KP_COUNTY_PROVINCE.get(p.name_ko)! })),
  ];
  const kpProvinceAt = (p: { lon: number; lat: number }) => {
    const near = kpAnchors.map((a) => ({ a, d: km(a, p) })).sort((x, y) => x.d - y.d).slice(0, 5);
    const votes = new Map<string, number>();
    for (const { a, d } of near) votes.set(a.admin1, (votes.get(a.admin1) ?? 0) + 1 / Math.max(d, 1));
    return [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
  };
  const PROVINCE_KO = /^(?:(?:함경|평안|황해|충청|전라|경상)[남북]|양강|자강|강원|경기|제주|강원특별자치)도$|(?:직할|특별)시$/;
  for (const p of ngii.places) {
    // "은덕군(경흥군)": the name and, in brackets, its other name.
    const [, ko, other] = /^([^(]+)(?:\((.+)\))?$/.exec(p.name_ko.trim()) ?? [];
    if (!ko || !/^[\uac00-\ud7a3]+$/.test(ko)) continue;
    if (/(?<!구)역$/.test(ko)) continue; // railway stations (not the 구역 districts)
    if (/청$/.test(ko)) continue; // provincial government offices (경기도청)
    // "판문(봉동)": a place the North renamed, its new name in brackets: North Korean even where its label
    // lies south of the line.
    const country = other ? 'KP' : p.country;
    const province = PROVINCE_KO.test(ko);
    const lv = province ? null : levelOf(ko);
    // 개성특별시 → 개성시: romanised as Kaesŏng-si (the city), not letter by letter.
    const [name, alt] = spellings(ko.replace(/(?:직할|특별)시$/, '시'), country);
    if (other && /^[\uac00-\ud7a3]+$/.test(other)) alt.push(...spellings(other, country).flat());
    const muni = country === 'KR' && p.kostat_municipality ? kostatByCode.get(p.kostat_municipality) : undefined;
    const admin1 = province ? (country === 'KP' ? KP_PROVINCES[ko] : undefined) : country === 'KP' ? (KP_COUNTY_PROVINCE.get(ko) ?? kpProvinceAt(p)) : muni?.admin1;
    if (province && admin1) alt.push(admin1, `${admin1} Province`);
    const island = !province && !lv && /도$/.test(ko);
    const stem = stemOf(name);
    const rank = province ? 1 : lv ? lv.rank : 3;
    drafts.push({
      id: `${country.toLowerCase()}-ngii-${p.id}`,
      name,
      name_ko: ko,
      alt,
      kind: province ? (/시$/.test(ko) ? 'city' : 'province') : island ? 'island' : lv ? lv.kind : 'town',
      level: province ? 'province' : island ? undefined : lv?.level,
      country,
      admin1,
      admin2: muni && muni.level !== 'province' ? muni.name : undefined,
      lon: p.lon,
      lat: p.lat,
      rank,
      bare: province ? 0 : bareOf(stem, rank >= 3),
      source: 2,
      accuracy_m: province ? 50000 : 10000,
      prio: 3,
    });
  }

  // ---- Merge namesakes that are one place: same country, same stem, near each other.
  const curatedExtra = new Map<string, Partial<GazetteerEntry>>();
  const curatedIndex = new Map<string, GazetteerEntry[]>();
  for (const e of curated) {
    if (e.country !== 'KR' && e.country !== 'KP') continue;
    for (const n of [e.name, ...e.aliases, ...(e.alt ?? [])]) {
      const k: string = `${e.country}:${stemOf(n)}`;
      const list: GazetteerEntry[] = curatedIndex.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      curatedIndex.set(k, list);
    }
    if (e.name_ko) {
      const k = `${e.country}:ko:${e.name_ko}`;
      curatedIndex.set(k, [...(curatedIndex.get(k) ?? []), e]);
    }
  }
  const index = new Map<string, Draft[]>();
  const keysOf = (d: Draft) => [
    `${d.country}:${stemOf(d.name)}`,
    ...(d.name_ko ? [`${d.country}:ko:${d.name_ko.replace(/(시|군|구|읍)$/, '')}`] : []),
  ];
  const kept: Draft[] = [];
  const FITS: Record<string, string[]> = { county: ['gun', 'gu'], city: ['si', 'province'], province: ['province'], town: ['eup', 'myeon', 'dong'], village: ['ri'] };
  const SETTLEMENT = new Set<string | undefined>([undefined, 'si', 'gun', 'eup', 'guyeok']);
  drafts.sort((a, b) => a.prio - b.prio);
  for (const d of drafts) {
    // Into a curated entry: only units of settlement level (a "Paju-si", not a "Paju-dong").
    // …into a curated entry of its kind: a county absorbs its gun, not the eup of the same name.
    const cur = keysOf(d)
      .flatMap((k) => curatedIndex.get(k) ?? [])
      .find((e) => km({ lon: e.coord[0], lat: e.coord[1] }, d) < (e.kind === 'province' ? 150 : 30) && (d.level === undefined || FITS[e.kind]?.includes(d.level)));
    if (cur) {
      const x = curatedExtra.get(cur.id) ?? {};
      x.admin1 ??= d.admin1;
      if (d.level && d.level !== 'province') x.admin2 ??= d.admin2;
      x.level ??= d.level;
      x.rank ??= d.rank;
      x.code ??= d.code;
      x.population ??= d.population;
      if (!cur.name_ko && d.name_ko) x.name_ko ??= d.name_ko;
      // The unit's own names ("Goseong-gun", "고성군") become aliases of the curated entry, its other
      // romanisation an alt spelling.
      const known = new Set([cur.name, ...cur.aliases, cur.name_ko, ...(cur.alt ?? []), ...(x.aliases ?? []), ...(x.alt ?? [])].map((n) => n && asciiFold(n).toLowerCase()));
      for (const [n, list] of [[d.name, 'aliases'], [d.name_ko, 'aliases'], ...d.alt.map((a) => [a, 'alt'])] as [string | undefined, 'aliases' | 'alt'][])
        if (n && !known.has(asciiFold(n).toLowerCase())) {
          known.add(asciiFold(n).toLowerCase());
          (x[list] ??= []).push(n);
        }
      curatedExtra.set(cur.id, x);
      continue;
    }
    // An NGII label of a KOSTAT si/gun, anywhere inside it (Ongjin's islands spread wide).
    const ownMuni = d.prio === 3 && d.country === 'KR' && d.admin2 !== undefined ? kept.find((o) => o.prio === 1 && o.name === d.admin2 && o.name_ko === d.name_ko && (o.level === 'si' || o.level === 'gun')) : undefined;
    const near = ownMuni ?? keysOf(d)
      .flatMap((k) => index.get(k) ?? [])
      .find(
        (o) =>
          o.prio < d.prio &&
          km(o, d) < (o.rank === 1 ? 150 : o.rank === 2 ? 30 : 10) &&
          // A metropolitan city (province level) is the GeoNames city of its name.
          (d.level === o.level || (d.level === undefined && (SETTLEMENT.has(o.level) || (o.level === 'province' && o.kind === 'city'))) || (d.level === 'si' && o.level === undefined && o.kind === 'city')),
      );
    if (near) {
      (near.also ??= []).push(d.source);
      near.name_ko ??= d.name_ko;
      near.population ??= d.population;
      near.admin1 ??= d.admin1;
      for (const a of [d.name, ...d.alt]) if (stemOf(a) !== stemOf(near.name) || asciiFold(a) !== asciiFold(near.name)) if (!near.alt.includes(a) && a !== near.name) near.alt.push(a);
      // A city's centre (GeoNames) is a better anchor than its polygon's centroid.
      // (A metropolitan city's polygon point can even fall on one of its islands: Incheon's on Yeonpyeong.)
      if (d.prio === 2 && near.prio === 1 && (near.level === 'si' || (near.level === 'province' && near.kind === 'city'))) [near.lon, near.lat] = [d.lon, d.lat];
      // GeoNames lists it as a town by its bare name: that name may match alone.
      if (d.prio === 2 && near.bare === 1) near.bare = bareOf(stemOf(near.name), false);
      if (d.population && d.population >= 50000) near.rank = Math.min(near.rank, 2);
      continue;
    }
    kept.push(d);
    for (const k of keysOf(d)) index.set(k, [...(index.get(k) ?? []), d]);
  }

  // A county or city known only from its NGII label (±10 km) is anchored at its seat: the GeoNames town
  // of the same name within 30 km (Kyŏngsŏng-gun at Kyŏngsŏng).
  const seats = new Map<string, Draft[]>();
  for (const d of kept) if (d.prio === 2) seats.set(`${d.country}:${stemOf(d.name)}`, [...(seats.get(`${d.country}:${stemOf(d.name)}`) ?? []), d]);
  for (const d of kept) {
    if (d.prio !== 3 || (d.level !== 'gun' && d.level !== 'si')) continue;
    const seat = (seats.get(`${d.country}:${stemOf(d.name)}`) ?? []).find((s) => km(s, d) < 30);
    if (!seat) continue;
    [d.lon, d.lat] = [seat.lon, seat.lat];
    d.accuracy_m = undefined;
    d.anchor = seat.name;
    (d.also ??= []).push(seat.source);
  }

  // Alternate spellings that only differ by breves/apostrophes or hyphens are generated when compiled.
  const squash = (s: string) => asciiFold(s).toLowerCase().replace(/[^a-z0-9]/g, '');
  const commonWords = new Set<string>();
  // Each row cites its first source and, after it, the sources merged in (GeoNames: position of a city's
  // centre or a county's seat, population).
  const cited = new Map<string, number>();
  const citation = (d: Draft) => {
    const all = [d.source, ...[...new Set(d.also ?? [])].filter((x) => x !== d.source).sort()];
    const key = all.join('+');
    if (!cited.has(key)) {
      cited.set(key, cited.size);
      const [first, ...rest] = all.map((i) => sources[i]);
      citations.push(rest.length ? `${first}. Also: ${rest.join('. ')}` : first);
    }
    return cited.get(key)!;
  };
  const citations: string[] = [];
  const ids = new Set<string>(curated.map((e) => e.id));
  const rows: GazetteerRow[] = kept
    .sort((a, b) => a.country.localeCompare(b.country) || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((d) => {
      let id = d.id;
      for (let k = 2; ids.has(id); k++) id = `${d.id}-${k}`;
      ids.add(id);
      const alt = [...new Set(d.alt)].filter((a) => squash(a) !== squash(d.name));
      if (d.bare === 2 && d.rank <= 2) commonWords.add(stemOf(d.name));
      return [
        id,
        d.name,
        d.name_ko ?? '',
        alt.join('|'),
        d.kind,
        d.level ?? '',
        d.country,
        d.admin1 ?? '',
        d.admin2 ?? '',
        d.lon,
        d.lat,
        d.rank,
        d.population ?? 0,
        d.bare,
        citation(d),
        d.accuracy_m ?? 0,
        d.code ?? '',
      ];
    });
  return { rows, sources: citations, curatedExtra, commonWords: [...commonWords].sort() };
}
