// The reader's own stories, in a StoryStore (IndexedDB in the app, opened on first use); the
// built-in ones are listed by the story session.
import { applyFixes } from './fixes';
import { summarise, type StoredStory, type StoredStorySummary } from './stored-story';
import { describeStorageError, type StoryStore } from './story-store';

export class StoryLibrary {
  mine = $state.raw<StoredStorySummary[]>([]);
  /** True once the reader's stories have been listed. */
  listed = $state(false);
  /** The last storage problem, in the reader's words (cleared by the next success). */
  problem = $state<string | null>(null);

  #loadStore: () => Promise<StoryStore>;
  #store: Promise<StoryStore> | null = null;

  constructor(loadStore: () => Promise<StoryStore>) {
    this.#loadStore = loadStore;
  }

  store(): Promise<StoryStore> {
    this.#store ??= this.#loadStore().catch((err) => {
      this.#store = null;
      throw err;
    });
    return this.#store;
  }

  /** Lists the reader's stories; a storage that cannot be opened is reported, not thrown. */
  async refresh(): Promise<void> {
    try {
      this.mine = await (await this.store()).list();
      this.listed = true;
    } catch (err) {
      this.problem = `Your stories could not be read: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  async get(id: string): Promise<StoredStory | undefined> {
    return (await this.store()).get(id);
  }

  /**
   * Stores a story (new or changed) with its summary.
   * @returns null when it was stored, else the reason in the reader's words; what was stored before is unchanged
   */
  async save(story: StoredStory): Promise<string | null> {
    try {
      const summary = summarise(story, applyFixes(story.events, story.fixes).features.length);
      // Stories are plain objects (held in $state.raw): IndexedDB clones them as they are.
      await (await this.store()).put(story, summary);
      this.mine = [summary, ...this.mine.filter((s) => s.id !== story.id)];
      this.problem = null;
      return null;
    } catch (err) {
      this.problem = describeStorageError(err);
      return this.problem;
    }
  }

  /** Renames a stored story; returns the updated story, or null with `problem` set. */
  async rename(id: string, title: string, now = new Date()): Promise<StoredStory | null> {
    const clean = title.replace(/\s+/g, ' ').trim().slice(0, 300);
    if (!clean) {
      this.problem = 'A story needs a title.';
      return null;
    }
    const s = await this.get(id);
    if (!s) {
      this.problem = 'That story is no longer stored.';
      return null;
    }
    const next: StoredStory = { ...s, meta: { ...s.meta, title: clean }, updated: now.toISOString() };
    return (await this.save(next)) === null ? next : null;
  }

  async remove(id: string): Promise<boolean> {
    try {
      await (await this.store()).remove(id);
      this.mine = this.mine.filter((s) => s.id !== id);
      this.problem = null;
      return true;
    } catch (err) {
      this.problem = describeStorageError(err);
      return false;
    }
  }
}
