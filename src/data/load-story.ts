import * as v from 'valibot';
import type { EventCollection, EventFeature, StoryMeta, UnlocatedEvent } from './types';
import { fetchData } from './fetch-json';
import {
  describeIssues,
  EVENT_KINDS,
  EventCollectionShellSchema,
  EventFeatureSchema,
  StoryIndexEntrySchema,
  StoryIndexSchema,
  StoryMetaSchema,
  UnlocatedEventSchema,
} from './schemas';
import { DataError, itemName, messageOf, parseOrThrow, type Loaded } from './validate';
import { normaliseText } from '../text/normalise';

export type StoryIndexEntry = v.InferOutput<typeof StoryIndexEntrySchema>;

export interface LoadedStory {
  meta: StoryMeta;
  /** The article, normalised (src/text/normalise.ts) exactly as the build normalised it. */
  text: string;
  events: EventCollection;
  /** What had to be left out or repaired in this story's files, one message each (file, item, fault). */
  problems?: string[];
}

export const STORY_INDEX = 'stories/index.json';

/** Checks stories/index.json: bad or repeated entries are skipped with a message; none usable throws. */
export function parseStoryIndex(value: unknown, file = STORY_INDEX): Loaded<StoryIndexEntry[]> {
  const shell = parseOrThrow(StoryIndexSchema, value, file);
  const list = Array.isArray(shell) ? shell : shell.stories;
  const problems: string[] = [];
  const data: StoryIndexEntry[] = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const r = v.safeParse(StoryIndexEntrySchema, raw);
    if (!r.success) return problems.push(`${file}: ${itemName('story', i, raw)}: ${describeIssues(r.issues)}; skipped`);
    if (seen.has(r.output.slug)) return problems.push(`${file}: story ${i} (${r.output.slug}): listed twice; skipped`);
    seen.add(r.output.slug);
    data.push(r.output);
  });
  if (data.length === 0) throw new DataError(file, list.length ? `lists no usable story (${problems[0].slice(file.length + 2)})` : 'lists no story');
  return { data, problems };
}

/** The story the URL names when the index has it, else the first usable one. */
export function pickStory(index: StoryIndexEntry[], wanted: string | undefined): StoryIndexEntry {
  return index.find((s) => s.slug === wanted) ?? index[0];
}

/**
 * Checks story.json field by field: a bad field is replaced — from the index entry (title, outlet,
 * publication date), by UTC (time zone), or left out (url, note) — with a message. The index entry's slug wins.
 */
export function parseStoryMeta(value: unknown, file: string, entry: StoryIndexEntry): Loaded<StoryMeta> {
  const problems: string[] = [];
  const raw = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (!raw) problems.push(`${file}: is not a JSON object; using the story index's entry`);
  const field = <K extends keyof typeof StoryMetaSchema.entries>(k: K, fallback: v.InferOutput<(typeof StoryMetaSchema.entries)[K]>, using: string) => {
    if (!raw) return fallback;
    const r = v.safeParse(StoryMetaSchema.entries[k], raw[k]);
    if (r.success) return r.output;
    problems.push(`${file}: ${k}: ${describeIssues(r.issues)}; ${using}`);
    return fallback;
  };
  const meta: StoryMeta = {
    slug: entry.slug,
    title: field('title', entry.title, "using the index's title"),
    outlet: field('outlet', entry.outlet, "using the index's outlet"),
    published: field('published', entry.published, "using the index's date"),
    tz: field('tz', 'UTC', 'times are shown in UTC'),
  };
  if (raw && raw.slug !== entry.slug) problems.push(`${file}: slug ${JSON.stringify(String(raw.slug)).slice(0, 80)} differs from its folder "${entry.slug}"; using the folder`);
  const url = field('url', undefined, 'left out');
  const note = field('note', undefined, 'left out');
  if (url !== undefined) meta.url = url;
  if (note !== undefined) meta.note = note;
  return { data: meta, problems };
}

type Quoting = { quote: string; quote_start: number; quote_end: number; passages: { quote: string; start: number; end: number }[] };

/** Keeps only passages that are the article's text at their offsets; the main quote must be. */
function checkQuotes<T extends Quoting>(p: T, text: string, name: string, problems: string[]): T | null {
  if (text.slice(p.quote_start, p.quote_end) !== p.quote) {
    problems.push(`${name}: does not quote the article at its offsets (${p.quote_start}–${p.quote_end}); hidden`);
    return null;
  }
  const passages = p.passages.filter((q, j) => {
    const ok = text.slice(q.start, q.end) === q.quote;
    if (!ok) problems.push(`${name}: passage ${j} does not quote the article at its offsets (${q.start}–${q.end}); left out`);
    return ok;
  });
  return passages.length === p.passages.length ? p : { ...p, passages: passages.length ? passages : [{ quote: p.quote, start: p.quote_start, end: p.quote_end, paragraph: 0 }] };
}

