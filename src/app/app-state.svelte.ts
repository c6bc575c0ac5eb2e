// The app's shared state, composed of one state module per concern; App.svelte lays it out.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { LayerState } from '../layers/layer-state.svelte';
import type { StoryLibrary } from '../library/library.svelte';
import { StorySession } from '../story/story-session.svelte';
import { EditState } from '../review/edit-state.svelte';
import { formatUrlState, parseUrlState, type UrlState } from '../state/url-state';
import type { PipelineClient } from '../worker/pipeline-client';
import type { EventProps } from '../data/types';
import type { StoredStory } from '../library/stored-story';

export type Tab = 'article' | 'events' | 'review' | 'layers' | 'share';
export type Dialog = 'new' | 'stories' | null;

const day = (t: number | null) => (t === null ? undefined : new Date(t).toISOString().slice(0, 10));

export class AppState {
  readonly baseUrl: string;
  readonly initial: UrlState;
  readonly layers: LayerState;
  readonly session: StorySession;
  readonly edit = new EditState();
  map = $state.raw<MaplibreMap | null>(null);
  tab = $state<Tab>('article');
  dialog = $state<Dialog>(null);
  /** A file dropped on the page, for the new-story dialog to read when it opens. */
  pendingFile = $state.raw<File | null>(null);
  /** Set before a selection that should move the camera (article click, story mode). */
  readonly flyOnSelect = { value: false };

  constructor(baseUrl: string, hash: string) {
    this.baseUrl = baseUrl;
    this.initial = parseUrlState(hash);
    this.layers = new LayerState(baseUrl);
    this.session = new StorySession(baseUrl, () => this.library());
  }

  get story() {
    return this.session.story;
  }

  /** Every data problem the reader is told of (layers, the story index, the open story), one message each. */
  get problems(): string[] {
    return [...this.layers.errors, ...this.session.problems];
  }

  /** Loads the manifest and the story the URL names, with its selection and time range. */
  async start(): Promise<void> {
    const init = this.initial;
    void this.layers.loadManifest(init.layers);
    await this.session.open(init.story);
    const story = this.story;
    story.from = init.from ? Date.parse(`${init.from}T00:00:00Z`) : null;
    story.to = init.to ? Date.parse(`${init.to}T23:59:59Z`) : null;
    if (init.event) {
      this.flyOnSelect.value = !init.view;
      story.select(init.event);
    }
  }

  pick(id: string) {
    this.flyOnSelect.value = true;
    this.story.select(id);
  }

  step(dir: 1 | -1) {
    this.flyOnSelect.value = true;
    this.story.step(dir);
  }

  urlState(): UrlState {
    const map = this.map;
    const c = map?.getCenter();
    const story = this.story;
    return {
      story: story.story?.meta.slug,
      view: c && map ? { lng: c.lng, lat: c.lat, zoom: map.getZoom() } : this.initial.view,
      layers: this.layers.manifest.length ? this.layers.order.filter((id) => this.layers.visible.has(id)) : this.initial.layers,
      event: story.selectedId ?? undefined,
      from: day(story.from),
      to: day(story.to),
    };
  }

  /** Writes the state into the URL, replacing the current history entry. */
  writeUrl() {
    const hash = formatUrlState(this.urlState());
    if (hash !== window.location.hash) history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }

  /** Frames the open story's located events (those on the peninsula, when there are any: not a far-off summit). */
  frameStory() {
    const map = this.map;
    const all = this.story.events;
    const near = all.filter(({ geometry: { coordinates: [x, y] } }) => x >= 123 && x <= 132 && y >= 33 && y <= 43.5);
    const fs = near.length ? near : all;
    if (!map || !fs.length) return;
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const f of fs) {
      const [x, y] = f.geometry.coordinates;
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 800;
    map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: 10, duration });
  }

  /** A new history entry naming a story, made before it opens: the entry left behind keeps the old one. */
  #pushStory(id: string) {
    const hash = formatUrlState({ ...this.urlState(), story: id, event: undefined, from: undefined, to: undefined });
    history.pushState(null, '', hash);
  }

  /** Opens a story from the switcher and names it in the URL (back returns to the one before). */
  async openStory(id: string) {
    this.edit.cancel();
    this.dialog = null;
    this.#pushStory(id);
    await this.session.open(id);
    this.tab = 'article';
    this.frameStory();
    this.writeUrl();
  }

  /** Stores a new story of the reader (a failure to store is reported, the story shown all the same) and opens it. */
  async addStory(s: StoredStory) {
    this.edit.cancel();
    this.#pushStory(s.id);
    await this.session.add(s);
    this.dialog = null;
    this.tab = 'article';
    this.frameStory();
    this.writeUrl();
  }

  /** The back and forward buttons, or a hand-edited URL, may name another story. */
  async onHashChange() {
    const next = parseUrlState(window.location.hash);
    if (next.story && next.story !== this.story.story?.meta.slug) {
      this.edit.cancel();
      await this.session.open(next.story);
      this.frameStory();
      this.writeUrl();
    }
  }

  #library: Promise<StoryLibrary> | null = null;
  /** The reader's story library (IndexedDB), loaded on first use. */
  library(): Promise<StoryLibrary> {
    this.#library ??= Promise.all([import('../library/library.svelte'), import('../library/idb-store')]).then(
      ([l, idb]) => new l.StoryLibrary(async () => idb.idbStore()),
    );
    return this.#library;
  }

  #client: Promise<PipelineClient> | null = null;
  /** The pipeline worker's client, loaded on first use. */
  client(): Promise<PipelineClient> {
    this.#client ??= import('../worker/pipeline-client').then((m) => m.pipelineClient(this.baseUrl));
    return this.#client;
  }

  /** Starts giving a place to an event (unlocated) or moving its marker. */
  startPlacing(p: Pick<EventProps, 'id' | 'n' | 'quote'>) {
    const located = this.story.events.find((e) => e.properties.id === p.id);
    const props = located?.properties;
    this.edit.start(
      { id: p.id, n: p.n, mode: located ? 'move' : 'place', quote: p.quote },
      located && props
        ? {
            coord: [located.geometry.coordinates[0], located.geometry.coordinates[1]],
            place: props.place,
            place_id: props.place_id,
            place_kind: props.place_kind,
            ...(props.place_ko ? { place_ko: props.place_ko } : {}),
            ...(props.place_layer ? { place_layer: props.place_layer } : {}),
          }
        : null,
    );
    this.story.select(null);
    this.tab = 'review';
  }

  async saveEdit(): Promise<boolean> {
    const fix = this.edit.fix();
    if (!fix) return false;
    const ok = await this.session.fix(fix);
    if (ok || this.session.unsaved) {
      this.edit.cancel();
      this.pick(fix.event);
    }
    return ok;
  }

  removeEvent(id: string) {
    return this.session.fix({ action: 'remove', event: id, at: new Date().toISOString() });
  }
}
