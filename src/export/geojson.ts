// The story's events as GeoJSON: the CLI's format (a FeatureCollection of Point events plus
// `unlocated` and `story`) with the reader's fixes applied, and the article's text in a foreign
// member `article`, so that an export re-imports as the same story. RFC 7946 allows foreign members.
import type { EventCollection, EventFeature, StoryMeta, UnlocatedEvent } from '../data/types';

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

/** Why an event of an export cannot be used, or null. */
function eventFault(p: unknown, text: string): string | null {
  if (!isObject(p)) return 'no properties';
  for (const k of ['id', 'kind', 'date_start', 'date_end', 'date_precision', 'quote'] as const) if (typeof p[k] !== 'string') return `no "${k}"`;
  for (const k of ['n', 'quote_start', 'quote_end', 'confidence', 'paragraph'] as const) if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) return `no number "${k}"`;
  if (!Array.isArray(p.passages) || !Array.isArray(p.actors)) return 'no passages or actors';
  if (text.slice(p.quote_start as number, p.quote_end as number) !== p.quote) return 'its quote is not the article text at its offsets';
  return null;
}

/**
 * Reads a story export back: its metadata, its text and its events (bad events are left out, each named in `warnings`).
 * @throws Error in plain words when the value is not a usable export
 */
export function parseStoryGeojson(x: unknown): { meta: Omit<StoryMeta, 'slug'>; text: string; events: EventCollection; warnings: string[] } {
  if (!isStoryExport(x)) throw new Error('this is not a Borderline story export (a GeoJSON FeatureCollection with an "article" member)');
  const o = x as Record<string, unknown>;
  const article = o.article as Record<string, unknown>;
  if (article.version !== EXPORT_VERSION) throw new Error(`export version ${String(article.version)} is not known`);
  if (typeof article.text !== 'string' || !article.text) throw new Error('the export has no article text');
  const story = isObject(o.story) ? o.story : {};
  const published = typeof story.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(story.published) ? story.published : null;
  if (!published) throw new Error('the export has no publication date (story.published, YYYY-MM-DD)');
  const text = article.text;
  const warnings: string[] = [];
  const features: EventFeature[] = [];
  const seen = new Set<string>();
  (Array.isArray(o.features) ? o.features : []).forEach((f: unknown, i: number) => {
    const g = isObject(f) && isObject(f.geometry) ? f.geometry : null;
    const c = g && g.type === 'Point' && Array.isArray(g.coordinates) ? (g.coordinates as unknown[]) : null;
    const fault =
      !c || typeof c[0] !== 'number' || typeof c[1] !== 'number' || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 90
        ? 'no point geometry'
        : eventFault((f as Record<string, unknown>).properties, text) ?? (typeof (f as { properties: { place?: unknown } }).properties.place !== 'string' ? 'no place' : null);
    const id = isObject(f) && isObject(f.properties) ? String(f.properties.id) : '?';
    if (fault || seen.has(id)) warnings.push(`event ${i + 1} (${id}): ${fault ?? 'duplicate id'}; left out`);
    else {
      seen.add(id);
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [c![0] as number, c![1] as number] }, properties: (f as EventFeature).properties });
    }
  });
  const unlocated: UnlocatedEvent[] = [];
  (Array.isArray(o.unlocated) ? o.unlocated : []).forEach((u: unknown, i: number) => {
    const fault = eventFault(u, text);
    const id = isObject(u) ? String(u.id) : '?';
    if (fault || seen.has(id)) warnings.push(`event without a place ${i + 1} (${id}): ${fault ?? 'duplicate id'}; left out`);
    else {
      seen.add(id);
      unlocated.push({ ...(u as UnlocatedEvent), place: null, place_id: null });
    }
  });
  const str = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : fallback);
  const meta: Omit<StoryMeta, 'slug'> = {
    title: str(story.title, 'Imported story'),
    outlet: str(story.outlet, ''),
    published,
    tz: str(story.tz, 'Asia/Seoul'),
  };
  if (typeof story.url === 'string') meta.url = story.url.slice(0, 2000);
  return { meta, text, events: { type: 'FeatureCollection', features: features.sort((a, b) => a.properties.n - b.properties.n), unlocated }, warnings };
}
