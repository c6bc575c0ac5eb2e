// Which story is open — a built-in one or one of the reader's — and the reader's fixes to it.
// Opening by id is what the switcher, the URL and a new story all go through. The reader's library
// (IndexedDB) and the fixes' code load only when a reader's story is involved.
import { loadStory, loadStoryIndex, pickStory, type StoryIndexEntry } from '../data/load-story';
import { pageTitle } from '../text/display';
import type { StoryLibrary } from '../library/library.svelte';
import { isReaderId } from '../library/reader-id';
import type { ReaderFix, StoredStory } from '../library/stored-story';
import { hooks } from '../lib/test-hooks';
import { StoryState } from './story-state.svelte';

const fixesCode = () => import('../library/fixes');

export class StorySession {
  readonly story = new StoryState();
  /** The built-in stories of public/data/stories/index.json. */
  builtins = $state.raw<StoryIndexEntry[]>([]);
  /** The reader's story that is open, as stored (pipeline events and fixes); null for a built-in one. */
  stored = $state.raw<StoredStory | null>(null);
  /** True when the open reader's story is shown but could not be stored. */
  unsaved = $state(false);
  loading = $state(false);
  /** Why the story asked for could not be opened (another one is shown instead). */
  error = $state<string | null>(null);
  /** A storage problem with the open story, in the reader's words. */
  notice = $state<string | null>(null);
  /** Problems in the open built-in story's files (each bad event hidden, a bad field replaced), one message each. */
  warnings = $state.raw<string[]>([]);
  /** Problems in stories/index.json (a bad or repeated entry skipped); they stay whichever story is open. */
  indexProblems = $state.raw<string[]>([]);
  /** Every data problem the reader should see: the index's, then the open story's. */
  problems = $derived([...this.indexProblems, ...this.warnings]);

  #baseUrl: string;
  #library: () => Promise<StoryLibrary>;
  #token = 0;
  #index: Promise<void> | null = null;

  constructor(baseUrl: string, library: () => Promise<StoryLibrary>) {
    this.#baseUrl = baseUrl;
    this.#library = library;
  }

  /** The open story's id (built-in slug or "mine-…"). */
  id = $derived(this.story.story?.meta.slug);
  isReader = $derived(this.stored !== null);

  /** Loads stories/index.json once (bad entries skipped with a message); a failure is retried on the next call. */
  loadIndex(): Promise<void> {
    this.#index ??= loadStoryIndex(this.#baseUrl).then(
      (idx) => {
        this.builtins = idx.data;
        this.indexProblems = idx.problems;
      },
      (err) => {
        this.#index = null;
        throw err;
      },
    );
    return this.#index;
  }

  #show(meta: StoredStory['meta'], text: string, events: StoredStory['events'], stored: StoredStory | null, problems: string[] = []) {
    // The story's own problems travel with it: the event list says what was hidden or repaired, and why.
    this.story.story = problems.length ? { meta, text, events, problems } : { meta, text, events };
    this.stored = stored;
    hooks.__events = events.features.map((f) => f.properties);
    hooks.__story = meta.slug;
    if (typeof document !== 'undefined') document.title = pageTitle(meta.title);
  }

  /** Shows a reader's story with its fixes applied; `problems` are what its check left out (see stored-schema.ts). */
  async showStored(s: StoredStory, saved = true, problems: string[] = []) {
    const { applyFixes } = await fixesCode();
    this.#token++;
    this.story.select(null);
    this.story.from = this.story.to = null;
    this.#show(s.meta, s.text, applyFixes(s.events, s.fixes), s, problems);
    this.unsaved = !saved;
    this.error = null;
    this.warnings = problems;
  }

  /**
   * Opens a story by id; an unknown or unreadable one is reported and the first built-in story opened instead.
   * @returns the id actually opened
   */
  async open(id: string | undefined): Promise<string | undefined> {
    const token = ++this.#token;
    this.loading = true;
    this.notice = null;
    try {
      if (isReaderId(id)) {
        try {
          // Checked at the boundary: a bad event, fix or hint is left out with a message; a record that
          // cannot be used at all throws, and is reported below.
          const s = await (await this.#library()).read(id);
          if (token !== this.#token) return this.id;
          if (s) {
            await this.showStored(s.data, true, s.problems);
            return id;
          }
          this.error = 'That story is not in this browser: stories you map are kept in the browser where you mapped them. Here is a built-in story instead.';
        } catch (err) {
          if (token !== this.#token) return this.id;
          this.error = `Your story could not be read (${err instanceof Error ? err.message : String(err)}). Here is a built-in story instead.`;
        }
        id = undefined;
      } else this.error = null;
      await this.loadIndex();
      // The story the URL names when the index has it, else the first usable one; its files are checked
      // item by item (a bad event is hidden with a message, the article and the rest still show).
      const entry = pickStory(this.builtins, id);
      const { data: s, problems } = await loadStory(this.#baseUrl, entry);
      if (token !== this.#token) return this.id;
      this.story.select(null);
      this.#show(s.meta, s.text, s.events, null, problems);
      this.unsaved = false;
      this.warnings = problems;
      return entry.slug;
    } catch (err) {
      if (token === this.#token) this.error = `The story could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
      return this.id;
    } finally {
      if (token === this.#token) this.loading = false;
    }
  }

  /** Stores a new story of the reader and shows it, stored or not. */
  async add(s: StoredStory): Promise<string | null> {
    const problem = await (await this.#library()).save(s);
    await this.showStored(s, problem === null);
    this.notice = problem;
    return problem;
  }

  /**
   * Applies a fix to the open reader's story and stores it. When storing fails, the fix is undone
   * on screen too, and what was stored before is unchanged.
   */
  async fix(fix: ReaderFix | { action: 'undo'; event: string }): Promise<boolean> {
    const cur = this.stored;
    if (!cur) return false;
    const [{ applyFixes, dropFix, setFix }, library] = await Promise.all([fixesCode(), this.#library()]);
    const fixes = fix.action === 'undo' ? dropFix(cur.fixes, fix.event) : setFix(cur.fixes, fix);
    const next: StoredStory = { ...cur, fixes, updated: new Date().toISOString() };
    const selected = this.story.selectedId;
    this.#show(next.meta, next.text, applyFixes(next.events, fixes), next);
    const problem = await library.save(next);
    if (problem && !this.unsaved) {
      this.#show(cur.meta, cur.text, applyFixes(cur.events, cur.fixes), cur);
      this.notice = problem;
      return false;
    }
    if (!problem) this.unsaved = false;
    this.notice = problem;
    this.story.select(fix.action === 'remove' ? null : selected);
    return !problem;
  }

  /** Renames the open reader's story in place (the library has stored it). */
  renamed(s: StoredStory) {
    if (this.stored?.id === s.id) {
      this.stored = s;
      this.story.story = { ...this.story.story!, meta: s.meta };
      if (typeof document !== 'undefined') document.title = pageTitle(s.meta.title);
    }
  }
}
