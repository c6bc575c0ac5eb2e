// The format of a reader's story as kept in the browser (IndexedDB). One module, one version
// number: a later format adds a migration here. Records read back are checked by the schemas of
// stored-schema.ts, which must agree with these types (compile-time checks there).
import type { EventCollection, StoryMeta } from '../data/types';
import type { UnresolvedPlace } from '../review/unresolved';

export { isReaderId, newStoryId, READER_ID } from './reader-id';

export const STORED_STORY_VERSION = 1;

/** Where the story's text came from. */
export type StoryOrigin = 'paste' | 'txt' | 'html' | 'geojson' | 'copy';

/** A reader's fix to one event. The pipeline's events are kept as they were; fixes apply on top. */
export type ReaderFix =
  | {
      action: 'place';
      event: string;
      /** [lon, lat]. */
      coord: [number, number];
      place: string;
      place_ko?: string;
      /** A gazetteer id, or "reader:<lon>,<lat>" for a point clicked on the map. */
      place_id: string;
      place_kind: 'point' | 'area' | 'line';
      place_layer?: string;
      /** ISO time of the fix. */
      at: string;
    }
  | { action: 'remove'; event: string; at: string };

export interface StoredStory {
  version: typeof STORED_STORY_VERSION;
  /** Also the story's slug and its name in the URL: "mine-…". */
  id: string;
  meta: StoryMeta;
  /** The article's text after normaliseText(); every quote is a substring of it at its offsets. */
  text: string;
  /** The pipeline's output, untouched (fixes are applied when the story is shown or exported). */
  events: EventCollection;
  fixes: ReaderFix[];
  /** Names the text seems to give for places the gazetteer does not have (hints for the review). */
  unresolved?: UnresolvedPlace[];
  origin: StoryOrigin;
  created: string;
  updated: string;
}

/** What the library lists without reading every story's text and events. */
export interface StoredStorySummary {
  id: string;
  title: string;
  outlet: string;
  published: string;
  /** Events on the map, after the reader's fixes. */
  located: number;
  updated: string;
}

export function summarise(s: StoredStory, located: number): StoredStorySummary {
  return { id: s.id, title: s.meta.title, outlet: s.meta.outlet, published: s.meta.published, located, updated: s.updated };
}
