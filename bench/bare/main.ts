// The bare MapLibre page: the app's basemap, overlay layers and event markers (same style
// functions, same data files, same hash) with no UI, as the yardstick for the app's load time.
import { Map as MaplibreMap, setWorkerUrl, addProtocol, type GeoJSONSourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { basemapStyle } from '../../src/map/style/basemap';
import type { FontFile } from '../../src/map/style/font-files';
import { TOPOJSON_PROTOCOL, topojsonProtocol } from '../../src/map/style/topojson-protocol';
import { overlayLayers } from '../../src/map/overlays/style';
import { eventLayers, EVENT_SOURCE } from '../../src/map/events/style';
import { parseUrlState } from '../../src/state/url-state';
import type { LayerManifest } from '../../src/data/types';

// As in src/App.svelte (DEFAULT_VIEW), src/map/MapView.svelte (zoom limits) and
// src/map/events/EventLayer.svelte (cluster options); keep in step with them.
const DEFAULT_VIEW = { lng: 126.95, lat: 37.85, zoom: 7.2 };
const CLUSTER = { cluster: true, clusterRadius: 28, clusterMaxZoom: 14 };

const w = window as unknown as { __map?: MaplibreMap; __idle?: Promise<void>; __events?: unknown[]; __fatal?: string };
// The page lives at bench/bare/; the app's data/ folder two levels up.
const baseUrl = new URL('../../', window.location.href).href;
const state = parseUrlState(window.location.hash);
const view = state.view ?? DEFAULT_VIEW;

async function json<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl}data/${path}`);
  if (!res.ok) throw new Error(`bare page: data/${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function loadOverlays() {
  const manifest = await json<LayerManifest>('layers.json');
  // The layers the app shows (and so fetches) at start: the URL's list, else the manifest's defaults.
  const shown = manifest.layers.filter((e) => (state.layers ? state.layers.includes(e.id) : e.visible));
  return Promise.all(shown.map(async (entry) => ({ entry, data: await json<FeatureCollection>(entry.file) })));
}

async function loadEvents(): Promise<FeatureCollection> {
  const idx = await json<unknown>('stories/index.json');
  const list = (Array.isArray(idx) ? idx : (idx as { stories: Array<{ slug: string }> }).stories) as Array<{ slug: string }>;
  const slug = list.some((s) => s.slug === state.story) ? state.story! : list[0].slug;
  return json<FeatureCollection>(`stories/${slug}/events.geojson`);
}

// `?size=WxH` gives the map the app's map size, so that both draw the same number of pixels.
const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
if (size) Object.assign(document.getElementById('map')!.style, { width: `${size[1]}px`, height: `${size[2]}px` });

setWorkerUrl(workerUrl);
addProtocol(TOPOJSON_PROTOCOL, topojsonProtocol(baseUrl));
const map = new MaplibreMap({
  container: 'map',
  // The font list is data the app fetches before its style too.
  style: basemapStyle({ baseUrl, fonts: await json<FontFile[]>('fonts.json') }),
  center: [view.lng, view.lat],
  zoom: view.zoom,
  minZoom: 4,
  maxZoom: 14,
  attributionControl: false,
});
w.__map = map;
w.__idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));

// Fetch while the style loads, add once both are ready; a missing file leaves that part out.
const overlays = loadOverlays().catch((err) => (console.warn(String(err)), []));
const events = loadEvents().catch((err) => (console.warn(String(err)), null));
map.once('load', async () => {
  const wanted = state.layers ? new Set(state.layers) : null;
  for (const { entry, data } of await overlays) {
    const sourceId = `overlay-${entry.id}`;
    map.addSource(sourceId, { type: 'geojson', data });
    const on = wanted ? wanted.has(entry.id) : entry.visible;
    for (const layer of overlayLayers(entry, sourceId)) map.addLayer({ ...layer, layout: { ...(layer.layout ?? {}), visibility: on ? 'visible' : 'none' } } as never);
  }
  const fc = await events;
  if (fc) {
    w.__events = fc.features.map((f) => f.properties);
    map.addSource(EVENT_SOURCE, { type: 'geojson', data: fc, ...CLUSTER } as GeoJSONSourceSpecification);
    for (const layer of eventLayers(null)) map.addLayer(layer);
  }
});
