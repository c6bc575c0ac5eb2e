import { readFileSync } from 'node:fs';
import { compileGazetteer, extractArticle } from '/work/main/src/pipeline/index';
import { loadSet } from '/work/main/tests/eval/gold';
const g = compileGazetteer(JSON.parse(readFileSync('/work/main/public/data/gazetteer.json', 'utf8')));
const slugs = process.argv.slice(2);
for (const a of loadSet('/work/main/tests/corpus', 'dev').filter((a) => slugs.some((s) => a.slug.includes(s)))) {
  const { collection, analysis } = extractArticle(a.text, { published: a.meta.published, tz: a.meta.tz }, g);
  console.log('=====', a.slug, a.meta.published);
  for (const e of [...collection.features.map((f) => f.properties), ...collection.unlocated].sort((x, y) => x.n - y.n))
    console.log(`#${e.n} ${e.kind} ${e.date_start.slice(0, 16)} ${e.date_precision} @ ${e.place ?? '-'} ${e.planned ? 'PLANNED' : ''} {${e.actors.join('/')}} [${e.date_text}] | ${e.passages.map((p) => p.quote.slice(0, 110)).join(' || ')}`);
  if (process.env.GOLD) for (const e of a.gold.events) console.log(`  GOLD ${e.tier} ${e.date} @ ${e.places.map((p) => p.name).join(',')} | ${e.sentence.slice(0, 110)}`);
}
