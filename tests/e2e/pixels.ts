import type { Page } from 'playwright-core';

export type RGBA = [number, number, number, number];

/** Decodes a PNG screenshot in the page, onto a 2D canvas, and returns a handle to its pixels. */
function decoded(page: Page, png: Buffer) {
  return page.evaluateHandle(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, c.width, c.height);
  }, png.toString('base64'));
}

/** Reads pixels of a real screenshot (what the reader sees). */
export async function screenshotPixels(page: Page, points: { x: number; y: number }[]): Promise<RGBA[]> {
  const img = await decoded(page, await page.screenshot());
  return img.evaluate((im, pts) =>
    pts.map(({ x, y }) => {
      const i = (Math.round(y) * im.width + Math.round(x)) * 4;
      return [im.data[i], im.data[i + 1], im.data[i + 2], im.data[i + 3]] as RGBA;
    }), points);
}

/** Counts dark pixels (text-like: luma under 110) in a page-pixel box of a screenshot. */
export async function darkPixels(page: Page, box: { x: number; y: number; w: number; h: number }): Promise<number> {
  const img = await decoded(page, await page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } }));
  return img.evaluate((im) => {
    let n = 0;
    for (let i = 0; i < im.data.length; i += 4) if (0.299 * im.data[i] + 0.587 * im.data[i + 1] + 0.114 * im.data[i + 2] < 110) n++;
    return n;
  });
}

export function hex(c: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  if (!m) throw new Error(`not a #rrggbb colour: ${c}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

export function near(px: RGBA, c: [number, number, number], tol = 6): boolean {
  return Math.abs(px[0] - c[0]) <= tol && Math.abs(px[1] - c[1]) <= tol && Math.abs(px[2] - c[2]) <= tol;
}

/** Page pixel of a [lng, lat] on the map. */
export async function toPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as any).__map;
    const r = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}
