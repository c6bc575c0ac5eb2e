import type { Point } from 'geojson';
import type { EventCollection, EventProps, StoryMeta } from './types';
import { fetchData } from './fetch-json';
import { asFeatureCollection, DataError } from './validate';

export interface StoryIndexEntry {
  slug: string;
  title: string;
  outlet: string;
  published: string;
}

export interface LoadedStory {
  meta: StoryMeta;
  text: string;
  events: EventCollection;
}

export async function loadStoryIndex(baseUrl: string): Promise<StoryIndexEntry[]> {
  const idx = await fetchData(baseUrl, 'stories/index.json', 'json');
  const list = Array.isArray(idx) ? idx : (idx as { stories?: unknown })?.stories;
  if (!Array.isArray(list) || list.length === 0) throw new DataError('stories/index.json', 'lists no story');
  return list as StoryIndexEntry[];
}

/** Keeps only events whose quote really is the article's text at its offsets: a stale file must not misquote. */
function checkQuotes(text: string, events: EventCollection, file: string): string[] {
  const bad: string[] = [];
  events.features = events.features.filter((f) => {
    const p = f.properties;
    const ok = typeof p?.quote === 'string' && text.slice(p.quote_start, p.quote_end) === p.quote;
    if (!ok) bad.push(`${file}: event ${String(p?.id)} does not quote the article at its offsets; hidden`);
    return ok;
  });
  return bad;
}

export async function loadStory(baseUrl: string, slug: string): Promise<LoadedStory & { warnings: string[] }> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new DataError(slug, 'not a story slug');
  const dir = `stories/${slug}`;
  const [meta, text, raw] = await Promise.all([
    fetchData(baseUrl, `${dir}/story.json`, 'json') as Promise<StoryMeta>,
    fetchData(baseUrl, `${dir}/article.txt`, 'text'),
    fetchData(baseUrl, `${dir}/events.geojson`, 'json'),
  ]);
  const fc = asFeatureCollection<Point, EventProps>(raw, `${dir}/events.geojson`) as EventCollection;
  if (!Array.isArray(fc.unlocated)) fc.unlocated = [];
  const warnings = checkQuotes(text, fc, `${dir}/events.geojson`);
  fc.features.sort((a, b) => a.properties.n - b.properties.n);
  return { meta, text, events: fc, warnings };
}
