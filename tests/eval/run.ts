// npm run eval [-- --set dev|test] [--json] [--totals] [--misses] [--slug <slug>]
// Runs the article pipeline on the gold corpus and scores every stage, per article and in total.
// The test set is held out: score it once at the end of a piece of work (tests/corpus/README.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compileGazetteer, extractArticle } from '../../src/pipeline/index';
import type { Gazetteer } from '../../src/data/types';
import { checkArticle, loadSet } from './gold';
import { ratio, scoreArticle, total, type ArticleScore, type Ratio } from './score';

export const CORPUS = 'tests/corpus';
export const GAZETTEER = 'public/data/gazetteer.json';
export const BASELINE = 'tests/eval/baseline.json';

export interface SetResult {
  set: string;
  articles: ArticleScore[];
  total: ReturnType<typeof total>;
}

/** Scores one set with the given compiled gazetteer. Throws on an unsound gold file. */
export function evaluate(set: string, compiled = compileGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as Gazetteer), only?: string): SetResult {
  const articles = loadSet(CORPUS, set).filter((a) => !only || a.slug === only);
  const scores = articles.map((a) => {
    const errs = checkArticle(a);
    if (errs.length) throw new Error(`${set}/${a.slug}: the gold is unsound (npm run corpus:check): ${errs[0]}`);
    const { collection, analysis } = extractArticle(a.text, { published: a.meta.published, tz: a.meta.tz, title: a.meta.title, slug: a.slug }, compiled);
    return scoreArticle(a, collection, analysis);
  });
  return { set, articles: scores, total: total(scores) };
}

const COLUMNS: [string, (s: Omit<ArticleScore, 'slug' | 'misses'>) => Ratio][] = [
  ['top found', (s) => s.toponyms.found],
  ['top resolved', (s) => s.toponyms.resolved],
  ['top prec', (s) => s.toponyms.precision],
  ['date found', (s) => s.dates.found],
  ['day exact', (s) => s.dates.dayExact],
  ['date overlap', (s) => s.dates.overlap],
  ['core recall', (s) => s.events.coreRecall],
  ['site recall', (s) => s.events.siteRecall],
  ['located prec', (s) => s.events.locatedPrecision],
  ['event prec', (s) => s.events.eventPrecision],
  ['unloc placed', (s) => s.events.unlocatedPlaced],
];

const cell = (x: Ratio, w: number) => (x.of ? `${ratio(x).toFixed(2)} ${x.n}/${x.of}` : '–').padStart(w);

export function table(r: SetResult, totalsOnly = false): string {
  const w = 13;
  const nameW = Math.max(10, ...r.articles.map((a) => a.slug.length)) + 1;
  const lines = [`${r.set} set: ${r.articles.length} articles`, ''.padEnd(nameW) + COLUMNS.map(([h]) => h.padStart(w)).join('')];
  if (!totalsOnly) for (const a of r.articles) lines.push(a.slug.padEnd(nameW) + COLUMNS.map(([, f]) => cell(f(a), w)).join(''));
  lines.push(`TOTAL ${r.set}`.padEnd(nameW) + COLUMNS.map(([, f]) => cell(f(r.total), w)).join(''));
  return lines.join('\n');
}

if (process.argv[1] && /eval[\\/]run\.ts$/.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  const opt = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sets = opt('--set') ? [opt('--set')!] : ['dev', 'test'];
  const json = argv.includes('--json');
  const compiled = compileGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as Gazetteer);
  const results: SetResult[] = [];
  try {
    for (const set of sets) results.push(evaluate(set, compiled, opt('--slug')));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(1);
  }
  if (argv.includes('--write-baseline')) {
    const dev = results.find((r) => r.set === 'dev');
    if (!dev) {
      process.stderr.write('eval: --write-baseline needs the dev set (the test set never sets a baseline)\n');
      process.exit(1);
    }
    writeFileSync(BASELINE, JSON.stringify({ note: 'Dev-set totals the pipeline must not fall below (tests/unit/eval/baseline.test.ts). Rewrite with: npm run eval -- --set dev --write-baseline', articles: dev.articles.length, total: dev.total }, null, 1) + '\n');
    process.stdout.write(`eval: wrote ${BASELINE}\n`);
  }
  mkdirSync('tests/.artifacts', { recursive: true });
  for (const r of results) writeFileSync(`tests/.artifacts/eval-${r.set}.json`, JSON.stringify(r, null, 1) + '\n');
  if (json) process.stdout.write(JSON.stringify(results.map((r) => ({ set: r.set, total: r.total, articles: r.articles })), null, 1) + '\n');
  else {
    for (const r of results) {
      process.stdout.write(table(r, argv.includes('--totals')) + '\n\n');
      if (argv.includes('--misses')) for (const a of r.articles) if (a.misses.length) process.stdout.write(`${a.slug}\n  ${a.misses.join('\n  ')}\n`);
    }
    process.stdout.write(`JSON: ${results.map((r) => `tests/.artifacts/eval-${r.set}.json`).join(', ')}\n`);
  }
}
