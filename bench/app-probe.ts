// In-page measurements of the app's interactions: marker click → popup, layer toggle → idle.
import type { Page } from 'playwright-core';

type MapLike = {
  once(ev: string, fn: () => void): void;
  getCanvas(): HTMLCanvasElement;
  project(c: [number, number]): { x: number; y: number };
  queryRenderedFeatures(o: { layers: string[] }): Array<{ geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }>;
  getSource(id: string): { getClusterExpansionZoom(id: number): Promise<number> };
  getMaxZoom(): number;
  jumpTo(o: { center: [number, number]; zoom: number }): void;
  loaded(): boolean;
  areTilesLoaded(): boolean;
  isMoving(): boolean;
  triggerRepaint(): void;
};
type W = { __map: MapLike; __t0?: number; __t1?: number };

/** Resolves when the map is idle (now, or at its next `idle`). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as W).__map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Finds an event marker to click, zooming into clusters (as a reader would) until a single
 * marker shows; returns its page coordinates, or a cluster's when events share one place.
 */
export async function findMarker(page: Page): Promise<{ x: number; y: number; kind: 'event' | 'cluster' } | null> {
  return page.evaluate(async () => {
    const map = (window as unknown as W).__map;
    const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
    const rect = map.getCanvas().getBoundingClientRect();
    const onScreen = (c: [number, number]) => {
      const p = map.project(c);
      return p.x > 40 && p.y > 40 && p.x < rect.width - 40 && p.y < rect.height - 40 ? { x: rect.left + p.x, y: rect.top + p.y } : null;
    };
    for (let i = 0; i < 8; i++) {
      for (const f of map.queryRenderedFeatures({ layers: ['events-point'] })) {
        const at = onScreen(f.geometry.coordinates);
        if (at) return { ...at, kind: 'event' as const };
      }
      const cluster = map.queryRenderedFeatures({ layers: ['events-cluster'] }).find((f) => onScreen(f.geometry.coordinates));
      if (!cluster) return null;
      const zoom = await map.getSource('events').getClusterExpansionZoom(cluster.properties.cluster_id as number);
      if (zoom > map.getMaxZoom()) return { ...onScreen(cluster.geometry.coordinates)!, kind: 'cluster' as const };
      const done = idle();
      map.jumpTo({ center: cluster.geometry.coordinates, zoom });
      await done;
    }
    return null;
  });
}

/** Clicks at (x, y) and returns ms from the mousedown to the first frame with a popup in the DOM. */
export async function clickToPopup(page: Page, x: number, y: number, timeoutMs = 10_000): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__t0 = undefined;
    w.__t1 = undefined;
    document.addEventListener('mousedown', (e) => (w.__t0 = e.timeStamp), { capture: true, once: true });
    const obs = new MutationObserver(() => {
      if (!document.querySelector('.maplibregl-popup')) return;
      obs.disconnect();
      requestAnimationFrame(() => (w.__t1 = performance.now()));
    });
    obs.observe(document.body, { childList: true, subtree: true });
  });
  await page.mouse.click(x, y);
  await page.waitForFunction(() => (window as unknown as W).__t1 !== undefined, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => {
    const w = window as unknown as W;
    return w.__t1! - w.__t0!;
  });
}

/** Clicks a layer checkbox and returns ms from the click to the map's next `idle`. */
export async function toggleToIdle(page: Page, layerId: string, timeoutMs = 30_000): Promise<number> {
  await settle(page);
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__t0 = undefined;
    w.__t1 = undefined;
    document.addEventListener(
      'click',
      (e) => {
        w.__t0 = e.timeStamp;
        w.__map.once('idle', () => (w.__t1 = performance.now()));
      },
      { capture: true, once: true },
    );
  });
  await page.locator(`input[data-layer-id="${layerId}"]`).click();
  await page.waitForFunction(() => (window as unknown as W).__t1 !== undefined, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => {
    const w = window as unknown as W;
    return w.__t1! - w.__t0!;
  });
}
