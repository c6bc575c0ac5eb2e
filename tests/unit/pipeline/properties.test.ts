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
    fc.constantFrom(
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '=cmd|calc', '</textarea>',
      'Kaesong', 'Paju, Gimpo and Ganghwa', 'on Tuesday', 'later that day', 'the next morning', 'from March 5', 'since May', 'between 2 and 4 a.m. on Sunday',
      'Sept. 19', 'the 1950-53 Korean War', '30 km north of Seoul', 'as seen from', ', the ministry said.', 'said that ', 'will ', 'did not ', 'if ',
      ' the border', ' the island', '\u0000', '\ud800', '\udfff', '\u202e', '\u200b', 'e\u0301', '\ufeff', '\r\n', '\n\n', '. ', 'U.S.', '2:49pm (05:49 GMT)',
      'More: ', '1. Home\n', 'blew up', 'fired shells', "Seoul's", '개성에서', '“', '”', '(', ')', ';', '—', 'x'.repeat(300),
    ),
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
    // 10,000 texts; a fixed seed keeps a failure reproducible (fast-check prints the counterexample).
    // Time per KB is printed, not asserted (tests never assert wall-clock times); linear.test.ts bounds the work.
    const msPerKb: number[] = [];
    fc.assert(
      fc.property(hostile, (text) => {
        const t = performance.now();
        checkPlain(text);
        if (text.length >= 256) msPerKb.push((performance.now() - t) / (text.length / 1024));
      }),
      { numRuns: 10_000, seed: 20261128 },
    );
    msPerKb.sort((a, b) => a - b);
    const at = (q: number) => msPerKb[Math.min(msPerKb.length - 1, Math.floor(q * msPerKb.length))].toFixed(2);
    console.log(`pipeline fuzz: 10,000 texts; time per KB over the ${msPerKb.length} of 256+ characters: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
  }, 300_000);

  it('completes on 5 MB of hostile text on one line, quotes verbatim', () => {
    const parts = ['North Korea fired shells at Yeonpyeong Island on Tuesday, the JCS said. ', '<img src=x onerror=alert(1)> ', 'Later that day Kaesong was in lockdown; ', '\u202e\u200b', 'x'.repeat(500), ' since May ', '2:49pm (05:49 GMT) '];
    let big = '';
    for (let i = 0; big.length < 5_000_000; i++) big += parts[(i * 7) % parts.length];
    const t = performance.now();
    checkPlain(big);
    console.log(`pipeline fuzz: 5 MB on one line in ${((performance.now() - t) / 1000).toFixed(1)} s (${((performance.now() - t) / 5000).toFixed(2)} ms per KB)`);
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