/** An unknown `kind` is a label problem, not a reason to hide the event: it is shown as "other", with a message. */
function knownKind(raw: unknown, name: string, problems: string[]): unknown {
  const holder = raw && typeof raw === 'object' ? ((raw as { properties?: unknown }).properties ?? raw) : null;
  const kind = holder && typeof holder === 'object' ? (holder as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || (EVENT_KINDS as readonly string[]).includes(kind)) return raw;
  problems.push(`${name}: kind ${JSON.stringify(kind.slice(0, 40))} is unknown; shown as "other"`);
  const props = { ...(holder as object), kind: 'other' };
  return holder === raw ? props : { ...(raw as object), properties: props };
}

/** Checks the events of a collection one by one; `slice` lets a caller give the main thread back between slices. */
function eventChecker(value: unknown, text: string, file: string) {
  const shell = parseOrThrow(EventCollectionShellSchema, value, file);
  const problems: string[] = [];
  const ids = new Set<string>();
  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  const feature = (raw: unknown, i: number) => {
    const name = `${file}: ${itemName('event', i, raw)}`;
    const r = v.safeParse(EventFeatureSchema, knownKind(raw, name, problems));
    if (!r.success) return problems.push(`${name}: ${describeIssues(r.issues)}; hidden`);
    const id = r.output.properties.id;
    if (ids.has(id)) return problems.push(`${name}: the id is used twice; hidden`);
    const props = checkQuotes(r.output.properties, text, name, problems);
    if (!props) return;
    ids.add(id);
    features.push({ type: 'Feature', geometry: r.output.geometry, properties: props });
  };
  const none = (raw: unknown, i: number) => {
    const name = `${file}: ${itemName('unlocated event', i, raw)}`;
    const r = v.safeParse(UnlocatedEventSchema, knownKind(raw, name, problems));
    if (!r.success) return problems.push(`${name}: ${describeIssues(r.issues)}; hidden`);
    if (ids.has(r.output.id)) return problems.push(`${name}: the id is used twice; hidden`);
    const u = checkQuotes(r.output, text, name, problems);
    if (!u) return;
    ids.add(u.id);
    unlocated.push(u);
  };
  const jobs: Array<() => void> = [
    ...shell.features.map((raw, i) => () => void feature(raw, i)),
    ...shell.unlocated.map((raw, i) => () => void none(raw, i)),
  ];
  const result = (): Loaded<EventCollection> => {
    features.sort((a, b) => a.properties.n - b.properties.n);
    return { data: { type: 'FeatureCollection', features, unlocated }, problems };
  };
  return { jobs, result };
}

/**
 * Checks events.geojson against the article: a feature that is not a valid event (geometry other than an
 * in-range Point, missing fields, unknown date precision, bad dates), that repeats an id, or that does not
 * quote the article verbatim is hidden with a message; so is such an unlocated event. The rest is kept.
 */
export function parseEvents(value: unknown, text: string, file: string): Loaded<EventCollection> {
  const c = eventChecker(value, text, file);
  for (const job of c.jobs) job();
  return c.result();
}

/** Gives the main thread back (input, rendering) before going on. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * parseEvents for large collections (a reader's story of thousands of events): the same checks, `slice`
 * events at a time, with the main thread given back between slices so that the page keeps answering.
 */
export async function parseEventsInSlices(value: unknown, text: string, file: string, slice = 1000): Promise<Loaded<EventCollection>> {
  const c = eventChecker(value, text, file);
  for (let i = 0; i < c.jobs.length; i++) {
    if (i > 0 && i % slice === 0) await yieldToMain();
    c.jobs[i]();
  }
  return c.result();
}

/**
 * Loads one story: its article (required: without it there is nothing to show), its metadata (repaired from
 * the index entry where bad) and its events (left out, with a message, where bad: the article still shows).
 */
export async function loadStory(baseUrl: string, entry: StoryIndexEntry): Promise<Loaded<LoadedStory>> {
  const dir = `stories/${entry.slug}`;
  const [metaRes, textRes, eventsRes] = await Promise.allSettled([
    fetchData(baseUrl, `${dir}/story.json`, 'json'),
    fetchData(baseUrl, `${dir}/article.txt`, 'text'),
    fetchData(baseUrl, `${dir}/events.geojson`, 'json'),
  ]);
  if (textRes.status === 'rejected') throw textRes.reason;
  const text = normaliseText(textRes.value);
  const problems: string[] = [];
  if (metaRes.status === 'rejected') problems.push(`${messageOf(metaRes.reason)}; using the story index's entry`);
  const meta = parseStoryMeta(metaRes.status === 'fulfilled' ? metaRes.value : undefined, `${dir}/story.json`, entry);
  if (metaRes.status === 'fulfilled') problems.push(...meta.problems);
  let events: EventCollection = { type: 'FeatureCollection', features: [], unlocated: [] };
  if (eventsRes.status === 'rejected') problems.push(`${messageOf(eventsRes.reason)}; the article is shown without events`);
  else {
    try {
      const r = parseEvents(eventsRes.value, text, `${dir}/events.geojson`);
      events = r.data;
      problems.push(...r.problems);
    } catch (err) {
      problems.push(`${messageOf(err)}; the article is shown without events`);
    }
  }
  return { data: { meta: meta.data, text, events, problems }, problems };
}

/** Loads and checks the story index. */
export async function loadStoryIndex(baseUrl: string): Promise<Loaded<StoryIndexEntry[]>> {
  return parseStoryIndex(await fetchData(baseUrl, STORY_INDEX, 'json'));
}
