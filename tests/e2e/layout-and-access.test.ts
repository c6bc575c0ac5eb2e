import { afterEach, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, gotoIdle, nextIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

describe('layout, keyboard and fallbacks', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('pans by dragging and by the keyboard', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    const center = () => s!.page.evaluate(() => (window as any).__map.getCenter().toArray() as [number, number]);
    const canvas = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const before = await center();
    const x = canvas.x + canvas.width / 2;
    const y = canvas.y + canvas.height / 2;
    await s.page.mouse.move(x, y);
    await s.page.mouse.down();
    for (let i = 1; i <= 10; i++) await s.page.mouse.move(x - i * 20, y - i * 10);
    await s.page.mouse.up();
    await nextIdle(s.page);
    const dragged = await center();
    expect(dragged[0]).toBeGreaterThan(before[0]); // dragged left → view moves east
    expect(dragged[1]).toBeLessThan(before[1]); // dragged up → view moves south
    await s.page.locator('.maplibregl-canvas').focus();
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    await nextIdle(s.page);
    const keyed = await center();
    expect(keyed[0]).toBeGreaterThan(dragged[0]);
  });

  it('works from the keyboard: Tab to the events, Enter opens, arrows step, Escape closes', async () => {
    s = await openSession(baseUrl);
    await gotoIdle(s.page, baseUrl);
    await s.page.locator('#tab-events').click();
    const first = s.page.locator('button.event').first();
    // Tab from the tab bar reaches the first event.
    await s.page.locator('#tab-events').focus();
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await s.page.keyboard.press('Tab');
      reached = await first.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const visibleFocus = await first.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');
    expect(visibleFocus).toBe(true);
    await s.page.keyboard.press('Enter');
    const id0 = await first.getAttribute('data-event-id');
    await s.page.locator(`.borderline-event-popup [data-event-id="${id0}"]`).waitFor({ state: 'visible' });
    // The popup took focus; go back to the list and step with the arrow key.
    await first.focus();
    await s.page.keyboard.press('ArrowDown');
    const id1 = await s.page.locator('button.event').nth(1).getAttribute('data-event-id');
    await s.page.locator(`.borderline-event-popup [data-event-id="${id1}"]`).waitFor({ state: 'visible' });
    await s.page.keyboard.press('Escape');
    await s.page.locator('.borderline-event-popup').waitFor({ state: 'detached' });
  });

  it('lays out on a phone (390×844) with map, timeline and the panel as a bottom sheet', async () => {
    s = await openSession(baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await gotoIdle(s.page, baseUrl);
    await nextIdle(s.page);
    const map = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const panel = (await s.page.locator('aside.panel').boundingBox())!;
    const timeline = (await s.page.locator('.timeline').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(380);
    expect(map.height).toBeGreaterThan(250);
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(panel.y + 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(845);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Opening a popup moves nothing on the page.
    const before = await s.page.locator('aside.panel').boundingBox();
    await s.page.locator('[data-passage-of]').first().click();
    await s.page.locator('.borderline-event-popup').waitFor({ state: 'visible' });
    expect(await s.page.locator('aside.panel').boundingBox()).toEqual(before);
    await s.page.waitForFunction(() => !(window as any).__map.isMoving());
    await nextIdle(s.page);
    await s.page.screenshot({ path: join(ARTIFACTS, 'phone-390.png') });
    expect(s.pageErrors).toEqual([]);
  });

  it('without WebGL says so, and the article and events still work', async () => {
    s = await openSession(baseUrl, { args: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] });
    await s.page.goto(baseUrl);
    const alert = s.page.locator('.fatal[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/WebGL/);
    await s.page.locator('#article-title').waitFor();
    await s.page.locator('#tab-events').click();
    const first = s.page.locator('button.event').first();
    await first.click();
    expect(await first.getAttribute('aria-current')).toBe('true');
    await s.page.screenshot({ path: join(ARTIFACTS, 'no-webgl.png') });
    expect(s.pageErrors).toEqual([]);
  });
});
