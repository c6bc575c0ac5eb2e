// The probe, as a property: random corruptions of the seed's data files (a value replaced by null,
// a number out of range, a string, markup, a list, an object; a key deleted; a list item repeated) go
// through the loaders and then through what the page computes from their output. Nothing may throw but a
// DataError naming the file (for a file with nothing usable), and what loads must be safe to render: ids
// unique (Svelte's keyed lists throw on a repeat), dates and zones readable by Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLayer, parseManifest } from '../../../src/data/load-layers';
import { parseEvents, parseStoryIndex, parseStoryMeta, type StoryIndexEntry } from '../../../src/data/load-story';
import { DataError } from '../../../src/data/validate';
import { formatEventDate } from '../../../src/story/format-date';
import { articleBlocks } from '../../../src/story/segments';
import { findStructure } from '../../../src/pipeline/structure';
import { kindStyle } from '../../../src/map/events/kinds';
import { placeFacts } from '../../../src/story/facts';
import { EVENTS_FILE, seed, STORY_FILE } from './fixtures';

type Json = unknown;
const FILES = {
  [EVENTS_FILE]: seed.events,
  [STORY_FILE]: seed.meta,
  'stories/index.json': seed.index,
  'layers.json': seed.manifest,
  'layers/kaesong.geojson': seed.kaesong,
} as const;
type FileName = keyof typeof FILES;

/** Every path (list of keys) into a JSON value, the root excluded. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...prefix, i]), paths(x, [...prefix, i], out)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([...prefix, k]), paths(x, [...prefix, k], out);
  return out;
}
const PATHS = Object.fromEntries(Object.entries(FILES).map(([f, v]) => [f, paths(v)])) as Record<FileName, (string | number)[][]>;

const REPLACEMENTS: Json[] = [null, 999, -999, 1e309 /* Infinity → null in JSON */, 0, '', 'x', '<img src=x onerror=alert(1)>', '\u202eevil', [], {}, [999, 999], true, 'x'.repeat(5000), '2020-13-45', 'Mars/Olympus'];
type Op = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'repeat' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom(...REPLACEMENTS).map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'repeat' as const }),
);

function apply(root: Json, path: (string | number)[], o: Op): Json {
  const copy = structuredClone(root) as any;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const last = path[path.length - 1];
  if (o.kind === 'replace') parent[last] = JSON.parse(JSON.stringify(o.value) ?? 'null');
  else if (o.kind === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
  else if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(parent[last as number]));
  else parent[last] = structuredClone(parent[last]);
  return copy;
}

const entry = parseStoryIndex(seed.index).data[0] as StoryIndexEntry;

/** Loads one corrupted file the way the app does, and computes from the result what the page would draw. */
function loadAndRender(file: FileName, value: Json): string[] {
  switch (file) {
    case EVENTS_FILE: {
      const r = parseEvents(value, seed.text, file);
      const all = [...r.data.features.map((f) => f.properties), ...r.data.unlocated];
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      for (const e of all) {
        expect(formatEventDate(e.date_start, e.date_end, e.date_precision, seed.meta.tz).local).toBeTypeOf('string');
        expect(kindStyle(e.kind).label).toBeTypeOf('string');
        for (const p of e.passages) expect(seed.text.slice(p.start, p.end)).toBe(p.quote);
      }
      for (const f of r.data.features) placeFacts(f.geometry.coordinates, { references: [{ name: 'x', coord: [127, 37.5] }] });
      const passages = r.data.features.flatMap((f) => f.properties.passages.map((p) => ({ eventId: f.properties.id, n: f.properties.n, start: p.start, end: p.end })));
      articleBlocks(seed.text, passages, findStructure(seed.text));
      return r.problems;
    }
    case STORY_FILE: {
      const r = parseStoryMeta(value, file, entry);
      new Intl.DateTimeFormat('en-GB', { timeZone: r.data.tz }).format(new Date(`${r.data.published}T00:00:00Z`));
      return r.problems;
    }
    case 'stories/index.json': {
      const r = parseStoryIndex(value, file);
      expect(new Set(r.data.map((s) => s.slug)).size).toBe(r.data.length);
      return r.problems;
    }
    case 'layers.json': {
      const r = parseManifest(value, file);
      expect(new Set(r.data.map((e) => e.id)).size).toBe(r.data.length);
      return r.problems;
    }
    case 'layers/kaesong.geojson':
      return parseLayer(value, file).problems;
  }
}

describe('random corruptions of the data files', () => {
  const stats = { runs: 0, thrown: 0, withProblems: 0, uncaught: 0 };
  it('are named (file first) or leave the file usable; nothing else escapes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(FILES) as FileName[])), fc.nat(), op, (file, pick, o) => {
        const path = PATHS[file][pick % PATHS[file].length];
        const value = apply(FILES[file], path, o);
        stats.runs++;
        try {
          const problems = loadAndRender(file, value);
          if (problems.length) stats.withProblems++;
          for (const p of problems) expect(p.startsWith(`${file}: `), p).toBe(true);
        } catch (err) {
          if (!(err instanceof DataError)) stats.uncaught++;
          expect(err, `${file} ${JSON.stringify(path)} ${JSON.stringify(o).slice(0, 80)}`).toBeInstanceOf(DataError);
          expect((err as DataError).message.startsWith(`${file}: `)).toBe(true);
          stats.thrown++;
        }
      }),
      { numRuns: 2000, seed: 20261128 },
    );
    console.log(`corruption probe: ${stats.runs} corruptions, ${stats.withProblems} reported item by item, ${stats.thrown} whole-file DataErrors, ${stats.uncaught} other errors`);
    expect(stats.withProblems).toBeGreaterThan(100);
  });

  it('the issue\'s 50 corruptions (first 50 of a fixed sequence) raise no uncaught error', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(FILES) as FileName[])), fc.nat(), op, (file, pick, o) => {
        n++;
        const value = apply(FILES[file], PATHS[file][pick % PATHS[file].length], o);
        try {
          loadAndRender(file, value);
        } catch (err) {
          expect(err).toBeInstanceOf(DataError);
        }
      }),
      { numRuns: 50, seed: 50 },
    );
    expect(n).toBe(50);
  });
});
