#!/usr/bin/env node
// Runs every check (type check, unit tests, browser tests) and ends with one plain line
// "N passed, N failed" that CI reads; exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const out = 'tests/.artifacts/vitest.json';
mkdirSync('tests/.artifacts', { recursive: true });
if (existsSync(out)) rmSync(out);

let passed = 0;
let failed = 0;

const check = spawnSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human'], {
  stdio: 'inherit',
});
if (check.status === 0) passed += 1;
else {
  failed += 1;
  console.error('svelte-check: type errors (counted as one failed check)');
}

const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
const vt = spawnSync('npx', args, { stdio: 'inherit' });

if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A suite that fails to load (syntax error, failed setup) has no failed tests of its own.
  const brokenSuites = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).every((a) => a.status !== 'failed'));
  failed += brokenSuites.length;
  for (const t of brokenSuites) console.error(`suite failed to run: ${t.name}\n${t.message ?? ''}`);
  if (r.numTotalTests === 0) {
    failed += 1;
    console.error('vitest ran no test');
  }
} else {
  failed += 1;
  console.error(`vitest wrote no report (exit ${vt.status})`);
}
if (vt.status !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
