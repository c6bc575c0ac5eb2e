// One-off import of the administrative units of both Koreas for the gazetteer (not run in CI).
// Reads two public GitHub repositories (snapshots on this machine, given by path) and writes small,
// committed extracts to geo/sources/ that `npm run geo` reads:
//
//   kostat-admin-kr.json   South Korea: 17 provinces, 250 si/gun/gu, 3,504 eup/myeon/dong (KOSTAT 2018
//                          census boundaries): code, Hangul and English name, an interior point.
//   ngii-places-kr-kp.json Both Koreas: the place-name points of NGII's 1:1,200,000 map (Korean edition):
//                          Hangul name, position (map label point), country, KR municipality.
//
// Sources (pinned):
//   github.com/southkorea/southkorea-maps @ fe65e05e549d04083e52f380a7e9166a8ea0a01e
//     kostat/2018/json/skorea-{provinces,municipalities,submunicipalities}-2018-topo-simple.json
//     (KOSTAT SGIS census boundaries collected 2018-12-24; KOGL Type 1 per kostat/2018/json/LICENSE.md)
//   github.com/stiles/korea-geography @ a66cdb21e104c15771974f627fcd4d1c8c796609
//     data/raw/ngii/korean/premier_points_korean.{dbf,shp,prj} (NGII download sq=107985; EPSG:5179)
//
// Run (each path is a git directory or a checkout of that repository):
//   KOSTAT_MAPS=/path/to/southkorea-maps NGII_GEOGRAPHY=/path/to/korea-geography \
//     npx tsx geo/import/korea-admin.ts
// or pass them as arguments: npm run geo:import:korea -- <southkorea-maps> <korea-geography>
// Needs `npm ci --prefix geo/import` (proj4) and the root devDependencies (topojson-client, turf).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, centroid, point, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import proj4 from 'proj4';
import { stableStringify } from '../lib/stableStringify.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'sources');
const root = join(here, '..', '..');

const KOSTAT = { repo: 'southkorea/southkorea-maps', commit: 'fe65e05e549d04083e52f380a7e9166a8ea0a01e' };
const NGII = { repo: 'stiles/korea-geography', commit: 'a66cdb21e104c15771974f627fcd4d1c8c796609' };

const kostatDir = process.argv[2] ?? process.env.KOSTAT_MAPS;
const ngiiDir = process.argv[3] ?? process.env.NGII_GEOGRAPHY;
if (!kostatDir || !ngiiDir) {
  console.error('usage: KOSTAT_MAPS=<southkorea-maps git dir or checkout> NGII_GEOGRAPHY=<korea-geography git dir or checkout> npx tsx geo/import/korea-admin.ts');
  process.exit(2);
}

/** A file of a snapshot: from the pinned commit of a git directory, or from a checkout. */
function readSnapshot(dir: string, commit: string, path: string): Buffer {
  const isGitDir = existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'));
  if (isGitDir) return execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 28 });
  const p = join(dir, path);
  if (!existsSync(p) || !statSync(p).isFile()) throw new Error(`import: ${p} not found (expected a checkout of the repository at ${commit})`);
  return readFileSync(p);
}

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

type Area = Feature<Polygon | MultiPolygon, { code: string; name: string; name_eng: string }>;

/** A point inside the area: its centroid when that falls inside, else turf's point on the surface. */
function interior(f: Area): [number, number] {
  const c = centroid(f);
  const p = booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
  const [lon, lat] = p.geometry.coordinates;
  return [r5(lon), r5(lat)];
}

function kostatLevel(name: string): Area[] {
  const path = `kostat/2018/json/skorea-${name}-2018-topo-simple.json`;
  const topo = JSON.parse(readSnapshot(kostatDir!, KOSTAT.commit, path).toString('utf8')) as Topology;
  const key = Object.keys(topo.objects)[0];
  const fc = feature(topo, topo.objects[key]) as unknown as FeatureCollection<Polygon | MultiPolygon, Area['properties']>;
  return fc.features.filter((f) => f.geometry) as Area[];
}

// ---- KOSTAT (South Korea) -------------------------------------------------------------------
const provinces = kostatLevel('provinces');
const municipalities = kostatLevel('municipalities');
const submunicipalities = kostatLevel('submunicipalities');
const row = (f: Area) => {
  const [lon, lat] = interior(f);
  return { code: f.properties.code, name_ko: f.properties.name, name: f.properties.name_eng, lon, lat };
};
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
const kostat = {
  source: `KOSTAT (Statistics Korea) SGIS census boundaries 2018, via github.com/${KOSTAT.repo} @ ${KOSTAT.commit} (kostat/2018/json/*-topo-simple.json)`,
  licence: 'Korea Open Government Licence (KOGL) Type 1: attribution (kostat/2018/json/LICENSE.md)',
  note: 'Codes are KOSTAT census codes (2-digit province, 5-digit si/gun/gu, 7-digit eup/myeon/dong). lon/lat: the polygon centroid when inside it, else a point on its surface; 5 decimals.',
  provinces: provinces.map(row).sort(byCode),
  municipalities: municipalities.map(row).sort(byCode),
  submunicipalities: submunicipalities.map(row).sort(byCode),
};

