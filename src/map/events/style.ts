import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../fonts';
import { KIND_STYLE } from './kinds';

export const EVENT_SOURCE = 'events';
export const EVENT_LAYERS = {
  cluster: 'events-cluster',
  clusterCount: 'events-cluster-count',
  point: 'events-point',
  number: 'events-number',
  selected: 'events-selected',
} as const;

/** Markers are clickable: the layers a click on the canvas is tested against. */
export const EVENT_CLICK_LAYERS = [EVENT_LAYERS.cluster, EVENT_LAYERS.point, EVENT_LAYERS.number];

const kindColour = ['match', ['get', 'kind'], ...Object.entries(KIND_STYLE).flatMap(([k, v]) => [k, v.colour]), KIND_STYLE.other.colour];

/** Event markers: clusters with a count, numbered circles coloured by kind, a ring on the selected one. */
export function eventLayers(selectedId: string | null): LayerSpecification[] {
  const isCluster = ['has', 'point_count'];
  return [
    {
      id: EVENT_LAYERS.cluster,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: isCluster as never,
      paint: {
        'circle-color': '#1d232a',
        'circle-radius': ['step', ['get', 'point_count'], 15, 5, 18, 50, 22, 500, 28] as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: EVENT_LAYERS.clusterCount,
      type: 'symbol',
      source: EVENT_SOURCE,
      filter: isCluster as never,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [LABEL_FONT],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: EVENT_LAYERS.selected,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['all', ['!', isCluster], ['==', ['get', 'id'], selectedId ?? '']] as never,
      paint: {
        'circle-radius': 18,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#0b57d0',
        'circle-stroke-width': 3,
      },
    },
    {
      id: EVENT_LAYERS.point,
      type: 'circle',
      source: EVENT_SOURCE,
      filter: ['!', isCluster] as never,
      paint: {
        'circle-color': kindColour as never,
        'circle-radius': 12,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: EVENT_LAYERS.number,
      type: 'symbol',
      source: EVENT_SOURCE,
      filter: ['!', isCluster] as never,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

/** Filter for the selection ring, updated without rebuilding the layers. */
export function selectedFilter(selectedId: string | null) {
  return ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], selectedId ?? '']];
}
