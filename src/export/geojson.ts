// The story's events as GeoJSON: the CLI's format (a FeatureCollection of Point events plus
// `unlocated` and `story`) with the reader's fixes applied, and the article's text in a foreign
// member `article`, so that an export re-imports as the same story. RFC 7946 allows foreign members.
import * as v from 'valibot';
import type { EventCollection, StoryMeta } from '../data/types';
import { describeIssues, NonEmptyText, StoryMetaSchema } from '../data/schemas';
import { parseEventsInSlices } from '../data/load-story';
import { MAX_STORED_EVENTS, MAX_STORED_TEXT } from '../library/stored-schema';

export const EXPORT_FORMAT = 'borderline-story';
export const EXPORT_VERSION = 1;

export interface StoryExport extends EventCollection {
  story: Pick<StoryMeta, 'slug' | 'title' | 'published' | 'tz'> & Partial<Pick<StoryMeta, 'outlet' | 'url'>>;
  article: { format: typeof EXPORT_FORMAT; version: typeof EXPORT_VERSION; text: string };
}

/** Builds the export of a story whose fixes are already applied (see applyFixes). */
export function storyToGeojson(meta: StoryMeta, text: string, events: EventCollection): StoryExport {
  const story: StoryExport['story'] = { slug: meta.slug, title: meta.title, published: meta.published, tz: meta.tz, outlet: meta.outlet };
  if (meta.url) story.url = meta.url;
  return {
    type: 'FeatureCollection',
    story,
    features: events.features.map((f) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [...f.geometry.coordinates] }, properties: structuredClone(f.properties) })),
    unlocated: events.unlocated.map((u) => structuredClone(u)),
    article: { format: EXPORT_FORMAT, version: EXPORT_VERSION, text },
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** True when a parsed JSON value looks like a Borderline story export (to tell it from an article file). */
export function isStoryExport(x: unknown): boolean {
  return isObject(x) && x.type === 'FeatureCollection' && isObject(x.article) && x.article.format === EXPORT_FORMAT;
}

/** An export's shell; its events are checked one by one with the events.geojson schemas. */
const StoryExportShellSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(v.array(v.unknown()), v.maxLength(MAX_STORED_EVENTS, `holds more than ${MAX_STORED_EVENTS} events`)),
  unlocated: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_STORED_EVENTS, `holds more than ${MAX_STORED_EVENTS} events`)), []),
  story: v.optional(v.unknown()),
  article: v.object({ format: v.literal(EXPORT_FORMAT), version: v.unknown(), text: NonEmptyText(MAX_STORED_TEXT) }),
});

/**
 * Reads a story export back, through the same schemas as a built-in story's files and a stored story:
 * its metadata (a bad title, outlet or time zone is replaced, with a message), its text and its events (a
 * bad event is left out, with a message naming it and the fault).
 * @param name the file's name, for the messages
 * @throws Error in plain words when the value is not a usable export (not an export, unknown version, no text, no publication date)
 */
export async function parseStoryGeojson(
  x: unknown,
  name = 'the export',
): Promise<{ meta: Omit<StoryMeta, 'slug'>; text: string; events: EventCollection; warnings: string[] }> {
  if (!isStoryExport(x)) throw new Error('this is not a Borderline story export (a GeoJSON FeatureCollection with an "article" member)');
  const version = (x as { article: { version?: unknown } }).article.version;
  if (version !== EXPORT_VERSION)
    throw new Error(
      typeof version === 'number' && version > EXPORT_VERSION
        ? `the export was made by a newer Borderline (format ${version}; this one reads format ${EXPORT_VERSION})`
        : `export version ${JSON.stringify(version)?.slice(0, 40)} is not known`,
    );
  const r = v.safeParse(StoryExportShellSchema, x);
  if (!r.success) throw new Error(`the export cannot be read: ${describeIssues(r.issues)}`);
  const o = r.output;
  const text = o.article.text;
  const story = isObject(o.story) ? o.story : {};
  const warnings: string[] = [];
  const field = <K extends 'title' | 'outlet' | 'published' | 'tz' | 'url'>(k: K) => {
    if (story[k] === undefined) return undefined;
    const f = v.safeParse(StoryMetaSchema.entries[k], story[k]);
    if (f.success) return f.output;
    warnings.push(`${name}: story.${k}: ${describeIssues(f.issues)}; ${k === 'url' ? 'left out' : 'replaced'}`);
    return undefined;
  };
  const published = field('published');
  if (!published) throw new Error('the export has no publication date (story.published, YYYY-MM-DD)');
  const title = field('title')?.replace(/\s+/g, ' ').trim();
  const meta: Omit<StoryMeta, 'slug'> = { title: title ? title.slice(0, 300) : 'Imported story', outlet: field('outlet') ?? '', published, tz: field('tz') ?? 'Asia/Seoul' };
  const url = field('url');
  if (url !== undefined) meta.url = url;
  const events = await parseEventsInSlices({ type: 'FeatureCollection', features: o.features, unlocated: o.unlocated }, text, name);
  warnings.push(...events.problems);
  return { meta, text, events: events.data, warnings };
}
