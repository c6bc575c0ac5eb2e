import type { Map as MaplibreMap } from 'maplibre-gl';

/** Hooks for browser tests and the bench, documented in the README. */
export interface BorderlineHooks {
  __map?: MaplibreMap;
  __events?: unknown[];
  /** The id (slug) of the story whose events __events holds. */
  __story?: string;
  /** Resolves at the map's first `idle`. */
  __idle?: Promise<void>;
  /** Last fatal error shown to the reader (e.g. no WebGL). */
  __fatal?: string;
}

export const hooks = globalThis as unknown as BorderlineHooks;
