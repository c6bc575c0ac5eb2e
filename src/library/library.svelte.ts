// The reader's own stories, in a StoryStore (IndexedDB in the app, opened on first use); the
// built-in ones are listed by the story session. Every record read back is checked (stored-schema.ts):
// a bad one is skipped with a message naming it, and the rest of the library loads.
import type { Loaded } from '../data/validate';
import { applyFixes } from './fixes';
import { isReaderId } from './reader-id';
import { parseStoredStory, parseStoredSummary } from './stored-schema';
import { summarise, type StoredStory, type StoredStorySummary } from './stored-story';
import { describeStorageError, type StoryStore } from './story-store';

/** A library entry that could not be read: why, and its id when it is one the reader can remove. */
export interface SkippedEntry {
  message: string;
  id: string | null;
}

export class StoryLibrary {
  mine = $state.raw<StoredStorySummary[]>([]);
  /** Entries skipped when listing (unreadable or hostile records), each with a message. */
  skipped = $state.raw<SkippedEntry[]>([]);
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

  /**
   * Lists the reader's stories, newest change first; an entry that is not a valid summary (or is filed
   * under another id) is skipped with a message. A storage that cannot be opened is reported, not thrown.
   */
  async refresh(): Promise<void> {
    try {
      const records = await (await this.store()).list();
      const mine: StoredStorySummary[] = [];
      const skipped: SkippedEntry[] = [];
      for (const { key, value } of records) {
        const problems: string[] = [];
        const s = parseStoredSummary(value, key, problems);
        if (s && s.id !== key) problems.push(`stored story ${key.slice(0, 80)}: its library entry names another story (${s.id}); skipped`);
        if (s && !problems.length) mine.push(s);
        else skipped.push({ message: problems[0], id: isReaderId(key) ? key : null });
      }
      this.mine = mine.sort((a, b) => b.updated.localeCompare(a.updated));
      this.skipped = skipped;
      this.listed = true;
    } catch (err) {
      this.problem = `Your stories could not be read: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  /**
   * Reads and checks one story.
   * @returns the story (bad events, fixes and hints left out, each named in `problems`), or undefined when none is stored under `id`
   * @throws StoredStoryError when the record cannot be used; other errors when the storage cannot be read
   */
  async read(id: string): Promise<Loaded<StoredStory> | undefined> {
    const raw = await (await this.store()).get(id);
    return raw === undefined ? undefined : parseStoredStory(raw, id);
  }

  /** The story stored under `id`, checked; see read(). */
  async get(id: string): Promise<StoredStory | undefined> {
    return (await this.read(id))?.data;
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
    let s: StoredStory | undefined;
    try {
      s = await this.get(id);
    } catch (err) {
      this.problem = err instanceof Error ? err.message : String(err);
      return null;
    }
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
      this.skipped = this.skipped.filter((s) => s.id !== id);
      this.problem = null;
      return true;
    } catch (err) {
      this.problem = describeStorageError(err);
      return false;
    }
  }
}
