import type { LayerSpecification } from 'maplibre-gl';
import type { LayerManifestEntry } from '../../data/types';
import { overlayColours } from './palette';
import { LABEL_FONT } from '../fonts';

/** MapLibre layer ids drawn for one overlay, prefixed so that clicks can be traced back to it. */
export function overlayLayerIds(layerId: string): string[] {
  return ['fill', 'line', 'point', 'label'].map((k) => `overlay-${layerId}-${k}`);
}

/** The overlay layer whose MapLibre layer this is, or null. */
export function overlayOf(mapLayerId: string): string | null {
  const m = /^overlay-(.+)-(fill|line|point|label)$/.exec(mapLayerId);
  return m ? m[1] : null;
}

/**
 * Builds the MapLibre layers that draw one manifest entry: polygons filled and outlined,
 * lines stroked, points as circles with their names.
 */
export function overlayLayers(entry: LayerManifestEntry, sourceId: string): LayerSpecification[] {
  const c = overlayColours(entry.id);
  const [fill, line, point, label] = overlayLayerIds(entry.id);
  const isPolygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  const isLine = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
  const isPoint = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
  const layers: LayerSpecification[] = [
    {
      id: fill,
      type: 'fill',
      source: sourceId,
      filter: isPolygon as never,
      paint: { 'fill-color': c.fill, 'fill-opacity': c.fillOpacity },
    },
    {
      id: line,
      type: 'line',
      source: sourceId,
      filter: ['any', isPolygon, isLine] as never,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.line,
        'line-width': ['case', isLine, c.lineWidth, Math.max(0.8, c.lineWidth * 0.6)] as never,
        ...(c.dash ? { 'line-dasharray': c.dash } : {}),
      },
    },
    {
      id: point,
      type: 'circle',
      source: sourceId,
      filter: isPoint as never,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3, 12, 6] as never,
        'circle-color': c.fill,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: label,
      type: 'symbol',
      source: sourceId,
      filter: isPoint as never,
      minzoom: 9,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2937', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
  return layers;
}
