// CLI: npm run extract -- <article.txt> --published YYYY-MM-DD [--tz Asia/Seoul] [--title "…"] [--gazetteer path]
// Prints the article's events as a GeoJSON FeatureCollection on stdout; problems go to stderr.
import { readFileSync } from 'node:fs';
import { compileGazetteer, extractArticle } from '../src/pipeline/index';
import type { Gazetteer } from '../src/data/types';
import { normaliseText } from '../src/text/normalise';

const USAGE = 'usage: npm run extract -- <article.txt> --published YYYY-MM-DD [--tz Asia/Seoul] [--title "…"] [--slug slug] [--gazetteer public/data/gazetteer.json]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  const opts: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2);
      if (!['published', 'tz', 'title', 'slug', 'gazetteer'].includes(k)) fail(`unknown option --${k}\n${USAGE}`);
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`--${k} needs a value\n${USAGE}`);
      opts[k] = v;
    } else files.push(a);
  }
  if (files.length !== 1) fail(`give exactly one article file (got ${files.length})\n${USAGE}`);
  if (!opts.published) fail(`--published YYYY-MM-DD is required\n${USAGE}`);
  return { file: files[0], ...opts } as { file: string; published: string; tz?: string; title?: string; slug?: string; gazetteer?: string };
}

const args = parseArgs(process.argv.slice(2));
let text: string;
try {
  // The one normalisation the browser applies too (BOM, line ends, NFC): offsets point into the same string.
  text = normaliseText(readFileSync(args.file, 'utf8'));
} catch (e) {
  fail(`cannot read article "${args.file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
const gazPath = args.gazetteer ?? 'public/data/gazetteer.json';
let gazetteer: Gazetteer;
try {
  gazetteer = JSON.parse(readFileSync(gazPath, 'utf8').replace(/^\ufeff/, ''));
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `gazetteer "${gazPath}" not found: build it with "npm run geo", or pass --gazetteer tests/fixtures/articles/gazetteer.json`
      : `cannot read gazetteer "${gazPath}": ${code ?? (e as Error).message}`,
  );
}
try {
  const { collection, analysis } = extractArticle(text, { published: args.published, tz: args.tz ?? 'Asia/Seoul', title: args.title, slug: args.slug }, compileGazetteer(gazetteer));
  for (const w of analysis.warnings) process.stderr.write(`extract: warning: ${w}\n`);
  process.stdout.write(JSON.stringify(collection, null, 2) + '\n');
} catch (e) {
  fail(`${args.file}: ${(e as Error).message}`);
}
