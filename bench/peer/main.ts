// The Leaflet peer: the same synthetic events as DOM markers in leaflet.markercluster, over the
// basemap's GeoJSON drawn with L.geoJSON, at the app's opening view. Sets __bench.ready when drawn.
import * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { FeatureCollection, Point } from 'geojson';
import { basemapStyle } from '../../src/map/style/basemap';
import { parseUrlState } from '../../src/state/url-state';

// leaflet.markercluster is a UMD script that extends a global L; the ES module namespace is frozen.
const L = { ...Leaflet } as typeof Leaflet;
(window as unknown as { L: typeof Leaflet }).L = L;
await import('leaflet.markercluster');

const w = window as unknown as { __leaflet?: Leaflet.Map; __bench?: { ready?: number }; __events?: unknown[] };
const baseUrl = new URL('../../', window.location.href).href;
const state = parseUrlState(window.location.hash);
const view = state.view ?? { lng: 126.95, lat: 37.85, zoom: 7.2 };

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`peer page: ${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

// `?size=WxH` gives the map the app's map size, so that both draw the same number of pixels.
const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
if (size) Object.assign(document.getElementById('map')!.style, { width: `${size[1]}px`, height: `${size[2]}px` });

// MapLibre zooms count 512 px tiles, Leaflet's 256 px ones: the same view is one zoom level up.
const map = L.map('map', { zoomSnap: 0, maxZoom: 15, minZoom: 5, preferCanvas: true, attributionControl: false }).setView([view.lat, view.lng], view.zoom + 1);
w.__leaflet = map;

// The basemap's GeoJSON sources, drawn plainly (Leaflet has no style spec).
const style = basemapStyle({ baseUrl, fonts: [] });
for (const src of Object.values(style.sources)) {
  if (src.type !== 'geojson') continue;
  // A missing basemap file is left out, as MapLibre does in the app.
  const data = typeof src.data === 'string' ? await json<FeatureCollection>(new URL(src.data, baseUrl).href).catch((err) => (console.warn(String(err)), null)) : (src.data as FeatureCollection);
  if (!data) continue;
  L.geoJSON(data, {
    style: { color: '#8a9aa6', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
    // Label points as small dots on the canvas (Leaflet's default marker wants an image file).
    pointToLayer: (_f, at) => L.circleMarker(at, { radius: 2 }),
  }).addTo(map);
}

const slug = state.story;
if (!slug) throw new Error('peer page: give the story in the hash, e.g. #story=bench-1000');
const fc = await json<FeatureCollection<Point, { id: string; n: number; place: string }>>(`${baseUrl}data/stories/${slug}/events.geojson`);
w.__events = fc.features.map((f) => f.properties);
// The same cluster radius as the app (clusterRadius 28 px) rather than the plugin default of 80.
const group = L.markerClusterGroup({ maxClusterRadius: 28 });
const icon = (n: number) => L.divIcon({ className: 'bench-marker', html: String(n), iconSize: [24, 24] });
group.addLayers(fc.features.map((f) => L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { icon: icon(f.properties.n), title: f.properties.place })));
map.addLayer(group);
// Ready once the browser has painted the markers: two animation frames after adding them.
requestAnimationFrame(() => requestAnimationFrame(() => (w.__bench = { ...(w.__bench ?? {}), ready: performance.now() })));
