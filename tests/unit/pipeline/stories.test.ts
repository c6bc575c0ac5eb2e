// The committed public/data/stories/ must be what `npm run stories` writes now.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStories } from '../../../scripts/build-stories';

describe('public/data/stories', () => {
  const files = buildStories('.');
  it.each([...files.keys()])('%s is up to date (run `npm run stories` if not)', (path) => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8') === files.get(path), `${path} is stale`).toBe(true);
  });

  it('copies each article byte for byte', () => {
    expect(readFileSync('public/data/stories/2020-06-16-liaison-office/article.txt')).toEqual(readFileSync('geo/stories/2020-06-16-liaison-office/article.txt'));
  });

  it('lists every story in index.json, the default story first', () => {
    const index = JSON.parse(files.get('public/data/stories/index.json')!);
    expect(index[0].slug).toBe('2020-06-16-liaison-office');
    expect(index.length).toBeGreaterThanOrEqual(3);
    const rest = index.slice(1).map((s: { published: string }) => s.published);
    expect(rest).toEqual([...rest].sort());
    expect(index).toContainEqual({ slug: '2020-06-16-liaison-office', title: 'North Korea blows up liaison office as tensions rise with South', outlet: 'Al Jazeera (captured via a news aggregator)', published: '2020-06-16' });
  });
});
