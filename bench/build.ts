// Builds the app and the bench pages into bench/.dist-bench/ and writes the synthetic stories.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTowns, realArticles, syntheticStory } from './synthetic';

export const OUT = 'bench/.dist-bench';

function vite(config: string): void {
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', config, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) throw new Error(`bench: vite build --config ${config} failed (exit ${r.status}); see its output above`);
}

export interface BuildInfo {
  townsFrom: string;
  articleFrom: string;
  /** Slug of the app's default (first) story, if the seed story has landed. */
  seed: string | null;
}

/** Builds everything the browser runs and writes bench-N stories (sizes given) beside the real ones. */
export function buildAll(root: string, sizes: number[]): BuildInfo {
  vite('bench/vite.app.config.ts');
  vite('bench/vite.pages.config.ts');
  const stories = join(root, OUT, 'data/stories');
  mkdirSync(stories, { recursive: true });
  const indexFile = join(stories, 'index.json');
  const raw: unknown = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : [];
  const list = (Array.isArray(raw) ? raw : ((raw as { stories?: unknown[] }).stories ?? [])) as Array<{ slug: string }>;
  const seed = list[0]?.slug ?? null;

  const { towns, from } = loadTowns(root);
  // Quotes come from the default story (first in index.json), as before there were several.
  const articles = realArticles(root);
  const article = articles.find((a) => seed && a.path.includes(`/${seed}/`)) ?? articles[0];
  const bench = sizes.map((n) => syntheticStory(n, towns, article.text));
  for (const s of bench) {
    const dir = join(stories, s.meta.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'story.json'), JSON.stringify(s.meta, null, 2));
    writeFileSync(join(dir, 'article.txt'), s.article);
    writeFileSync(join(dir, 'events.geojson'), JSON.stringify(s.events));
  }
  // The bench stories go after the real ones, so that the app's default story stays the seed.
  const entries = [...list, ...bench.map((s) => ({ slug: s.meta.slug, title: s.meta.title, outlet: s.meta.outlet, published: s.meta.published }))];
  writeFileSync(indexFile, JSON.stringify(Array.isArray(raw) ? entries : { ...(raw as object), stories: entries }, null, 2));
  return { townsFrom: from, articleFrom: article.path, seed };
}
