// The story library: the reader's stories survive a reload, can be removed; the switcher and the
// URL name the story; fixes are stored; a full quota is reported and loses nothing.
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';
import { pasteStory } from './new-story-helpers';
import { storedFixCount } from './stored-helpers';

const baseUrl = inject('baseUrl');
const SEED = '2020-06-16-liaison-office';
const YEONPYEONG = '2010-11-23-yeonpyeong-shelling';
const get = async (path: string) => (await fetch(`${baseUrl}${path}`)).text();
const events = (page: Page) => page.evaluate(() => (window as any).__events as Array<{ id: string; n: number; place: string; placed_by?: string; quote: string }>);
const hash = (page: Page) => page.evaluate(() => location.hash);

async function openSwitcher(page: Page) {
  await page.locator('button.switch').click();
  await page.locator('dialog[open] [aria-label="Built-in stories"]').waitFor();
}

describe('the story library', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('switches stories from the switcher; the URL names the story, back returns to the last one', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    expect(await s.page.locator('#article-title').textContent()).toBe('North Korea blows up liaison office as tensions rise with South');
    await openSwitcher(s.page);
    const builtIns = await s.page.locator('dialog[open] [aria-label="Built-in stories"] button.open').count();
    expect(builtIns).toBeGreaterThanOrEqual(3);
    await s.page.screenshot({ path: join(ARTIFACTS, 'switcher-1280.png') });
    await s.page.locator(`dialog[open] button.open[data-story="${YEONPYEONG}"]`).click();
    await s.page.waitForFunction((slug) => location.hash.includes(`story=${slug}`), YEONPYEONG);
    await s.page.locator('#article-title', { hasText: 'North Korea shells southern island' }).waitFor();
    await nextIdle(s.page);
    expect((await events(s.page)).some((e) => e.place === 'Yeonpyeong Island')).toBe(true);
    expect(await s.page.locator('button.switch .title').textContent()).toBe('North Korea shells southern island, no fatalities yet');
    await s.page.goBack();
    await s.page.locator('#article-title', { hasText: 'liaison office' }).waitFor();
    expect(await hash(s.page)).toMatch(new RegExp(`story=${SEED}`));
    // A link naming a story opens it.
    await gotoIdle(s.page, `${baseUrl}#story=2015-08-11-dmz-landmine`);
    await s.page.locator('#article-title', { hasText: '2 Soldiers Maimed' }).waitFor();
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it("keeps the reader's story over a reload, renames it, and removes it", async () => {
    const text = await get(`data/stories/${YEONPYEONG}/article.txt`);
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    const id = await pasteStory(s.page, text, { published: '2010-11-23', tz: 'Asia/Seoul', title: 'My Yeonpyeong story' });
    const before = await events(s.page);
    await s.page.reload();
    await s.page.locator('#article-title', { hasText: 'My Yeonpyeong story' }).waitFor();
    expect(await hash(s.page)).toContain(`story=${id}`);
    expect(await events(s.page)).toEqual(before);
    await openSwitcher(s.page);
    const mine = s.page.locator(`dialog[open] li[data-mine="${id}"]`);
    await mine.waitFor();
    await mine.getByRole('button', { name: 'Rename' }).click();
    await mine.locator('input').fill('Shelling of Yeonpyeong, my copy');
    await mine.getByRole('button', { name: 'Save' }).click();
    await s.page.locator('#article-title', { hasText: 'Shelling of Yeonpyeong, my copy' }).waitFor();
    await mine.getByRole('button', { name: 'Remove' }).click();
    await mine.getByRole('button', { name: 'Yes, remove' }).click();
    // The open story was removed: the default story opens and the URL follows.
    await s.page.waitForFunction((slug) => location.hash.includes(`story=${slug}`), SEED);
    await s.page.reload();
    await s.page.locator('#article-title', { hasText: 'liaison office' }).waitFor();
    await openSwitcher(s.page);
    await s.page.locator('dialog[open] .hint', { hasText: 'None yet' }).waitFor();
    // Its old link says that it is gone.
    await gotoIdle(s.page, `${baseUrl}#story=${id}`);
    await s.page.locator('.story-error', { hasText: 'not in this browser' }).waitFor();
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('places an unplaced event from the gazetteer and another by a click on the map; the fixes survive a reload', async () => {
    const text = await get(`data/stories/${SEED}/article.txt`);
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    const id = await pasteStory(s.page, text, { published: '2020-06-16', tz: 'Asia/Seoul' });
    const before = await events(s.page);
    await s.page.locator('#tab-review').click();
    const unplaced = s.page.locator('[data-unlocated-id]');
    await unplaced.first().waitFor();
    const count = await unplaced.count();
    const first = (await unplaced.first().getAttribute('data-unlocated-id'))!;
    await unplaced.first().getByRole('button', { name: /^Place event/ }).click();
    // Search in the other romanisation: Gaeseong finds Kaesong.
    await s.page.locator('#place-search').fill('Gaeseong');
    const hit = s.page.locator('.hits button').first();
    await hit.waitFor();
    expect(await hit.textContent()).toMatch(/Kaesong/);
    await hit.click();
    await s.page.screenshot({ path: join(ARTIFACTS, 'review-placing-1280.png') });
    await s.page.getByRole('button', { name: 'Save place' }).click();
    await s.page.waitForFunction((eid) => (window as any).__events.some((e: any) => e.id === eid && e.placed_by === 'reader'), first);
    await s.page.locator('.borderline-event-popup .by-reader').waitFor();
    expect(await s.page.locator('.borderline-event-popup .by-reader').textContent()).toMatch(/Placed by the reader/);
    // The second one: a click on the map.
    await s.page.locator('#tab-review').click();
    await s.page.keyboard.press('Escape');
    const second = (await unplaced.first().getAttribute('data-unlocated-id'))!;
    await unplaced.first().getByRole('button', { name: /^Place event/ }).click();
    const box = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    await s.page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.55);
    await s.page.locator('.picker .candidate strong').waitFor();
    expect(await s.page.locator('.picker .candidate strong').textContent()).toMatch(/°N .*°E/);
    await s.page.getByRole('button', { name: 'Save place' }).click();
    await s.page.waitForFunction((eid) => (window as any).__events.some((e: any) => e.id === eid && e.placed_by === 'reader'), second);
    // The map shows a fix before IndexedDB has it (the write follows): reload once both are stored, as a reader
    // would some moments later (a reload in the same instant could cut the write short).
    const page = s.page;
    await expect.poll(() => storedFixCount(page, id), { timeout: 15_000 }).toBe(2);
    await s.page.reload();
    await s.page.waitForFunction((n) => ((window as any).__events ?? []).length === n, before.length + 2);
    const after = await events(s.page);
    expect(after.filter((e) => e.placed_by === 'reader').map((e) => e.id).sort()).toEqual([first, second].sort());
    expect(after.find((e) => e.id === first)?.place).toBe('Kaesong');
    expect(await hash(s.page)).toContain(`story=${id}`);
    await s.page.locator('#tab-review').click();
    await s.page.locator('.fixes li').nth(1).waitFor();
    expect(await s.page.locator('.fixes li').count()).toBe(2);
    expect(await unplaced.count()).toBe(count - 2);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('removes a wrong event from its popup and restores it', async () => {
    const text = await get(`data/stories/${SEED}/article.txt`);
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await pasteStory(s.page, text, { published: '2020-06-16', tz: 'Asia/Seoul' });
    const before = await events(s.page);
    const victim = before[before.length - 1];
    await s.page.locator('#tab-events').click();
    await s.page.locator(`button.event[data-event-id="${victim.id}"]`).click();
    await s.page.locator('.borderline-event-popup button.remove').click();
    await s.page.waitForFunction((eid) => !(window as any).__events.some((e: any) => e.id === eid), victim.id);
    await s.page.locator('#tab-review').click();
    await s.page.getByRole('button', { name: `Restore event ${victim.n}` }).click();
    await s.page.waitForFunction((eid) => (window as any).__events.some((e: any) => e.id === eid), victim.id);
    expect(await events(s.page)).toEqual(before);
    expect(s.pageErrors).toEqual([]);
  });

  it('reports a full storage quota and loses nothing stored', async () => {
    const text = await get(`data/stories/${YEONPYEONG}/article.txt`);
    const seed = await get(`data/stories/${SEED}/article.txt`);
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    const id = await pasteStory(s.page, text, { published: '2010-11-23', tz: 'Asia/Seoul', title: 'Stored before the quota ran out' });
    const stored = await events(s.page);
    // From now on every write is refused as a full disk would.
    await s.page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    // A fix: refused, reported, and undone on screen.
    await s.page.locator('#tab-events').click();
    await s.page.locator(`button.event[data-event-id="${stored[0].id}"]`).click();
    await s.page.locator('.borderline-event-popup button.remove').click();
    const notice = s.page.locator('aside .notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/storage for this site is full, so this was not saved\. Everything saved before is still there/);
    expect(await events(s.page)).toEqual(stored);
    // A new story: shown, said to be unsaved.
    const other = await pasteStory(s.page, seed, { published: '2020-06-16', tz: 'Asia/Seoul', title: 'Not stored' });
    expect(other).not.toBe(id);
    expect(await notice.textContent()).toMatch(/storage for this site is full/);
    await s.page.screenshot({ path: join(ARTIFACTS, 'quota-full-1280.png') });
    // After a reload (writes work again), the first story is there as it was; the second never was.
    await gotoIdle(s.page, `${baseUrl}#story=${id}`);
    await s.page.locator('#article-title', { hasText: 'Stored before the quota ran out' }).waitFor();
    expect(await events(s.page)).toEqual(stored);
    await openSwitcher(s.page);
    await s.page.locator(`dialog[open] li[data-mine="${id}"]`).waitFor();
    expect(await s.page.locator('dialog[open] li[data-mine]').count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
});
