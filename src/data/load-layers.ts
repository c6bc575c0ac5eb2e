import * as v from 'valibot';
import type { FeatureCollection } from 'geojson';
import type { LayerManifestEntry } from './types';
import { fetchData } from './fetch-json';
import { describeIssues, FeatureCollectionShellSchema, LayerFeatureSchema, LayerManifestEntrySchema, LayerManifestSchema } from './schemas';
import { DataError, itemName, parseOrThrow, type Loaded } from './validate';

export interface LoadedLayer {
  entry: LayerManifestEntry;
  data: FeatureCollection;
}

export const MANIFEST = 'layers.json';

/**
 * Checks layers.json: a file that is not a manifest throws a DataError; a bad entry, or a second entry
 * with an id already listed, is left out with a message.
 */
export function parseManifest(value: unknown, file = MANIFEST): Loaded<LayerManifestEntry[]> {
  const manifest = parseOrThrow(LayerManifestSchema, value, file);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const data: LayerManifestEntry[] = [];
  manifest.layers.forEach((raw, i) => {
    const r = v.safeParse(LayerManifestEntrySchema, raw);
    if (!r.success) return problems.push(`${file}: ${itemName('entry', i, raw)}: ${describeIssues(r.issues)}; left out`);
    const first = seen.get(r.output.id);
    if (first !== undefined) return problems.push(`${file}: entry ${i} (${r.output.id}): the id is already used by entry ${first}; left out`);
    seen.set(r.output.id, i);
    data.push(r.output);
  });
  return { data, problems };
}

/**
 * Checks one layer file: a file that is not a FeatureCollection, or has no usable feature, throws a
 * DataError; a bad feature (geometry, provenance) or a repeated feature id is dropped with a message.
 */
export function parseLayer(value: unknown, file: string): Loaded<FeatureCollection> {
  const fc = parseOrThrow(FeatureCollectionShellSchema, value, file);
  const problems: string[] = [];
  const ids = new Set<string>();
  const features: FeatureCollection['features'] = [];
  fc.features.forEach((raw, i) => {
    const r = v.safeParse(LayerFeatureSchema, raw);
    if (!r.success) return problems.push(`${file}: ${itemName('feature', i, raw)}: ${describeIssues(r.issues)}; dropped`);
    const id = r.output.properties.id;
    if (ids.has(id)) return problems.push(`${file}: feature ${i} (${id}): the id is used twice; dropped`);
    ids.add(id);
    features.push(r.output as FeatureCollection['features'][number]);
  });
  if (fc.features.length > 0 && features.length === 0) {
    // Every feature was bad: the file is broken as a whole; say why with its first fault.
    const first = problems[0].slice(file.length + 2).replace(/; dropped$/, '');
    throw new DataError(file, `${first}${problems.length > 1 ? ` (and ${problems.length - 1} more bad features)` : ''}: no usable feature`);
  }
  return { data: { type: 'FeatureCollection', features }, problems };
}

/** Loads and checks the layer manifest. */
export async function loadManifest(baseUrl: string): Promise<Loaded<LayerManifestEntry[]>> {
  return parseManifest(await fetchData(baseUrl, MANIFEST, 'json'));
}

/** Loads and checks one layer's GeoJSON; throws a DataError naming the file when nothing of it is usable. */
export async function loadLayer(baseUrl: string, entry: LayerManifestEntry): Promise<Loaded<LoadedLayer>> {
  const r = parseLayer(await fetchData(baseUrl, entry.file, 'json'), entry.file);
  return { data: { entry, data: r.data }, problems: r.problems };
}

/**
 * The layers shown at start: those the URL names that the manifest knows; the manifest's defaults when the
 * URL names none, or only ids the manifest does not know (a stale or mistyped link). `layers=` (empty) is a
 * reader's choice of no overlay and is kept.
 */
export function initialVisible(urlLayers: string[] | undefined, entries: LayerManifestEntry[]): Set<string> {
  const known = new Set(entries.map((e) => e.id));
  const defaults = entries.filter((e) => e.visible).map((e) => e.id);
  if (!urlLayers) return new Set(defaults);
  if (urlLayers.length === 0) return new Set();
  const picked = urlLayers.filter((id) => known.has(id));
  return new Set(picked.length ? picked : defaults);
}
