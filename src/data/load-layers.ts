import type { FeatureCollection } from 'geojson';
import type { LayerManifest, LayerManifestEntry } from './types';
import { fetchData } from './fetch-json';
import { asFeatureCollection, DataError } from './validate';

export interface LoadedLayer {
  entry: LayerManifestEntry;
  data: FeatureCollection;
}

function asManifest(value: unknown): LayerManifest {
  const m = value as LayerManifest;
  if (!m || !Array.isArray(m.layers)) throw new DataError('layers.json', 'has no "layers" array');
  return m;
}

/** Loads the layer manifest; entries without an id or a file are reported and left out. */
export async function loadManifest(baseUrl: string): Promise<{ entries: LayerManifestEntry[]; errors: string[] }> {
  const manifest = asManifest(await fetchData(baseUrl, 'layers.json', 'json'));
  const errors: string[] = [];
  const entries = manifest.layers.filter((e, i) => {
    const ok = !!e && typeof e.id === 'string' && typeof e.file === 'string';
    if (!ok) errors.push(`layers.json: entry ${i} lacks an id or a file`);
    return ok;
  });
  return { entries, errors };
}

/** Loads one layer's GeoJSON; throws a DataError naming the file, the feature and the fault. */
export async function loadLayer(baseUrl: string, entry: LayerManifestEntry): Promise<LoadedLayer> {
  return { entry, data: asFeatureCollection(await fetchData(baseUrl, entry.file, 'json'), entry.file) };
}
