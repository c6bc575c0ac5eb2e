import { describe, expect, it } from 'vitest';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';
import { seedText } from './helpers';

const split = (text: string) => findSentences(text, findStructure(text)).map((s) => s.text);

describe('findSentences', () => {
  it('keeps times, U.S., titles and initials inside sentences', () => {
    expect(split('It happened at 2:49pm local time (05:49 GMT). Smoke rose.')).toEqual(['It happened at 2:49pm local time (05:49 GMT).', 'Smoke rose.']);
    expect(split('Kim vowed to overcome the U.S.-led sanctions. Then he left.')).toHaveLength(2);
    expect(split('"It is clear," said Brig. Gen. Ahn Young-ho. Next.')).toEqual(['"It is clear," said Brig. Gen. Ahn Young-ho.', 'Next.']);
    expect(split('A letter from J. R. Smith arrived. It was short.')).toEqual(['A letter from J. R. Smith arrived.', 'It was short.']);
    expect(split('Forces from the U.S. Army joined the drill, which began yesterday.')).toHaveLength(1);
    expect(split('The exercise began at 2:34 p.m. today and lasted.')).toHaveLength(1);
  });

  it('keeps quotes inside a sentence', () => {
    expect(split('She warned that Seoul will witness "a tragic scene of the office being collapsed". She also spoke.')).toHaveLength(2);
  });

  it('splits sentences glued without a space, but not domains or initials', () => {
    expect(split('They signed the accord.South Korea said so.')).toEqual(['They signed the accord.', 'South Korea said so.']);
    expect(split('Write to christine.kim@joongang.co.kr today.')).toHaveLength(1);
  });

  it('never yields a sentence from furniture and keeps offsets exact', () => {
    const text = seedText();
    const sentences = findSentences(text, findStructure(text));
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/^More:|google news|Homepage|5 months ago|\[Yonhap via Reuters\]/);
    }
    const caption = sentences.filter((s) => s.caption);
    expect(caption.map((s) => s.text)).toEqual(['The joint liaison office in Kaesong Industrial Complex was set up in 2018 to facilitate activities between the rival Koreas']);
  });

  it('cuts run-ons longer than the limit at spaces', () => {
    const text = 'word '.repeat(1000);
    const s = findSentences(text, findStructure(text), { maxSentence: 300 });
    expect(s.length).toBeGreaterThan(10);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(300);
  });
});