// ---- NGII place-name points (both Koreas) ---------------------------------------------------
function readDbf(buf: Buffer): Record<string, string>[] {
  const n = buf.readUInt32LE(4);
  const headerLen = buf.readUInt16LE(8);
  const recLen = buf.readUInt16LE(10);
  const fields: { name: string; len: number }[] = [];
  for (let p = 32; buf[p] !== 0x0d; p += 32) fields.push({ name: buf.subarray(p, p + 11).toString('latin1').replace(/\0.*$/, ''), len: buf[p + 16] });
  const dec = new TextDecoder('euc-kr');
  const rows: Record<string, string>[] = [];
  for (let i = 0, off = headerLen; i < n; i++, off += recLen) {
    let q = off + 1;
    const r: Record<string, string> = {};
    for (const f of fields) {
      r[f.name] = dec.decode(buf.subarray(q, q + f.len)).trim();
      q += f.len;
    }
    rows.push(r);
  }
  return rows;
}
function readPoints(buf: Buffer): [number, number][] {
  const pts: [number, number][] = [];
  for (let off = 100; off < buf.length; ) {
    const len = buf.readUInt32BE(off + 4);
    const type = buf.readInt32LE(off + 8);
    if (type !== 1) throw new Error(`import: NGII shapefile record of type ${type}, expected points`);
    pts.push([buf.readDoubleLE(off + 12), buf.readDoubleLE(off + 20)]);
    off += 8 + 2 * len;
  }
  return pts;
}
const base = 'data/raw/ngii/korean/premier_points_korean';
const prj = readSnapshot(ngiiDir, NGII.commit, `${base}.prj`).toString('utf8');
if (!/Korea_2000_Korea_Unified_Coordinate_System/.test(prj)) throw new Error('import: the NGII points are not in EPSG:5179 as expected');
const EPSG5179 = '+proj=tmerc +lat_0=38 +lon_0=127.5 +k=0.9996 +x_0=1000000 +y_0=2000000 +ellps=GRS80 +units=m +no_defs';
const toWgs = proj4(EPSG5179, 'EPSG:4326');
const names = readDbf(readSnapshot(ngiiDir, NGII.commit, `${base}.dbf`));
const xy = readPoints(readSnapshot(ngiiDir, NGII.commit, `${base}.shp`));
if (names.length !== xy.length) throw new Error(`import: NGII dbf has ${names.length} rows, shp ${xy.length} points`);

// Countries from the basemap's land (OpenStreetMap via @geo-maps, committed): inside, or within 5 km of the coast.
const basemap = JSON.parse(readFileSync(join(root, 'public', 'data', 'basemap', 'basemap.topojson'), 'utf8')) as Topology;
const land = (feature(basemap, basemap.objects.land) as unknown as FeatureCollection<Polygon | MultiPolygon, { iso: string }>).features;
function countryOf(lon: number, lat: number): string | null {
  const p = point([lon, lat]);
  for (const f of land) if (booleanPointInPolygon(p, f)) return f.properties.iso;
  let best: [number, string] | null = null;
  for (const f of land) {
    const d = pointToPolygonDistance(p, f, { units: 'kilometers' });
    if (d < 5 && (!best || d < best[0])) best = [d, f.properties.iso];
  }
  return best ? best[1] : null;
}
const ngiiRows = [];
let skipped = 0;
for (let i = 0; i < names.length; i++) {
  const name = names[i].MNG_NAM;
  const [lon, lat] = toWgs.forward(xy[i]).map(r5) as [number, number];
  const cc = countryOf(lon, lat);
  if (!name || !/[\uac00-\ud7a3]/.test(name) || (cc !== 'KR' && cc !== 'KP')) {
    skipped++;
    continue;
  }
  let muni: string | undefined;
  if (cc === 'KR') {
    const p = point([lon, lat]);
    muni = municipalities.find((m) => booleanPointInPolygon(p, m))?.properties.code;
    if (!muni) {
      let best = Infinity;
      for (const m of municipalities) {
        const d = pointToPolygonDistance(p, m, { units: 'kilometers' });
        if (d < best && d < 5) [best, muni] = [d, m.properties.code];
      }
    }
  }
  ngiiRows.push({ id: Number(names[i].FTR_IDN), name_ko: name, lon, lat, country: cc, kostat_municipality: muni });
}
ngiiRows.sort((a, b) => a.id - b.id);
const ngii = {
  source: `NGII (National Geographic Information Institute, Korea) 1:1,200,000 map, Korean edition, place-name points (premier_points, feature code KG003), via github.com/${NGII.repo} @ ${NGII.commit} (${base}.*)`,
  licence: 'NGII open map data, free download from ngii.go.kr (Korea Open Government Licence, attribution); see geo/sources/README.md',
  note: 'Positions are the map label points projected from EPSG:5179 (proj4), 5 decimals: accurate to a few km. country: the basemap land (OpenStreetMap) containing the point or within 5 km; points elsewhere (China, Japan, Russia) are dropped. kostat_municipality: the KOSTAT 2018 si/gun/gu containing a KR point (or within 5 km).',
  places: ngiiRows,
};

/** JSON with one row of each list per line (stable key order, rounded numbers), for readable diffs. */
function rowsJson(obj: Record<string, unknown>): string {
  const parts = Object.entries(obj).map(([k, v]) =>
    Array.isArray(v) ? `${JSON.stringify(k)}:[\n${v.map((x) => stableStringify(x, { decimals: 5 }).trim()).join(',\n')}\n]` : `${JSON.stringify(k)}:${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}
writeFileSync(join(out, 'kostat-admin-kr.json'), rowsJson(kostat));
writeFileSync(join(out, 'ngii-places-kr-kp.json'), rowsJson(ngii));
console.log(
  `import: KOSTAT ${kostat.provinces.length} provinces, ${kostat.municipalities.length} si/gun/gu, ${kostat.submunicipalities.length} eup/myeon/dong; ` +
    `NGII ${ngiiRows.length} places (${ngiiRows.filter((r) => r.country === 'KP').length} KP), ${skipped} outside the Koreas dropped`,
);
