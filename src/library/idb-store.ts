// The reader's stories in IndexedDB through idb-keyval: one object store, two keys per story —
// "summary:<id>" (what the library lists) and "story:<id>" (text, events, fixes) — written in one
// transaction. Loaded with a dynamic import, only when a reader's story is opened or listed.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { StoredStory, StoredStorySummary } from './stored-story';
import type { StoryStore } from './story-store';

const SUMMARY = 'summary:';
const STORY = 'story:';

/** Runs one readwrite transaction; a synchronous throw aborts it, so a half write never lands. */
function write(db: UseStore, fn: (store: IDBObjectStore) => void): Promise<void> {
  return db('readwrite', (store) => {
    try {
      fn(store);
    } catch (err) {
      try {
        store.transaction.abort();
      } catch {
        /* already finished */
      }
      throw err;
    }
    return promisifyRequest(store.transaction);
  });
}

export function idbStore(name = 'borderline'): StoryStore {
  const db = createStore(name, 'stories');
  return {
    async list() {
      const keys = await db('readonly', (store) => promisifyRequest(store.getAllKeys()));
      const ids = (keys as IDBValidKey[]).filter((k): k is string => typeof k === 'string' && k.startsWith(SUMMARY));
      const values = await db('readonly', (store) => Promise.all(ids.map((k) => promisifyRequest(store.get(k) as IDBRequest<unknown>))));
      return ids.map((k, i) => ({ key: k.slice(SUMMARY.length), value: values[i] }));
    },
    get(id) {
      return db('readonly', (store) => promisifyRequest(store.get(STORY + id) as IDBRequest<unknown>));
    },
    put(story: StoredStory, summary: StoredStorySummary) {
      return write(db, (store) => {
        store.put(story, STORY + story.id);
        store.put(summary, SUMMARY + story.id);
      });
    },
    remove(id) {
      return write(db, (store) => {
        store.delete(STORY + id);
        store.delete(SUMMARY + id);
      });
    },
  };
}
