import { readFileSync } from 'node:fs';
import { compileGazetteer, extractArticle, findStructure, findSentences, findPlaces, findDates } from '../../src/pipeline/index';
import { syntheticArticle, realArticles } from '../../bench/synthetic';
const raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8'));
const g = compileGazetteer(raw);
const names = raw.entries.filter((e: any) => ['city', 'town', 'county', 'village', 'island'].includes(e.kind)).map((e: any) => e.name);
const text = syntheticArticle([readFileSync('geo/stories/2020-06-16-liaison-office/article.txt', 'utf8'), ...realArticles('.').map((a) => a.text)], names, 1_000_000);
const P = { y: 2020, m: 6, d: 16 };
for (let r = 0; r < 5; r++) {
  const t0 = performance.now(); const b = findStructure(text); const t1 = performance.now(); const s = findSentences(text, b); const t2 = performance.now();
  findPlaces(text, s, g); const t3 = performance.now(); findDates(text, s, { published: P, tz: 'Asia/Seoul' }); const t4 = performance.now();
  extractArticle(text, { published: '2020-06-16', tz: 'Asia/Seoul' }, g); const t5 = performance.now();
  console.log(`structure ${(t1-t0).toFixed(0)} sentences ${(t2-t1).toFixed(0)} places ${(t3-t2).toFixed(0)} dates ${(t4-t3).toFixed(0)} | whole ${(t5-t4).toFixed(0)} → events stage ≈ ${((t5-t4)-(t4-t0)).toFixed(0)}; sentences ${s.length}`);
}
