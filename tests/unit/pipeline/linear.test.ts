// Sentence segmentation does work linear in the text's length, even on one 5 MB line. V8's segmenter is
// quadratic in the length of the one string it is given, so the property is: it is only ever given strings
// of bounded length, and in all no more than twice the text. Counted in characters (deterministic), not in
// milliseconds: timings belong to the bench (npm run bench prints the time ratio of 4 × the text).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSentences, findStructure } from '../../../src/pipeline/index';
import { segmentBounded } from '../../../src/pipeline/sentences';
import { seedText } from './helpers';

function fedTo(run: () => void): { chars: number; longest: number } {
  let chars = 0;
  let longest = 0;
  const orig = Intl.Segmenter.prototype.segment;
  vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, s: string) {
    chars += s.length;
    longest = Math.max(longest, s.length);
    return orig.call(this, s);
  });
  run();
  return { chars, longest };
}
afterEach(() => vi.restoreAllMocks());

const oneLine = (mb: number, unit: string) => {
  let t = '';
  while (t.length < mb * 1e6) t += unit;
  return t;
};

describe('sentence segmentation', () => {
  const body = seedText().replace(/\s*\n+\s*/g, ' ') + ' ';
  it.each([0.25, 1, 5])('reads %s MB on one line in bounded pieces, at most 2 × its length in all', (mb) => {
    const text = oneLine(mb, body);
    const { chars, longest } = fedTo(() => findSentences(text, findStructure(text)));
    expect(longest).toBeLessThanOrEqual(4096);
    expect(chars / text.length).toBeLessThan(2);
  });
  it('stays bounded on text without sentence breaks or spaces', () => {
    const text = oneLine(1, 'x');
    const { chars, longest } = fedTo(() => findSentences(text, findStructure(text)));
    expect(longest).toBeLessThanOrEqual(4096);
    expect(chars / text.length).toBeLessThan(2);
  });
  it('finds the same sentences in windows as in one piece', () => {
    const para = oneLine(0.05, body);
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(para)].map((s) => [s.index, s.index + s.segment.length]);
    expect(segmentBounded(para, 1000)).toEqual(whole);
  });
});
