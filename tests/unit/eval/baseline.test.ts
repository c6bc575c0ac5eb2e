// The pipeline's scores on the dev set must not fall below the committed baseline (tests/eval/baseline.json).
// Only the dev set: the test set is held out and scored by hand once per piece of work (tests/corpus/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE, evaluate } from '../../eval/run';
import { ratio, type Ratio } from '../../eval/score';

const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
const now = evaluate('dev');

describe('dev-set scores against the baseline', () => {
  it('scores every dev article', () => {
    expect(now.articles.length).toBeGreaterThanOrEqual(baseline.articles);
  });
  // Higher is better for all but "unlocated placed", which must not rise.
  const lower = new Set(['events.unlocatedPlaced']);
  for (const [stage, scores] of Object.entries(baseline.total as Record<string, Record<string, Ratio>>))
    for (const [name, base] of Object.entries(scores)) {
      const key = `${stage}.${name}`;
      it(`${key} ${lower.has(key) ? 'at most' : 'at least'} ${ratio(base).toFixed(3)}`, () => {
        const cur = ratio((now.total as unknown as Record<string, Record<string, Ratio>>)[stage][name]);
        if (lower.has(key)) expect(cur).toBeLessThanOrEqual(ratio(base) + 1e-9);
        else expect(cur).toBeGreaterThanOrEqual(ratio(base) - 1e-9);
      });
    }
});
