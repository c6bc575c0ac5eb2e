// An article saved with a UTF-8 byte-order mark and Windows line ends must give the same events through
// the build (Node: npm run stories) and through the browser's load path, because both normalise the text
// in one place (src/text/normalise.ts) before any offset is computed or checked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStories, OUT_DIR, STORIES_DIR } from '../../../scripts/build-stories';
import { loadStory, parseEvents } from '../../../src/data/load-story';
import { seed, SLUG, stubFetch } from './fixtures';

const SRC = join(STORIES_DIR, SLUG);

/** A copy of the project's story sources in a temporary root, the seed's article rewritten by `rewrite`. */
function tempRoot(rewrite: (text: string) => Buffer): string {
  const root = mkdtempSync(join(tmpdir(), 'borderline-bom-'));
  mkdirSync(join(root, SRC), { recursive: true });
  for (const f of readdirSync(SRC)) cpSync(join(SRC, f), join(root, SRC, f));
  writeFileSync(join(root, SRC, 'article.txt'), rewrite(seed.text));
  mkdirSync(join(root, 'public/data'), { recursive: true });
  cpSync('public/data/gazetteer.json', join(root, 'public/data/gazetteer.json'));
  return root;
}
const bomCrlf = (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8')]);

describe('a BOM + CRLF copy of the seed', () => {
  const roots: string[] = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('the copy really differs: a BOM first, and CRLF line ends', () => {
    const b = bomCrlf(seed.text);
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.toString('utf8')).toContain('\r\n');
    expect(seed.text).not.toContain('\r');
  });

  it('the build path gives the same events (and article) as the clean seed', () => {
    const clean = tempRoot((t) => Buffer.from(t, 'utf8'));
    const dirty = tempRoot(bomCrlf);
    roots.push(clean, dirty);
    const a = buildStories(clean);
    const b = buildStories(dirty);
    const ev = `${OUT_DIR}/${SLUG}/events.geojson`;
    expect(JSON.parse(b.get(ev)!)).toEqual(JSON.parse(a.get(ev)!));
    expect(b.get(`${OUT_DIR}/${SLUG}/article.txt`)).toBe(seed.text);
    expect(JSON.parse(a.get(ev)!).features.length).toBe(seed.events.features.length);
  });

  it('the browser load path keeps every built event against the BOM + CRLF article', async () => {
    vi.stubGlobal(
      'fetch',
      stubFetch({
        [`stories/${SLUG}/story.json`]: { body: JSON.stringify(seed.meta) },
        [`stories/${SLUG}/events.geojson`]: { body: JSON.stringify(seed.events) },
        [`stories/${SLUG}/article.txt`]: { body: bomCrlf(seed.text) as unknown as string, type: 'text/plain; charset=utf-8' },
      }),
    );
    const r = await loadStory('http://x.test/', seed.index[0]);
    expect(r.problems).toEqual([]);
    expect(r.data.text).toBe(seed.text);
    expect(r.data.events.features.map((f) => f.properties.id)).toEqual(seed.events.features.map((f: any) => f.properties.id));
    expect(r.data.events.unlocated).toHaveLength(seed.events.unlocated.length);
  });

  it('without the normalisation the same events would not quote the text (the check can fail)', () => {
    const raw = bomCrlf(seed.text).toString('utf8'); // Node keeps the BOM
    const r = parseEvents(seed.events, raw, 'events.geojson');
    expect(r.data.features.length).toBeLessThan(seed.events.features.length);
    expect(r.problems.join('\n')).toMatch(/does not quote the article at its offsets/);
  });
});
