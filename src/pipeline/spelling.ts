// One key for the ways the press spells a Korean name: Revised Romanization or McCune–Reischauer, with or
// without the sound changes written ("Kangryong" / "Kangnyŏng", "Baekryeong" / "Baengnyeong", "Chorwon" /
// "Cheorwon", "Shinuiju" / "Sinuiju"). Only a fallback for words no exact key matches: it merges namesakes
// that the exact keys keep apart (Kosong / Goseong).

/**
 * The spelling-blind key of one normalised word (lower case, no diacritics).
 * @example foldSpelling('kangryong') === foldSpelling('kangnyong')
 */
export function foldSpelling(w: string): string {
  return (
    w
      .replace(/eo/g, 'o')
      // 성 in the older spelling: "Gosung", "Daesung" (Goseong, Daeseong-dong).
      .replace(/sung/g, 'song')
      .replace(/eu/g, 'u')
      .replace(/sh/g, 's')
      .replace(/ng/g, 'ŋ')
      // An r after a consonant is heard as n (Kangryong / Kangnyŏng); a first r or an l stays (Rodong is no Nodong).
      .replace(/(?<=[^aeiouyw])r/g, 'n')
      // A stop before a nasal is heard as a nasal (Baekryeong → Baengnyeong, Hamhung's Hŭngnam).
      .replace(/[kg](?=[nm])/g, 'ŋ')
      .replace(/[tds](?=[nm])/g, 'n')
      .replace(/[pb](?=[nm])/g, 'm')
      // Voiced and voiceless stops are one letter in MR's initials, two in RR's.
      .replace(/tch|ch|j/g, 'c')
      .replace(/g/g, 'k')
      .replace(/d/g, 't')
      .replace(/b/g, 'p')
      .replace(/(.)\1+/g, '$1')
  );
}
