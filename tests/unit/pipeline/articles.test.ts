// Articles the pipeline was not tuned on, scored against expectations written before it ran.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/index';
import { gazetteers } from './helpers';
import { score, type Expected } from './score';

const DIR = 'tests/fixtures/articles';
const slugs = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
// Thresholds fixed before the first run: useful, not perfect.
const MIN = { precision: 0.6, recall: 0.6 };

const cases = slugs.flatMap((slug) => gazetteers().map(([name, g]) => [slug, name, g] as const));

describe.each(cases)('article %s with the %s', (slug, _name, g) => {
  const text = readFileSync(`${DIR}/${slug}/article.txt`, 'utf8');
  const meta = JSON.parse(readFileSync(`${DIR}/${slug}/meta.json`, 'utf8'));
  const expected: Expected = JSON.parse(readFileSync(`${DIR}/${slug}/expected.json`, 'utf8'));
  const { collection, analysis } = extractArticle(text, meta, g);
  const s = score(expected, collection, analysis);
  if (process.env.SCORE) console.log(slug, _name, JSON.stringify(s, null, 1));

  it('has its citation', () => {
    expect(meta.url).toMatch(/^https?:\/\//);
    expect(meta.outlet).toBeTruthy();
  });
  for (const what of ['places', 'dates', 'events'] as const) {
    it(`${what}: precision and recall at least ${MIN.precision}/${MIN.recall}`, () => {
      expect(s[what].recall, `missed: ${s[what].misses.join('; ')}`).toBeGreaterThanOrEqual(MIN.recall);
      expect(s[what].precision, `extra: ${s[what].extras.join('; ')}`).toBeGreaterThanOrEqual(MIN.precision);
    });
  }
  it('every quote is verbatim at its offsets', () => {
    for (const e of [...collection.features.map((f) => f.properties), ...collection.unlocated])
      for (const p of e.passages) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });
});
