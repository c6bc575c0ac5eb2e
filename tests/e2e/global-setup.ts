import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | undefined;

/** Builds the app once (unless E2E_SKIP_BUILD=1) and serves dist/ on 127.0.0.1 for the e2e tests. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // Vitest sets NODE_ENV=test, and a build inheriting it resolves Svelte's development code (esm-env's DEV:
    // stack capture on updates, extra checks): the tests must drive the build a reader gets.
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error('vite build failed; see its output above');
  }
  const port = await freePort();
  server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // The embed page's allowed framers, as a deployment would set them (tests/e2e/network-guard.test.ts).
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BORDERLINE_EMBED_ORIGINS: `http://localhost:${port}` } },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, 20_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server?.kill('SIGTERM');
  };
}
