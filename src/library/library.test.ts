import { describe, expect, it } from 'vitest';
import { StoryLibrary } from './library.svelte';
import type { StoryStore } from './story-store';
import { isReaderId, newStoryId, STORED_STORY_VERSION, type StoredStory, type StoredStorySummary } from './stored-story';

/** An in-memory store that can be told to fail its writes like a full disk. */
function memoryStore() {
  const stories = new Map<string, StoredStory>();
  const summaries = new Map<string, StoredStorySummary>();
  const state = { full: false };
  const store: StoryStore = {
    async list() {
      return [...summaries.entries()].map(([key, value]) => ({ key, value: structuredClone(value) }));
    },
    async get(id) {
      return stories.has(id) ? structuredClone(stories.get(id)) : undefined;
    },
    async put(s, sum) {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      stories.set(s.id, structuredClone(s));
      summaries.set(s.id, sum);
    },
    async remove(id) {
      stories.delete(id);
      summaries.delete(id);
    },
  };
  return { store, stories, state };
}

function story(id: string, title = 'A story', updated = '2026-01-01T00:00:00Z'): StoredStory {
  return {
    version: STORED_STORY_VERSION,
    id,
    meta: { slug: id, title, outlet: 'Outlet', published: '2020-06-16', tz: 'Asia/Seoul' },
    text: 'text',
    events: { type: 'FeatureCollection', features: [], unlocated: [] },
    fixes: [],
    origin: 'paste',
    created: updated,
    updated,
  };
}

describe('StoryLibrary', () => {
  it('opens its store only when first used', async () => {
    let opened = 0;
    const m = memoryStore();
    const lib = new StoryLibrary(async () => (opened++, m.store));
    expect(opened).toBe(0);
    await lib.refresh();
    await lib.refresh();
    expect(opened).toBe(1);
    expect(lib.listed).toBe(true);
  });

  it('saves, lists newest first, renames and removes', async () => {
    const m = memoryStore();
    const lib = new StoryLibrary(async () => m.store);
    expect(await lib.save(story('mine-aaaa1', 'First', '2026-01-01T00:00:00Z'))).toBeNull();
    expect(await lib.save(story('mine-bbbb2', 'Second', '2026-01-02T00:00:00Z'))).toBeNull();
    await lib.refresh();
    expect(lib.mine.map((s) => s.title)).toEqual(['Second', 'First']);
    const renamed = await lib.rename('mine-aaaa1', '  Renamed\n story ', new Date('2026-01-03T00:00:00Z'));
    expect(renamed?.meta.title).toBe('Renamed story');
    expect(lib.mine[0]).toMatchObject({ id: 'mine-aaaa1', title: 'Renamed story' });
    expect((await lib.get('mine-aaaa1'))?.meta.title).toBe('Renamed story');
    expect(await lib.remove('mine-bbbb2')).toBe(true);
    expect(lib.mine.map((s) => s.id)).toEqual(['mine-aaaa1']);
    expect(await lib.get('mine-bbbb2')).toBeUndefined();
  });

  it('refuses an empty title', async () => {
    const m = memoryStore();
    const lib = new StoryLibrary(async () => m.store);
    await lib.save(story('mine-aaaa1', 'First'));
    expect(await lib.rename('mine-aaaa1', '   ')).toBeNull();
    expect(lib.problem).toMatch(/needs a title/);
    expect((await lib.get('mine-aaaa1'))?.meta.title).toBe('First');
  });

  it('reports a full quota in plain words and keeps what was stored', async () => {
    const m = memoryStore();
    const lib = new StoryLibrary(async () => m.store);
    await lib.save(story('mine-aaaa1', 'Kept'));
    m.state.full = true;
    const problem = await lib.save(story('mine-bbbb2', 'Too much'));
    expect(problem).toMatch(/storage for this site is full/);
    expect(lib.problem).toBe(problem);
    expect(await lib.rename('mine-aaaa1', 'New name')).toBeNull();
    expect((await lib.get('mine-aaaa1'))?.meta.title).toBe('Kept');
    expect(lib.mine.map((s) => s.title)).toEqual(['Kept']);
    expect(await lib.get('mine-bbbb2')).toBeUndefined();
  });

  it('reports a store that cannot be opened when listing', async () => {
    const lib = new StoryLibrary(async () => {
      throw new Error('IndexedDB is disabled');
    });
    await lib.refresh();
    expect(lib.problem).toMatch(/IndexedDB is disabled/);
    expect(lib.listed).toBe(false);
  });
});

describe('stored-story format', () => {
  it('makes reader ids that the URL accepts and built-in slugs never match', () => {
    const id = newStoryId(1_700_000_000_000, () => 0.5);
    expect(isReaderId(id)).toBe(true);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    expect(isReaderId('2020-06-16-liaison-office')).toBe(false);
  });

  // Every failure mode of a stored record: tests/unit/library/stored-schema.test.ts.
});
