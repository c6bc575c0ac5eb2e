// Builds every output of `npm run geo` in memory: path (relative to the repo root) → file text.
// Pure apart from reading geo/sources and geo/gazetteer, so tests can rebuild and compare bytes.
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerManifest, LayerManifestEntry } from '../../src/data/types.ts';
import { stableStringify } from '../lib/stableStringify.ts';
import { validateCollection } from '../lib/validateCollection.ts';
import { buildGazetteer } from './buildGazetteer.ts';
import { buildLayers } from './buildLayers.ts';
import { ROOT, readSources } from './readSources.ts';

const geometryOf = (fc: FeatureCollection<Geometry>): LayerManifestEntry['geometry'] => {
  const kinds = new Set(fc.features.map((f) => f.geometry.type.replace(/^Multi/, '')));
  return kinds.size === 1 ? ([...kinds][0] as LayerManifestEntry['geometry']) : 'mixed';
};

export function buildAll({ root = ROOT }: { root?: string } = {}): Map<string, string> {
  const sources = readSources(join(root, 'geo', 'sources'));
  const layers = buildLayers(sources);
  const out = new Map<string, string>();
  const rounded = new Map<string, FeatureCollection<Geometry>>();
  const entries: LayerManifestEntry[] = [];
  for (const { entry, fc } of layers) {
    const file = `layers/${entry.id}.geojson`;
    // Round first (≤ 6 decimals), then validate what will be written; winding is fixed here.
    const r = JSON.parse(stableStringify(fc)) as FeatureCollection<Geometry>;
    validateCollection(r, `public/data/${file}`);
    rounded.set(entry.id, r);
    out.set(`public/data/${file}`, stableStringify(r));
    entries.push({ ...entry, file, geometry: geometryOf(r), count: r.features.length });
  }
  const manifest: LayerManifest = { generated_by: 'npm run geo (geo/build/index.ts)', layers: entries };
  out.set('public/data/layers.json', stableStringify(manifest));
  const gazetteer = buildGazetteer(sources, rounded, join(root, 'geo', 'gazetteer'));
  out.set('public/data/gazetteer.json', stableStringify(gazetteer, { decimals: 5 }));
  return out;
}
