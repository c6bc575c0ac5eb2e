import { readFileSync } from 'node:fs';
import { compileGazetteer, extractArticle } from '../../src/pipeline/index';
import { loadSet } from './gold';
const g = compileGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')));
const body = loadSet('tests/corpus', 'dev').map((a) => a.text).join('\n\n');
let text = ''; while (text.length < 1e6) text += body + '\n\n';
for (let i = 0; i < 2; i++) { const t = performance.now(); extractArticle(text, { published: '2024-01-01' }, g); console.log(performance.now() - t); }
