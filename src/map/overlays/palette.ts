// Colours of the overlay layers, in one place. Chosen for contrast on the light basemap
// and to stay apart for the commonest colour-vision deficiencies (red/green pairs avoided
// between neighbouring zones).
export interface OverlayColours {
  fill: string;
  line: string;
  fillOpacity: number;
  dash?: number[];
  lineWidth: number;
}

const DEFAULT: OverlayColours = { fill: '#6b7280', line: '#374151', fillOpacity: 0.15, lineWidth: 1.5 };

export const OVERLAY_PALETTE: Record<string, OverlayColours> = {
  kaesong: { fill: '#7c3aed', line: '#5b21b6', fillOpacity: 0.25, lineWidth: 1.5 },
  seoul: { fill: '#2563eb', line: '#1d4ed8', fillOpacity: 0.06, lineWidth: 1.5 },
  mdl: { fill: '#b91c1c', line: '#b91c1c', fillOpacity: 0, lineWidth: 2.5, dash: [4, 2] },
  dmz: { fill: '#dc2626', line: '#991b1b', fillOpacity: 0.22, lineWidth: 1 },
  'cma-ground-buffer': { fill: '#ea580c', line: '#c2410c', fillOpacity: 0.1, lineWidth: 1, dash: [3, 2] },
  'cma-no-fly': { fill: '#ca8a04', line: '#a16207', fillOpacity: 0.05, lineWidth: 1, dash: [1, 2] },
  'cma-maritime-buffer': { fill: '#0891b2', line: '#0e7490', fillOpacity: 0.16, lineWidth: 1 },
  nll: { fill: '#1e3a8a', line: '#1e3a8a', fillOpacity: 0, lineWidth: 2, dash: [5, 3] },
  'demilitarised-zones': { fill: '#059669', line: '#047857', fillOpacity: 0.2, lineWidth: 1.2 },
  'leaflet-launch': { fill: '#c026d3', line: '#a21caf', fillOpacity: 0.3, lineWidth: 1.5 },
};

export function overlayColours(layerId: string): OverlayColours {
  return OVERLAY_PALETTE[layerId] ?? DEFAULT;
}
