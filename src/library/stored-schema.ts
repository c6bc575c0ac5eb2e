// Stories read back from the browser's storage are untrusted: another tab, an older or a newer
// Borderline, a browser extension or anyone with the developer tools can write anything there. Every
// record is checked here, at the boundary, with the data files' schemas (src/data/schemas.ts) — the same
// event checks as a built-in story's events.geojson and as an imported GeoJSON export. A record that cannot
// be used throws a StoredStoryError naming it; a bad event, fix or hint inside a usable one is dropped
// with a message, and the rest of the story shows. Loaded with the library, never at start.
import * as v from 'valibot';
import { DaySchema, describeIssues, EventCollectionShellSchema, IdSchema, InstantSchema, Int, Lat, Lon, NonEmptyText, StoryMetaSchema, Text } from '../data/schemas';
import { parseEventsInSlices } from '../data/load-story';
import type { Loaded } from '../data/validate';
import type { UnresolvedPlace } from '../review/unresolved';
import { READER_ID } from './reader-id';
import { STORED_STORY_VERSION, type ReaderFix, type StoredStory, type StoredStorySummary } from './stored-story';

/** Longest article a stored story may hold (the form takes 2 MB; an import a little more). */
export const MAX_STORED_TEXT = 5_000_000;
/** Most events (located and not) a stored story may hold. */
export const MAX_STORED_EVENTS = 100_000;

/** A stored record that cannot be used; the message starts with the story's id (or the record's key). */
export class StoredStoryError extends Error {
  constructor(
    readonly key: string,
    readonly fault: string,
  ) {
    super(`stored story ${key}: ${fault}`);
    this.name = 'StoredStoryError';
  }
}

export const ReaderIdSchema = v.pipe(v.string(), v.regex(READER_ID, "is not the id of a reader's story (mine-…)"));
const Origins = ['paste', 'txt', 'html', 'geojson', 'copy'] as const;

export const ReaderFixSchema = v.variant(
  'action',
  [
    v.object({
      action: v.literal('place'),
      event: IdSchema,
      coord: v.tuple([Lon, Lat]),
      place: NonEmptyText(500),
      place_ko: v.optional(Text(500)),
      place_id: NonEmptyText(300),
      place_kind: v.picklist(['point', 'area', 'line']),
      place_layer: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a layer id'))),
      at: InstantSchema,
    }),
    v.object({ action: v.literal('remove'), event: IdSchema, at: InstantSchema }),
  ],
  'is not a fix (action "place" or "remove")',
);

export const UnresolvedPlaceSchema = v.pipe(
  v.object({ name: NonEmptyText(300), count: Int(1), start: Int(0), end: Int(0) }),
  v.check((u) => u.start < u.end, 'has start ≥ end'),
);

export const StoredSummarySchema = v.object({
  id: ReaderIdSchema,
  title: NonEmptyText(1_000),
  outlet: Text(500),
  published: DaySchema,
  located: Int(0),
  updated: InstantSchema,
});

/** A stored story with its lists unchecked: events, fixes and hints are checked one by one. */
export const StoredStoryShellSchema = v.object({
  version: v.literal(STORED_STORY_VERSION),
  id: ReaderIdSchema,
  meta: StoryMetaSchema,
  text: NonEmptyText(MAX_STORED_TEXT),
  events: v.pipe(
    EventCollectionShellSchema,
    v.check((e) => e.features.length + e.unlocated.length <= MAX_STORED_EVENTS, `holds more than ${MAX_STORED_EVENTS} events`),
  ),
  fixes: v.pipe(v.array(v.unknown()), v.maxLength(MAX_STORED_EVENTS)),
  unresolved: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(10_000))),
  origin: v.picklist(Origins, `is not a story origin (${Origins.join(', ')})`),
  created: InstantSchema,
  updated: InstantSchema,
});

