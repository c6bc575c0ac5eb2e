// Hangul → Revised Romanization and McCune–Reischauer, for place names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiFold, romanize, romanizePlace } from '../../../src/pipeline/romanize';

describe('romanize', () => {
  it.each([
    // Hangul, RR, MR
    ['개성', 'Gaeseong', 'Kaesŏng'],
    ['평양', 'Pyeongyang', "P'yŏngyang"],
    ['판문점', 'Panmunjeom', "P'anmunjŏm"],
    ['신의주', 'Sinuiju', 'Sinŭiju'],
    ['함흥', 'Hamheung', 'Hamhŭng'],
    ['청진', 'Cheongjin', "Ch'ŏngjin"],
    ['철원', 'Cheorwon', "Ch'ŏrwŏn"],
    ['김포', 'Gimpo', "Kimp'o"],
    ['원산', 'Wonsan', 'Wŏnsan'],
    ['사리원', 'Sariwon', 'Sariwŏn'],
    ['금강산', 'Geumgangsan', 'Kŭmgangsan'],
  ])('%s → %s (RR), %s (MR)', (ko, rr, mr) => {
    expect(romanize(ko, 'rr')).toBe(rr);
    expect(romanize(ko, 'mr')).toBe(mr);
  });

  it('follows the pronunciation across syllables: liaison, nasalisation, lateralisation', () => {
    expect(romanize('신라', 'rr')).toBe('Silla');
    expect(romanize('종로', 'rr')).toBe('Jongno');
    expect(romanize('백마', 'rr')).toBe('Baengma');
    expect(romanize('울릉', 'rr')).toBe('Ulleung');
    expect(romanize('한라', 'mr')).toBe('Halla');
    expect(romanize('묵호', 'rr')).toBe('Mukho');
    expect(romanize('같이', 'rr')).toBe('Gachi');
  });

  it("separates n + g from ng in MR with an apostrophe (Man'gyŏngdae)", () => {
    expect(romanize('만경대', 'mr')).toBe("Man'gyŏngdae");
    expect(romanize('만경대', 'rr')).toBe('Mangyeongdae');
  });

  it('hyphenates the administrative suffix; RR leaves the stem as is, MR carries the sound change', () => {
    expect(romanizePlace('고성군', 'rr')).toBe('Goseong-gun');
    expect(romanizePlace('고성군', 'mr')).toBe('Kosŏng-gun');
    expect(romanizePlace('연평도', 'rr')).toBe('Yeonpyeong-do');
    expect(romanizePlace('연평도', 'mr')).toBe("Yŏnp'yŏng-do");
    expect(romanizePlace('신리', 'rr')).toBe('Sin-ri');
    expect(romanizePlace('신리', 'mr')).toBe('Sil-li');
    expect(romanizePlace('아양리', 'mr')).toBe('Ayang-ni');
    expect(romanizePlace('사직동', 'mr')).toBe('Sajik-tong');
    expect(romanizePlace('읍내리', 'rr')).toBe('Eumnae-ri');
    expect(romanizePlace('신읍', 'mr')).toBe('Sin-ŭp');
    expect(romanizePlace('서성구역', 'mr')).toBe('Sŏsŏng-guyŏk');
  });

  it('keeps digits apart and one-syllable islands whole', () => {
    expect(romanizePlace('봉천1동', 'rr')).toBe('Bongcheon 1-dong');
    expect(romanizePlace('승호1동', 'mr')).toBe('Sŭngho 1-tong');
    expect(romanizePlace('진도', 'rr')).toBe('Jindo');
    expect(romanizePlace('진도군', 'rr')).toBe('Jindo-gun');
  });

  it('folds to ASCII: Kaesŏng → Kaesong, P’yŏngyang → Pyongyang', () => {
    expect(asciiFold('Kaesŏng')).toBe('Kaesong');
    expect(asciiFold('P’yŏngyang')).toBe('Pyongyang');
    expect(asciiFold("Man'gyŏngdae")).toBe('Mangyongdae');
  });

  it('agrees with KOSTAT’s own English names for at least 99% of 3,754 South Korean units', () => {
    const k = JSON.parse(readFileSync('geo/sources/kostat-admin-kr.json', 'utf8')) as { municipalities: { name_ko: string; name: string }[]; submunicipalities: { name_ko: string; name: string }[] };
    const fold = (s: string) => s.toLowerCase().replace(/\([a-z.]+\)/g, '').replace(/[^a-z0-9]/g, '');
    const all = [...k.municipalities, ...k.submunicipalities];
    const same = all.filter((u) => fold(romanizePlace(u.name_ko, 'rr')) === fold(u.name)).length;
    expect(all.length).toBe(3754);
    expect(same / all.length).toBeGreaterThan(0.99);
  });

  it('refuses what is not Hangul', () => {
    expect(() => romanize('Seoul', 'rr')).toThrow(/not a Hangul syllable/);
  });
});

describe("the North's initial r and n", () => {
  it('guesses the Northern spelling of names the South writes by its initial-sound rule', async () => {
    const { northernInitial } = await import('../../../geo/build/adminGazetteer');
    expect(romanizePlace(northernInitial('용천군')!, 'mr')).toBe("Ryongch'ŏn-gun");
    expect(romanizePlace(northernInitial('나진시')!, 'mr')).toBe('Rajin-si');
    expect(romanizePlace(northernInitial('이원군')!, 'mr')).toBe('Riwŏn-gun');
    expect(northernInitial('개성')).toBeNull();
    expect(northernInitial('원산')).toBeNull();
  });
});
