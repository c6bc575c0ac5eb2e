// npm run corpus:check [-- dev|test]: validates the gold corpus's files without running the pipeline.
import { checkArticle, loadSet } from './gold.ts';

const sets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let bad = 0;
let n = 0;
const outlets = new Set<string>();
const years = new Set<string>();
const types = new Map<string, number>();
const tiers = new Map<string, number>();
for (const set of sets.length ? sets : ['dev', 'test']) {
  let arts;
  try {
    arts = loadSet('tests/corpus', set);
  } catch (e) {
    console.error((e as Error).message);
    bad++;
    continue;
  }
  for (const a of arts) {
    n++;
    const errs = checkArticle(a);
    outlets.add(a.meta.outlet);
    years.add(a.meta.published?.slice(0, 4));
    for (const e of a.gold.events ?? []) {
      types.set(e.type, (types.get(e.type) ?? 0) + 1);
      tiers.set(e.tier, (tiers.get(e.tier) ?? 0) + 1);
    }
    if (errs.length) {
      bad++;
      console.log(`✗ ${set}/${a.slug}\n  - ${errs.join('\n  - ')}`);
    } else console.log(`✓ ${set}/${a.slug}: ${a.gold.events.length} events, ${a.gold.toponyms.length} toponyms, ${a.gold.dates.length} dates`);
  }
}
console.log(`\n${n} articles, ${bad} with problems; ${outlets.size} outlets; years ${[...years].sort().join(' ')}`);
console.log(`tiers: ${[...tiers].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`types: ${[...types].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
process.exit(bad ? 1 : 0);
