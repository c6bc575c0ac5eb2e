// What the page does when the map starts or fails: the test hooks (README, "Test hooks"), the
// attribution folded, and a plain message when the map cannot be drawn.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { hooks } from '../lib/test-hooks';
import { hasWebGL2 } from '../lib/webgl';

export const NO_WEBGL = 'this browser cannot draw the map (WebGL 2 is not available). The article and its events are still here.';

export interface MapStart {
  /** The message shown instead of the map, or null. */
  fatal: string | null;
  ready(map: MaplibreMap): void;
  failed(message: string): string;
}

export function mapStart(): MapStart {
  let resolveIdle: () => void = () => {};
  hooks.__idle = new Promise<void>((r) => (resolveIdle = r));
  const webgl = hasWebGL2();
  if (!webgl) {
    hooks.__fatal = NO_WEBGL;
    resolveIdle();
  }
  return {
    fatal: webgl ? null : NO_WEBGL,
    ready(map) {
      hooks.__map = map;
      // MapLibre opens the compact attribution at start and on every resize (a panel or the
      // timeline changing height); keep it folded behind its (i) button.
      const fold = () => map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      map.on('resize', () => queueMicrotask(fold));
      map.once('idle', () => {
        fold();
        resolveIdle();
      });
    },
    failed(message) {
      const fatal = `the map could not start (${message}). The article and its events are still here.`;
      hooks.__fatal = fatal;
      resolveIdle();
      return fatal;
    },
  };
}
