// Matching place names against the complete gazetteer: suffix forms, both romanisations, ASCII forms,
// namesakes told apart by what is named next to them, personal names and English words left alone.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGazetteer, expandGazetteer, matchTokens, preferByPlaces, tokenize, type CompiledGazetteer } from '../../../src/pipeline/gazetteer';
import type { Gazetteer, GazetteerRow } from '../../../src/data/types';

let g: CompiledGazetteer;
let raw: Gazetteer;
beforeAll(() => {
  raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer;
  g = compileGazetteer(raw);
});

/** Each match of a text: its surface and the ids of the entries it may be. */
const match = (text: string) => matchTokens(text, tokenize(text), g).map((m) => [text.slice(m.start, m.end), m.forms.map((f) => f.entry.id).sort()] as const);
/** The ids the first match of `name` in `text` may be. */
const ids = (text: string, name: string) => match(text).find(([s]) => s === name)?.[1] ?? [];
const entry = (id: string) => g.byId.get(id)!;

describe('namesakes', () => {
  it('keeps Goseong (South Korea, Gangwon and South Gyeongsang) and Kosong (North Korea) apart', () => {
    const kp = ids("North Korea's Kosong County lies north of the line.", 'Kosong County');
    expect(kp.map((id) => entry(id).country)).toEqual(['KP']);
    expect(ids('Goseong County, Gangwon Province, said', 'Goseong County')).toEqual(['goseong']);
    expect(ids('Goseong County in South Gyeongsang', 'Goseong County').map((id) => entry(id).admin1)).toEqual(['South Gyeongsang']);
    // The spelling of each country: RR for the South, MR for the North.
    expect(ids('Officials in Kosong said', 'Kosong').every((id) => entry(id).country === 'KP')).toBe(true);
    expect(ids('Officials in Goseong said', 'Goseong').every((id) => entry(id).country === 'KR')).toBe(true);
    // …unless the country is named: the other spelling then finds the other side's place.
    expect(ids("North Korea's Goseong County", 'Goseong County').map((id) => entry(id).country)).toEqual(['KP']);
  });

  it('knows the six Jung-gu and picks the one of the city named next to it', () => {
    const all = ids('They met in Jung-gu.', 'Jung-gu').map((id) => entry(id).admin1);
    expect(all.sort()).toEqual(['Busan', 'Daegu', 'Daejeon', 'Incheon', 'Seoul', 'Ulsan']);
    expect(ids('He lives in Jung District, central Seoul.', 'Jung District')).toEqual(['kr-11020']);
    expect(ids('Protesters gathered in Jung-gu, Busan.', 'Jung-gu')).toEqual(['kr-21010']);
    expect(ids("Incheon's Jung-gu", 'Jung-gu')).toEqual(['kr-23010']);
  });

  it('tells Ongjin County (Incheon) from Ongjin (South Hwanghae) and Cheorwon on both sides', () => {
    expect(ids("Incheon's Ongjin County", 'Ongjin County').map((id) => entry(id).country)).toEqual(['KR']);
    const ongjin = ids('in Ongjin, South Hwanghae Province', 'Ongjin').map((id) => entry(id));
    expect(ongjin.length).toBeGreaterThan(0);
    for (const e of ongjin) expect([e.country, e.admin1]).toEqual(['KP', 'South Hwanghae']);
    expect(ids('via Cheorwon County in Gangwon Province', 'Cheorwon County')).toEqual(['cheorwon']);
    expect(ids("North Korea's Cheorwon County", 'Cheorwon County').map((id) => entry(id).country)).toEqual(['KP']);
  });

  it('drops a minor unit when the county named next to it is not its own', () => {
    // Daeseong-dong in Paju (a village) is not the Daeseong-dong of Mokpo.
    expect(ids('The village of Daeseong-dong in Paju, Gyeonggi Province.', 'Daeseong-dong')).toEqual([]);
  });
});

describe('forms', () => {
  it('matches suffix forms: -do, Island, glued; -gun, County; -myeon; -si, City', () => {
    for (const t of ['Yeonpyeong-do', 'Yeonpyeongdo', 'Yeonpyeong Island', 'Yeonpyeong-do Island', 'Yeonpyeong']) expect(ids(`It hit ${t} today.`, t), t).toEqual(['yeonpyeong']);
    expect(ids('from Wolgot-myeon in Gimpo', 'Wolgot-myeon').map((id) => entry(id).admin2)).toEqual(['Gimpo-si']);
    expect(ids('in Yeoncheon County', 'Yeoncheon County').map((id) => entry(id).level)).toEqual(['gun']);
    expect(ids('in Yeoncheon-gun', 'Yeoncheon-gun')).toEqual(ids('in Yeoncheon County', 'Yeoncheon County'));
    expect(ids('in Dongducheon City', 'Dongducheon City')).toEqual(ids('in Dongducheon', 'Dongducheon'));
  });

  it('resolves MR and RR spellings, with and without breves and apostrophes, and Hangul', () => {
    for (const t of ['Kaesong', 'Kaesŏng', 'Gaeseong', '개성']) expect(ids(`in ${t} today`, t), t).toContain('kaesong');
    for (const t of ['Pyongyang', "P'yŏngyang", 'P’yongyang']) expect(ids(`in ${t} today`, t), t).toEqual(['pyongyang']);
    expect(ids('the Ryongchon explosion', 'Ryongchon').map((id) => entry(id).name_ko)).toContain('용천군');
    const sinuiju = ids('in Sinuiju today', 'Sinuiju');
    expect(sinuiju.length).toBe(1);
    expect(ids('in Sinŭiju today', 'Sinŭiju')).toEqual(sinuiju);
    expect(ids('in Kyongsong County', 'Kyongsong County')).toEqual(ids('in Kyŏngsŏng-gun', 'Kyŏngsŏng-gun'));
    expect(ids('in Gyeongseong-gun', 'Gyeongseong-gun')).toEqual(ids('in Kyŏngsŏng-gun', 'Kyŏngsŏng-gun'));
  });

  it('matches Korean text with its particles', () => {
    expect(ids('개성에서 회담', '개성')).toContain('kaesong');
    expect(ids('고성군 주민', '고성군').map((id) => entry(id).country).sort()).toEqual(['KP', 'KR', 'KR']);
  });
});

