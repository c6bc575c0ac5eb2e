// The CLI contract of issue 4: stdout is the FeatureCollection, errors exit non-zero with a message.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
const G = ['--gazetteer', 'tests/fixtures/articles/gazetteer.json'];
const SEED = 'geo/stories/2020-06-16-liaison-office/article.txt';

describe('npm run extract', () => {
  it('prints the events with the contract properties', () => {
    const r = run(SEED, '--published', '2020-06-16', '--tz', 'Asia/Seoul', ...G);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.type).toBe('FeatureCollection');
    expect(Array.isArray(c.unlocated)).toBe(true);
    for (const f of c.features)
      for (const k of ['id', 'kind', 'place', 'place_id', 'date_start', 'date_end', 'date_precision', 'date_text', 'quote', 'quote_start', 'quote_end', 'paragraph', 'confidence'])
        expect(f.properties, k).toHaveProperty(k);
    expect(c.features[0].properties.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  }, 30_000);

  it('fails clearly without arguments, on an unreadable file and on a bad date', () => {
    const none = run();
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/usage/);
    const missing = run('/nonexistent/article.txt', '--published', '2020-06-16', ...G);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read article/);
    const bad = run(SEED, '--published', '2020-13-01', ...G);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/bad publication date/);
  }, 30_000);
});
