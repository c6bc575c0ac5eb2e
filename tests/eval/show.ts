// npm run eval:show -- <slug part> …: the pipeline's events of dev articles, one line each (with GOLD=1, the
// gold events under them). For reading while changing the pipeline; the test set is never shown.
import { readFileSync } from 'node:fs';
import { compileGazetteer, extractArticle } from '../../src/pipeline/index';
import type { Gazetteer } from '../../src/data/types';
import { loadSet } from './gold';
import { CORPUS, GAZETTEER } from './run';

const g = compileGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as Gazetteer);
const parts = process.argv.slice(2);
for (const a of loadSet(CORPUS, 'dev').filter((a) => parts.some((s) => a.slug.includes(s)))) {
  const { collection } = extractArticle(a.text, { published: a.meta.published, tz: a.meta.tz }, g);
  console.log('=====', a.slug, a.meta.published);
  for (const e of [...collection.features.map((f) => f.properties), ...collection.unlocated].sort((x, y) => x.n - y.n))
    console.log(`#${e.n} ${e.kind} ${e.date_start.slice(0, 16)} ${e.date_precision} @ ${e.place ?? '-'} ${e.planned ? 'PLANNED' : ''} {${e.actors.join('/')}} [${e.date_text}] | ${e.passages.map((p) => p.quote.slice(0, 110)).join(' || ')}`);
  if (process.env.GOLD) for (const e of a.gold.events) console.log(`  GOLD ${e.tier} ${e.date} @ ${e.places.map((p) => p.name).join(',')} | ${e.sentence.slice(0, 110)}`);
}
