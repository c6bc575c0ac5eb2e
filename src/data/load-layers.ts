import type { FeatureCollection } from 'geojson';
import type { LayerManifest, LayerManifestEntry } from './types';
import { fetchData } from './fetch-json';
import { asFeatureCollection, DataError } from './validate';

export interface LoadedLayer {
  entry: LayerManifestEntry;
  data: FeatureCollection;
}

export interface LayersResult {
  layers: LoadedLayer[];
  /** One message per file that could not be used; the other layers still load. */
  errors: string[];
}

function asManifest(value: unknown): LayerManifest {
  const m = value as LayerManifest;
  if (!m || !Array.isArray(m.layers)) throw new DataError('layers.json', 'has no "layers" array');
  return m;
}

/** Loads the layer manifest and every layer it lists; a broken layer is reported and skipped. */
export async function loadLayers(baseUrl: string): Promise<LayersResult> {
  const manifest = asManifest(await fetchData(baseUrl, 'layers.json', 'json'));
  const errors: string[] = [];
  const results = await Promise.all(
    manifest.layers.map(async (entry): Promise<LoadedLayer | null> => {
      try {
        if (typeof entry.id !== 'string' || typeof entry.file !== 'string') throw new DataError('layers.json', 'an entry lacks id or file');
        const data = asFeatureCollection(await fetchData(baseUrl, entry.file, 'json'), entry.file);
        return { entry, data };
      } catch (err) {
        errors.push(err instanceof Error ? err.message : String(err));
        return null;
      }
    }),
  );
  return { layers: results.filter((r): r is LoadedLayer => r !== null), errors };
}
