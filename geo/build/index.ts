// `npm run geo`: rebuild public/data/layers/*.geojson, layers.json and gazetteer.json from the
// committed sources (geo/sources, geo/gazetteer). Deterministic: same input, same bytes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildAll } from './buildAll.ts';
import { ROOT } from './readSources.ts';

const started = Date.now();
const out = buildAll();
// Drop layer files no longer produced, so the folder matches the manifest.
const layerDir = join(ROOT, 'public', 'data', 'layers');
mkdirSync(layerDir, { recursive: true });
for (const f of readdirSync(layerDir)) if (!out.has(`public/data/layers/${f}`)) rmSync(join(layerDir, f));
let total = 0;
for (const [path, text] of out) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
  const kb = Buffer.byteLength(text) / 1024;
  if (path.startsWith('public/data/layers/')) total += kb;
  console.log(`${path.padEnd(44)} ${kb.toFixed(1).padStart(7)} KiB`);
}
console.log(`layers total ${total.toFixed(1)} KiB; built in ${Date.now() - started} ms`);
