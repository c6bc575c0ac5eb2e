// Writing the reader's library straight into the browser's IndexedDB, as another tab, an older or newer
// Borderline, an extension or a person with the developer tools could: the app must treat what it reads
// back as untrusted (src/library/stored-schema.ts).
import type { Page } from 'playwright-core';
import type { StoredStory } from '../../src/library/stored-story';
import { summaryOf } from '../fixtures/stored/stories';

/** Raw records under their IndexedDB keys ("story:<id>", "summary:<id>", or anything else). */
export async function putRecords(page: Page, records: { key: string; value: unknown }[]): Promise<void> {
  await page.evaluate(async (recs) => {
    // The database and store idb-keyval's createStore('borderline', 'stories') opens.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('borderline');
      req.onupgradeneeded = () => req.result.createObjectStore('stories');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('stories', 'readwrite');
      for (const r of recs) tx.objectStore('stories').put(r.value, r.key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** How many fixes the stored record of a reader's story holds (-1 when there is no record): what a reload reads. */
export async function storedFixCount(page: Page, id: string): Promise<number> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('borderline');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('stories')) return -1;
      const rec = await new Promise<unknown>((resolve, reject) => {
        const req = db.transaction('stories', 'readonly').objectStore('stories').get(key);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const fixes = (rec as { fixes?: unknown[] } | undefined)?.fixes;
      return Array.isArray(fixes) ? fixes.length : -1;
    } finally {
      db.close();
    }
  }, `story:${id}`);
}

/** Stories as the app stores them: the story and its summary. */
export async function putStories(page: Page, stories: StoredStory[]): Promise<void> {
  await putRecords(
    page,
    stories.flatMap((s) => [
      { key: `story:${s.id}`, value: s },
      { key: `summary:${s.id}`, value: summaryOf(s) },
    ]),
  );
}

/** Opens the story switcher and waits for the reader's stories to be listed. */
export async function openSwitcher(page: Page): Promise<void> {
  await page.locator('button.switch').click();
  await page.locator('dialog[open] [aria-label="Built-in stories"]').waitFor();
  await page.waitForFunction(() => !/Reading your stories/.test(document.querySelector('dialog[open]')?.textContent ?? ''));
}