/** What the reader is told about a record's format version, or null when it is the one this app reads. */
function versionFault(version: unknown): string | null {
  if (version === STORED_STORY_VERSION) return null;
  if (version === undefined) return 'has no format version; skipped';
  if (typeof version === 'number' && Number.isInteger(version) && version > STORED_STORY_VERSION)
    return `was stored by a newer Borderline (format ${version}; this one reads format ${STORED_STORY_VERSION}); skipped`;
  return `format ${JSON.stringify(version)?.slice(0, 40)} is not known (this Borderline reads format ${STORED_STORY_VERSION}); skipped`;
}

/**
 * Checks a story read back from storage under `id`; its events are checked a thousand at a time, with the
 * main thread given back in between (a reader's story may hold ten thousand).
 * @returns the story, with each bad event, fix or hint left out and named in `problems`
 * @throws StoredStoryError when the record cannot be used at all (not an object, unknown format version,
 *   another story's id, bad metadata, no text, no event collection)
 */
export async function parseStoredStory(value: unknown, id: string): Promise<Loaded<StoredStory>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StoredStoryError(id, 'is not a stored story (not an object); skipped');
  const vf = versionFault((value as { version?: unknown }).version);
  if (vf) throw new StoredStoryError(id, vf);
  const r = v.safeParse(StoredStoryShellSchema, value);
  if (!r.success) throw new StoredStoryError(id, `${describeIssues(r.issues)}; skipped`);
  const s = r.output;
  if (s.id !== id) throw new StoredStoryError(id, `holds another story (${s.id}); skipped`);
  if (s.meta.slug !== id) throw new StoredStoryError(id, `meta.slug: is not the story's id (got ${s.meta.slug.slice(0, 40)}); skipped`);
  const name = `stored story ${id}`;
  const events = await parseEventsInSlices(s.events, s.text, name);
  const problems = [...events.problems];
  const known = new Set([...events.data.features.map((f) => f.properties.id), ...events.data.unlocated.map((u) => u.id)]);
  const fixes: ReaderFix[] = [];
  s.fixes.forEach((raw, i) => {
    const f = v.safeParse(ReaderFixSchema, raw);
    if (!f.success) problems.push(`${name}: fix ${i}: ${describeIssues(f.issues)}; dropped`);
    else if (!known.has(f.output.event)) problems.push(`${name}: fix ${i}: event ${f.output.event} is not in the story; dropped`);
    else fixes.push(f.output);
  });
  const unresolved: UnresolvedPlace[] = [];
  s.unresolved?.forEach((raw, i) => {
    const u = v.safeParse(UnresolvedPlaceSchema, raw);
    if (!u.success) problems.push(`${name}: unresolved place ${i}: ${describeIssues(u.issues)}; dropped`);
    else if (u.output.end > s.text.length) problems.push(`${name}: unresolved place ${i}: its offsets lie outside the text; dropped`);
    else unresolved.push(u.output);
  });
  const story: StoredStory = {
    version: STORED_STORY_VERSION,
    id,
    meta: s.meta,
    text: s.text,
    events: events.data,
    fixes,
    ...(s.unresolved ? { unresolved } : {}),
    origin: s.origin,
    created: s.created,
    updated: s.updated,
  };
  return { data: story, problems };
}

/** One summary record the library lists, or null; why it was skipped goes into `problems`. */
export function parseStoredSummary(value: unknown, key: string, problems: string[]): StoredStorySummary | null {
  const r = v.safeParse(StoredSummarySchema, value);
  if (r.success) return r.output;
  const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? ((value as { id: string }).id.slice(0, 80)) : key.slice(0, 80);
  problems.push(`stored story ${id}: its library entry cannot be read (${describeIssues(r.issues)}); skipped`);
  return null;
}

// ---- the schemas are the types ---------------------------------------------------------------------------
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
type Lists = 'events' | 'fixes' | 'unresolved';
export type StoredSchemaTypeChecks = [
  Assert<Equals<Out<typeof ReaderFixSchema>, ReaderFix>>,
  Assert<Equals<Out<typeof UnresolvedPlaceSchema>, UnresolvedPlace>>,
  Assert<Equals<Out<typeof StoredSummarySchema>, StoredStorySummary>>,
  Assert<Equals<Omit<Out<typeof StoredStoryShellSchema>, Lists>, Omit<StoredStory, Lists>>>,
];
