// The overlay layers of public/data/layers.json: the manifest, which are shown, and the files,
// each fetched the first time it is shown (or when the popups measure from it).
import type { Feature, LineString, MultiLineString } from 'geojson';
import { initialVisible, loadLayer, loadManifest, type LoadedLayer } from '../data/load-layers';
import type { LayerManifestEntry } from '../data/types';
import type { FactContext } from '../story/facts';

/** Layers the popup facts measure from ("4 km north of the MDL · 52 km from Seoul City Hall"). */
const FACT_LAYERS = ['mdl', 'seoul'];

export class LayerState {
  /** Every layer of layers.json. */
  manifest = $state.raw<LayerManifestEntry[]>([]);
  layers = $state.raw<LoadedLayer[]>([]);
  failed = $state.raw<Set<string>>(new Set());
  visible = $state.raw<Set<string>>(new Set());
  errors = $state.raw<string[]>([]);
  #requested = new Set<string>();
  #baseUrl: string;

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  order = $derived(this.manifest.map((e) => e.id));

  factContext: FactContext = $derived.by(() => {
    const mdl = this.layers.find((l) => l.entry.id === 'mdl')?.data.features.find((f) => /LineString/.test(f.geometry?.type ?? '')) as
      | Feature<LineString | MultiLineString>
      | undefined;
    const hall = this.layers
      .find((l) => l.entry.id === 'seoul')
      ?.data.features.find((f) => f.geometry?.type === 'Point' && /city-hall/.test(String(f.properties?.id)));
    return {
      mdl: mdl ?? null,
      references: hall && hall.geometry.type === 'Point' ? [{ name: 'Seoul City Hall', coord: hall.geometry.coordinates }] : [],
    };
  });

  report(message: string) {
    this.errors = [...this.errors, message];
  }

  /**
   * Loads the manifest (bad or repeated entries are left out, each with a message); `initial` (from the URL)
   * picks the visible layers, else — or when it names none the manifest knows — the manifest's defaults.
   */
  async loadManifest(initial: string[] | undefined): Promise<void> {
    try {
      const r = await loadManifest(this.#baseUrl);
      this.manifest = r.data;
      this.errors = [...this.errors, ...r.problems];
      this.visible = initialVisible(initial, r.data);
      this.fetchNeeded();
    } catch (err) {
      this.report(`Map layers: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Fetches each layer the first time it is shown. A bad feature is dropped with a message; a file with
   * nothing usable is reported once and its toggle disabled.
   */
  fetchNeeded() {
    for (const entry of this.manifest) {
      if (this.#requested.has(entry.id) || !(this.visible.has(entry.id) || FACT_LAYERS.includes(entry.id))) continue;
      this.#requested.add(entry.id);
      loadLayer(this.#baseUrl, entry).then(
        (l) => {
          this.layers = [...this.layers, l.data];
          if (l.problems.length) this.errors = [...this.errors, ...l.problems];
        },
        (err) => {
          this.failed = new Set([...this.failed, entry.id]);
          this.report(err instanceof Error ? err.message : String(err));
        },
      );
    }
  }

  toggle(id: string, on: boolean) {
    const next = new Set(this.visible);
    if (on) next.add(id);
    else next.delete(id);
    this.visible = next;
    this.fetchNeeded();
  }

  /** Shows a layer an event is placed on (an area or a line), if the manifest has it. */
  reveal(id: string | undefined) {
    if (id && this.manifest.some((e) => e.id === id) && !this.visible.has(id)) this.toggle(id, true);
  }
}
