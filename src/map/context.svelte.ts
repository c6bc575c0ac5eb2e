import { getContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

const KEY = Symbol('borderline.map');

/** Shares the MapLibre instance with the components that draw on it. */
export class MapContext {
  map = $state<MaplibreMap | null>(null);
  /** True once the style has loaded; components add sources and layers only after it. */
  loaded = $state(false);
}

export function setMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('getMapContext() must be called inside a <MapView>');
  return ctx;
}