describe('precision', () => {
  it('matches no personal name of Korean news', () => {
    const text =
      'Moon Jae-in met Kim Jong Un and Park Sang-hak. Jung said Song Young-gil, Han Duck-soo, Nam Jae-joon, Ha Tae-keung, An Chang-ho, Ko Yu-hwan, Jang Song-thaek, Lee Jae-myung and Yoon Suk Yeol agreed.';
    expect(match(text)).toEqual([]);
  });

  it('never matches the bare stem of a minor unit that is a common word or name ("Nam" of Nam-myeon)', () => {
    expect(g.byKey.get('nam')).toBeUndefined();
    expect(g.byKey.get('jung')).toBeUndefined();
    expect(g.byKey.get('song')).toBeUndefined();
    expect(ids('He met Nam in Seoul.', 'Nam')).toEqual([]);
    expect(ids('a shell fell on Nam-myeon', 'Nam-myeon').length).toBeGreaterThan(1);
    // Short names only with their suffix: "Ha-ri", never "Ha".
    expect(g.byKey.get('ha')).toBeUndefined();
    expect(ids('residents of Ha-ri', 'Ha-ri').length).toBeGreaterThan(0);
  });

  it('keeps the English-word blocklist: "Sin", "Moon" and "Song" are no places, "Sinpo" is', () => {
    for (const w of ['sin', 'moon', 'song', 'an']) expect(g.byKey.get(w), w).toBeUndefined();
    expect(ids('the submarine base at Sinpo', 'Sinpo').length).toBeGreaterThan(0);
  });

  it('accepts the bare stem of a minor unit only with its county or province next to it', () => {
    expect(ids('residents of Sajik in Jongno', 'Sajik')).toEqual(['kr-1101053']);
    expect(ids('Sajik said nothing.', 'Sajik')).toEqual([]);
    expect(ids('the village of Sajik', 'Sajik').length).toBeGreaterThan(0);
  });

  it('drops a county whose name is followed by another kind of place ("Onchon Village")', () => {
    expect(ids('Kim visited Onchon Village', 'Onchon')).toEqual([]);
    expect(ids('in Onchon County', 'Onchon County').length).toBe(1);
  });
});

describe('compileGazetteer', () => {
  it('accepts the object form and the compact rows alike', () => {
    const rows = raw.rows!.slice(0, 50);
    const asObjects: Gazetteer = { generated_by: 'test', entries: expandGazetteer({ ...raw, rows }) };
    const compact: Gazetteer = { ...raw, rows };
    const a = compileGazetteer(asObjects);
    const b = compileGazetteer(compact);
    expect([...a.byKey.keys()].sort()).toEqual([...b.byKey.keys()].sort());
    expect(a.entries.map((e) => e.id)).toEqual(b.entries.map((e) => e.id));
  });

  it('refuses rows whose columns it does not know', () => {
    const bad = { ...raw, columns: ['id', 'name'], rows: [['x', 'X'] as unknown as GazetteerRow] };
    expect(() => compileGazetteer(bad)).toThrow(/columns/);
  });

  it('expands every row into an entry with its province, level and source', () => {
    const e = entry('kr-11020');
    expect(e).toMatchObject({ name: 'Jung-gu', name_ko: '중구', kind: 'town', level: 'gu', country: 'KR', admin1: 'Seoul', code: '11020', rank: 2 });
    expect(e.alt).toContain('Chung-gu');
    expect(e.source).toMatch(/KOSTAT/);
  });
});

describe('preferByPlaces', () => {
  it('puts first the namesake in the province or county of the article’s other places', () => {
    const jung = ids('They met in Jung-gu.', 'Jung-gu').map(entry);
    const busan = entry('kr-21');
    expect(preferByPlaces(jung, [busan])[0].id).toBe('kr-21010');
    const haeundae = g.entries.find((e) => e.name === 'Haeundae-gu')!;
    expect(preferByPlaces(jung, [haeundae])[0].admin1).toBe('Busan');
  });
  it('puts the North’s Kosong first in an article about Kangwon Province of the North', () => {
    const all = g.entries.filter((e) => e.name_ko === '고성군' || e.aliases.includes('고성군'));
    expect(preferByPlaces(all, [entry('kangwon-kp'), entry('tongchon')])[0].country).toBe('KP');
    expect(preferByPlaces(all, [entry('sokcho')])[0].id).toBe('goseong');
  });
});
