// Where the reader's stories are kept. The app uses the IndexedDB store (idb-store.ts, loaded
// only when needed); tests use an in-memory one. A store hands back what it holds as it is: the
// library checks every record (stored-schema.ts), since anything may have written it.
import type { StoredStory, StoredStorySummary } from './stored-story';

/** A record as read back from storage, not checked yet. */
export interface StoredRecord {
  /** The story id the record is stored under. */
  key: string;
  value: unknown;
}

export interface StoryStore {
  /** Every story's summary record, in no particular order. */
  list(): Promise<StoredRecord[]>;
  /** The story record stored under `id`, unchecked; undefined when there is none. */
  get(id: string): Promise<unknown>;
  /** Writes the story and its summary together: either both land or neither does. */
  put(story: StoredStory, summary: StoredStorySummary): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Why a write failed, in the reader's words. */
export function describeStorageError(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return "The browser's storage for this site is full, so this was not saved. Everything saved before is still there: remove or export older stories to make room.";
  if (name === 'InvalidStateError' || name === 'UnknownError' || /indexeddb|database/i.test(message))
    return `The browser refused to store stories here (${message}). In a private window storage may be off.`;
  return `Could not save (${message}).`;
}
