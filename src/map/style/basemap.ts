import type { StyleSpecification } from 'maplibre-gl';

export interface BasemapOptions {
  /** Base URL (ending in '/') of the app's public folder, e.g. `import.meta.env.BASE_URL` resolved. */
  baseUrl: string;
}

/** Placeholder basemap: a sea-coloured background. Replaced by the offline basemap. */
export function basemapStyle({ baseUrl }: BasemapOptions): StyleSpecification {
  void baseUrl;
  return {
    version: 8,
    name: 'Borderline offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe9ef' } }],
  };
}
