// Random and hostile text: no crash, plain data out, quotes verbatim, bounded work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/index';
import { compiled, seedText } from './helpers';

const g = compiled();
const meta = { published: '2020-06-16', tz: 'Asia/Seoul' };
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 400 }),
  fc.array(
    fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'Kaesong', 'on Tuesday', ' the border', '\u0000', '\ud800', '\udfff', '\u202e', '\n\n', '. ', 'U.S.', '2:49pm (05:49 GMT)', 'More: ', '1. Home\n', 'blew up', "Seoul's", '개성에서'),
    { maxLength: 60 },
  ).map((a) => a.join('')),
);

function checkPlain(text: string) {
  const { collection } = extractArticle(text, meta, g);
  // Plain data: survives a JSON round trip unchanged (no functions, no DOM, no undefined holes).
  expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  for (const e of [...collection.features.map((f) => f.properties), ...collection.unlocated]) {
    expect(text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
    for (const p of e.passages) expect(text.slice(p.start, p.end)).toBe(p.quote);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  }
  return collection;
}

describe('pipeline on random and hostile text', () => {
  it('never crashes and returns plain, verbatim data', () => {
    fc.assert(fc.property(hostile, (text) => void checkPlain(text)), { numRuns: 150 });
  });

  it('keeps markup as text: a quote with <script> is the same characters, nothing else', () => {
    const text = 'North Korea blew up the liaison office in Kaesong on Tuesday <script>alert(1)</script>.';
    const c = checkPlain(text);
    expect(c.features[0].properties.quote).toContain('<script>alert(1)</script>');
  });

  it('completes on a 1 MB article (about 200 copies of the seed)', () => {
    const big = seedText().repeat(Math.ceil(1_000_000 / seedText().length));
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    const c = checkPlain(big);
    expect(c.features.length).toBeGreaterThan(0);
  }, 120_000);

  it('completes on 1 MB without a single line break or full stop', () => {
    checkPlain('Kaesong border Tuesday '.repeat(45_000));
  }, 120_000);
});
