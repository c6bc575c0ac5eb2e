// The format of a reader's story as kept in the browser (IndexedDB). One module, one version
// number: a later format adds a migration here, and the schema checks (issue 11) read this type.
import type { EventCollection, StoryMeta } from '../data/types';
import type { UnresolvedPlace } from '../review/unresolved';
import { isReaderId } from './reader-id';

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks a value read back from storage and returns it typed, or throws in plain words.
 * The shape only: events are checked against the text when the story is opened.
 */
export function checkStoredStory(x: unknown): StoredStory {
  if (!isObject(x)) throw new Error('a stored story must be an object');
  if (x.version !== STORED_STORY_VERSION) throw new Error(`stored story version ${String(x.version)} is not known (expected ${STORED_STORY_VERSION})`);
  if (typeof x.id !== 'string' || !isReaderId(x.id)) throw new Error('stored story has no valid id');
  if (typeof x.text !== 'string') throw new Error(`stored story ${x.id} has no text`);
  const meta = x.meta;
  if (!isObject(meta) || typeof meta.title !== 'string' || typeof meta.published !== 'string' || typeof meta.tz !== 'string')
    throw new Error(`stored story ${x.id} has incomplete metadata`);
  const ev = x.events;
  if (!isObject(ev) || ev.type !== 'FeatureCollection' || !Array.isArray(ev.features) || !Array.isArray(ev.unlocated))
    throw new Error(`stored story ${x.id} has no event collection`);
  if (!Array.isArray(x.fixes)) throw new Error(`stored story ${x.id} has no list of fixes`);
  return x as unknown as StoredStory;
}
