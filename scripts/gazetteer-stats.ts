// npm run gazetteer:stats — what public/data/gazetteer.json holds and costs: entries by country and unit,
// raw and gzip size, and the time to parse and compile it (first call, then the median of 5).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Gazetteer } from '../src/data/types';
import { compileGazetteer, expandGazetteer } from '../src/pipeline/gazetteer';

const file = process.argv[2] ?? 'public/data/gazetteer.json';
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const g = JSON.parse(text) as Gazetteer;
const t1 = performance.now();
const compiled = compileGazetteer(g);
const t2 = performance.now();
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  compileGazetteer(JSON.parse(text) as Gazetteer);
  runs.push(performance.now() - s);
}
runs.sort((a, b) => a - b);

const entries = expandGazetteer(g);
const by = new Map<string, number>();
for (const e of entries) {
  const k = `${e.country ?? '--'} ${e.level ?? e.kind}`;
  by.set(k, (by.get(k) ?? 0) + 1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${file}: ${entries.length} entries (${g.entries.length} curated, ${g.rows?.length ?? 0} rows), ${compiled.byKey.size} name keys`);
console.log(`size ${kb(Buffer.byteLength(text))}, gzip -9 ${kb(gzipSync(text, { level: 9 }).length)}`);
console.log(`parse ${(t1 - t0).toFixed(0)} ms; compile ${(t2 - t1).toFixed(0)} ms first, ${runs[2].toFixed(0)} ms median of 5`);
for (const [k, n] of [...by].sort()) console.log(`  ${k.padEnd(20)} ${n}`);
