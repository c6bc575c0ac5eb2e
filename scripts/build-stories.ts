// npm run stories: runs the article pipeline on every geo/stories/<slug>/ and writes
// public/data/stories/<slug>/{events.geojson, article.txt, story.json} and stories/index.json.
// Deterministic: the same inputs give byte-identical files (a unit test checks they are fresh).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEditorial, compileGazetteer, extractArticle } from '../src/pipeline/index';
import type { Editorial } from '../src/pipeline/index';
import type { Gazetteer, StoryMeta } from '../src/data/types';
import { normaliseText } from '../src/text/normalise';

export const STORIES_DIR = 'geo/stories';
export const OUT_DIR = 'public/data/stories';
export const GAZETTEER = 'public/data/gazetteer.json';
/** The story the app opens by default: listed first in index.json, the others after it by date. */
export const DEFAULT_STORY = '2020-06-16-liaison-office';
// Used only until the real gazetteer is built, and said so on stderr.
export const FALLBACK_GAZETTEER = 'tests/fixtures/articles/gazetteer.json';

export function gazetteerPath(root = '.'): { path: string; fallback: boolean } {
  return existsSync(join(root, GAZETTEER)) ? { path: GAZETTEER, fallback: false } : { path: FALLBACK_GAZETTEER, fallback: true };
}

function readJson<T>(file: string): T {
  try {
    // A byte-order mark is legal in a UTF-8 file and fatal to JSON.parse.
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, '')) as T;
  } catch (e) {
    throw new Error(`${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function checkMeta(meta: StoryMeta, slug: string, file: string): void {
  for (const k of ['slug', 'title', 'outlet', 'published', 'tz'] as const)
    if (typeof meta[k] !== 'string' || !meta[k]) throw new Error(`${file}: "${k}" is required`);
  if (meta.slug !== slug) throw new Error(`${file}: slug "${meta.slug}" differs from its folder "${slug}"`);
}

/** Every output file (path relative to root → content), without writing anything. */
export function buildStories(root = '.', warn: (m: string) => void = () => {}): Map<string, string> {
  const gz = gazetteerPath(root);
  if (gz.fallback) warn(`${GAZETTEER} not found; using the test gazetteer ${FALLBACK_GAZETTEER}`);
  const compiled = compileGazetteer(readJson<Gazetteer>(join(root, gz.path)));
  const files = new Map<string, string>();
  const index: Pick<StoryMeta, 'slug' | 'title' | 'outlet' | 'published'>[] = [];
  const slugs = readdirSync(join(root, STORIES_DIR), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const slug of slugs) {
    const dir = join(root, STORIES_DIR, slug);
    const metaFile = join(dir, 'story.json');
    const meta = readJson<StoryMeta>(metaFile);
    checkMeta(meta, slug, metaFile);
    // The one normalisation the browser applies too (BOM, line ends, NFC): offsets point into the same string.
    const text = normaliseText(readFileSync(join(dir, 'article.txt'), 'utf8'));
    const { collection, analysis } = extractArticle(text, meta, compiled);
    for (const w of analysis.warnings) warn(`${slug}: ${w}`);
    const editorialFile = join(dir, 'editorial.json');
    const events = existsSync(editorialFile) ? applyEditorial(collection, readJson<Editorial>(editorialFile), compiled) : collection;
    files.set(`${OUT_DIR}/${slug}/events.geojson`, JSON.stringify(events, null, 2) + '\n');
    files.set(`${OUT_DIR}/${slug}/article.txt`, text);
    files.set(`${OUT_DIR}/${slug}/story.json`, JSON.stringify(meta, null, 2) + '\n');
    index.push({ slug: meta.slug, title: meta.title, outlet: meta.outlet, published: meta.published });
  }
  index.sort((a, b) => Number(b.slug === DEFAULT_STORY) - Number(a.slug === DEFAULT_STORY) || a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
  files.set(`${OUT_DIR}/index.json`, JSON.stringify(index, null, 2) + '\n');
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const files = buildStories('.', (m) => process.stderr.write(`stories: warning: ${m}\n`));
    for (const [path, content] of files) {
      mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
      writeFileSync(path, content);
    }
    process.stdout.write(`stories: wrote ${files.size} files under ${OUT_DIR}/\n`);
  } catch (e) {
    process.stderr.write(`stories: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
