// Helpers for the browser tests of the new-story flow and the story library.
import type { Page } from 'playwright-core';
import { describeApp } from './browser';

export interface PasteMeta {
  published?: string;
  tz?: string;
  title?: string;
}

/** Opens "Map an article", puts the text in (as a paste would) and fills the metadata. */
export async function fillNewStory(page: Page, text: string, meta: PasteMeta = {}): Promise<void> {
  await page.locator('button.new').click();
  const area = page.locator('#article-text');
  await area.waitFor();
  // Set the value and fire one input event, as a paste does (fill() is slow on a megabyte).
  await area.evaluate((el: HTMLTextAreaElement, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  if (meta.published) await page.locator('input[name="published"]').fill(meta.published);
  if (meta.tz) await page.locator('input[name="tz"]').fill(meta.tz);
  if (meta.title) await page.locator('input[name="title"]').fill(meta.title);
}

/**
 * Resolves when the open story is the reader's story the URL names, the map's event source holds exactly its
 * located events (not those of the story before it, which linger until the source is updated), and the map has
 * drawn them; a story whose events are all unlocated has nothing to draw.
 */
export async function waitForReaderStory(page: Page, timeout = 45_000, previous?: string): Promise<string> {
  const start = Date.now();
  // One poll loop in the page (the source's data is read asynchronously), bounded below the test's own limit so
  // that what was left waiting is named.
  const drawn = await page.evaluate(
    async ({ prev, ms }) => {
      const w = window as any;
      const until = Date.now() + ms;
      for (; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        const named = /story=(mine-[a-z0-9]+)/.exec(location.hash)?.[1];
        // The URL names the new story before it opens: wait for its events.
        const map = w.__map;
        if (!named || named === prev || w.__story !== named || !map?.getSource('events')) continue;
        const ids = new Set<string>((w.__events ?? []).map((e: { id: string }) => e.id));
        const data = await map.getSource('events').getData();
        const held: string[] = (data?.features ?? []).map((f: { properties?: { id?: string } }) => f.properties?.id ?? '');
        if (held.length !== ids.size || held.some((id) => !ids.has(id))) continue;
        if (map.isMoving() || !map.loaded()) continue;
        if (ids.size === 0 || map.querySourceFeatures('events').length > 0) return true;
      }
      return false;
    },
    { prev: previous, ms: timeout },
  );
  if (!drawn) throw new Error(`the reader's story was not drawn within ${Date.now() - start} ms; ${await describeApp(page)}`);
  return page.evaluate(() => /story=(mine-[a-z0-9]+)/.exec(location.hash)![1]);
}

/** Pastes an article and maps it; returns the new story's id. */
export async function pasteStory(page: Page, text: string, meta: PasteMeta = {}): Promise<string> {
  const before = await page.evaluate(() => (window as any).__story as string | undefined);
  await fillNewStory(page, text, meta);
  await page.locator('.new-story button[type="submit"]').click();
  return waitForReaderStory(page, 45_000, before);
}

/** Drops a file on an element, as a reader dragging it from the desktop would. */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; body: string | number[] }): Promise<void> {
  const dt = await page.evaluateHandle((f) => {
    const dt = new DataTransfer();
    const body = typeof f.body === 'string' ? f.body : new Uint8Array(f.body);
    dt.items.add(new File([body], f.name, { type: f.type }));
    return dt;
  }, file);
  await page.locator(selector).dispatchEvent('dragover', { dataTransfer: dt });
  await page.locator(selector).dispatchEvent('drop', { dataTransfer: dt });
}

/** A rendered event marker well inside the canvas, with its page position. */
export async function visibleMarker(page: Page): Promise<{ id: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const map = (window as any).__map;
    const rect = map.getCanvas().getBoundingClientRect();
    for (const f of map.queryRenderedFeatures({ layers: ['events-point'] })) {
      const p = map.project(f.geometry.coordinates);
      if (p.x > 60 && p.y > 60 && p.x < rect.width - 60 && p.y < rect.height - 60) return { id: f.properties.id as string, x: rect.left + p.x, y: rect.top + p.y };
    }
    return null;
  });
}
