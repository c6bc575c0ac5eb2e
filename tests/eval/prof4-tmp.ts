import { readFileSync } from 'node:fs';
import { findStructure, findSentences, findDates } from '../../src/pipeline/index';
import { syntheticArticle, realArticles } from '../../bench/synthetic';
const raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8'));
const names = raw.entries.filter((e: any) => ['city', 'town', 'county', 'village', 'island'].includes(e.kind)).map((e: any) => e.name);
const text = syntheticArticle([readFileSync('geo/stories/2020-06-16-liaison-office/article.txt', 'utf8'), ...realArticles('.').map((a) => a.text)], names, 1_000_000);
const s = findSentences(text, findStructure(text));
for (let r = 0; r < 8; r++) findDates(text, s, { published: { y: 2020, m: 6, d: 16 }, tz: 'Asia/Seoul' });
