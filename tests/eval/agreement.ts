// npm run eval:agreement [-- --set test|dev] [--check] [--per-article] (both ways: second against first, first against second)
// Scores a second, independent annotation (tests/corpus/second/<set>/<slug>/gold.json) against the first
// with the very scorer the pipeline faces, as if the second annotator were the pipeline. The result is a
// ceiling: how far two careful readers agree on toponyms, dates and events under the same rules.
// --check validates the second annotations only (for annotators; it never reads the first gold).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventCollection, EventFeature, UnlocatedEvent } from '../../src/data/types';
import type { Analysis, DateMention, PlaceMention } from '../../src/pipeline/types';
import { checkArticle, loadSet, type Gold, type GoldArticle } from './gold';
import { goldSpan, occurrences, ratio, scoreArticle, total, type ArticleScore } from './score';
import { table } from './run';

export const SECOND = 'tests/corpus/second';

/** The second annotation of every article of `set` that has one, with the first's text and meta. */
export function loadSecond(set: string, root = 'tests/corpus'): { first: GoldArticle; second: GoldArticle }[] {
  const dir = join(SECOND, set);
  if (!existsSync(dir)) return [];
  const firsts = new Map(loadSet(root, set).map((a) => [a.slug, a]));
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const first = firsts.get(slug);
      if (!first) throw new Error(`second/${set}/${slug}: no such article in tests/corpus/${set}`);
      const file = join(dir, slug, 'gold.json');
      let gold: Gold;
      try {
        gold = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
      return { first, second: { ...first, dir: join(dir, slug), gold } };
    });
}

const precisionOf = (date: string, time?: string) => (time ? 'minute' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year');

/** A gold annotation read as the pipeline's output: its events as markers (one per place), its toponyms and dates as mentions. */
export function asPrediction(a: GoldArticle): { collection: EventCollection; analysis: Analysis } {
  const { text, gold } = a;
  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  gold.events.forEach((g, i) => {
    const [date_start, date_end] = goldSpan(g);
    const passages = [g.sentence, ...(g.also ?? [])]
      .map((s) => ({ s, at: text.indexOf(s) }))
      .filter(({ at }) => at >= 0)
      .map(({ s, at }) => ({ quote: s, start: at, end: at + s.length, paragraph: 0 }));
    const base = {
      id: g.id,
      n: i + 1,
      kind: 'incident',
      actors: [],
      date_start,
      date_end,
      date_precision: precisionOf(g.date, g.time),
      date_text: g.date,
      quote: g.sentence,
      quote_start: passages[0]?.start ?? 0,
      quote_end: passages[0]?.end ?? 0,
      paragraph: 0,
      passages,
      confidence: 1,
      planned: g.planned,
    } as unknown as UnlocatedEvent;
    if (!g.places.length) {
      unlocated.push({ ...base, place: null, place_id: null });
      return;
    }
    g.places.forEach((p, j) =>
      features.push({
        type: 'Feature',
        // A layer place has no point of its own: the scorer matches it by layer before any distance.
        geometry: { type: 'Point', coordinates: p.coord ?? [0, 0] },
        properties: { ...base, id: `${g.id}-${j}`, group: g.places.length > 1 ? g.id : undefined, place: p.name, place_id: p.name, place_kind: p.layer ? 'area' : 'point', place_layer: p.layer },
      } as EventFeature),
    );
  });
  const places: PlaceMention[] = gold.toponyms.flatMap((t) =>
    occurrences(text, t.text).map(
      ([start, end]) =>
        ({
          start,
          end,
          text: t.text,
          entry: { id: t.text, name: t.text, kind: t.kind ?? 'place', coord: t.coord ?? [0, 0], layer: t.layer },
          role: 'location',
          anaphor: false,
          generic: false,
          sentence: 0,
        }) as unknown as PlaceMention,
    ),
  );
  const dates: DateMention[] = gold.dates.flatMap((d) => {
    const [date_start, date_end] = goldSpan(d);
    return occurrences(text, d.text).map(([start, end]) => ({ start, end, text: d.text, date_start, date_end, precision: precisionOf(d.date, d.time), reporting: false }) as unknown as DateMention);
  });
  return { collection: { type: 'FeatureCollection', features, unlocated }, analysis: { blocks: [], sentences: [], places, dates, warnings: [] } };
}

/** The second annotation of each article scored against the first. */
export function agreement(set: string, reverse = false): { set: string; articles: ArticleScore[]; total: ReturnType<typeof total> } {
  const articles = loadSecond(set).map(({ first, second }) => {
    const [gold, reader] = reverse ? [second, first] : [first, second];
    const { collection, analysis } = asPrediction(reader);
    return scoreArticle(gold, collection, analysis);
  });
  return { set: reverse ? `${set} (first annotator scored against the second)` : `${set} (second annotator scored against the first)`, articles, total: total(articles) };
}

if (process.argv[1] && /eval[\\/]agreement\.ts$/.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--set');
  const set = i >= 0 ? argv[i + 1] : 'test';
  let pairs;
  try {
    pairs = loadSecond(set);
  } catch (e) {
    process.stderr.write(`agreement: ${(e as Error).message}\n`);
    process.exit(1);
  }
  let bad = 0;
  for (const { second } of pairs) {
    const errs = checkArticle(second);
    if (errs.length) {
      bad++;
      process.stdout.write(`✗ second/${set}/${second.slug}\n  - ${errs.join('\n  - ')}\n`);
    } else if (argv.includes('--check')) process.stdout.write(`✓ second/${set}/${second.slug}: ${second.gold.events.length} events\n`);
  }
  if (argv.includes('--check') || bad) {
    process.stdout.write(`${pairs.length} second annotations, ${bad} with problems\n`);
    process.exit(bad ? 1 : 0);
  }
  for (const reverse of [false, true]) {
    const r = agreement(set, reverse);
    process.stdout.write(table(r, !argv.includes('--per-article')) + '\n');
    process.stdout.write(`core recall ${ratio(r.total.events.coreRecall).toFixed(2)} over ${r.articles.length} articles\n\n`);
  }
}
