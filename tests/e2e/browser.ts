import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findBrowser } from './find-browser';

export const ARTIFACTS = join(process.cwd(), 'tests', '.artifacts');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error lines, minus known GPU noise. */
  consoleErrors: string[];
  /** Requests to any origin other than the test server; each one was aborted. */
  externalRequests: string[];
  /** Same-origin responses, by path, with their status. */
  responses: { path: string; status: number }[];
  close(): Promise<void>;
}

const NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/, /WebGL: INVALID/, /Automatic fallback to software WebGL/];

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** Extra Chromium flags, e.g. to disable WebGL. */
  args?: string[];
  isMobile?: boolean;
  /** Ignore the page's Content-Security-Policy (only to prove that the request checks can fail). */
  bypassCSP?: boolean;
}

/** Starts headless Chromium with every request outside `allowedOrigin` aborted and recorded. */
export async function openSession(allowedOrigin: string, opts: SessionOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'borderline-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findBrowser(),
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    isMobile: opts.isMobile,
    bypassCSP: opts.bypassCSP,
    hasTouch: opts.isMobile,
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
      ...(opts.args ?? []),
    ],
  });
  const origin = new URL(allowedOrigin).origin;
  const externalRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  const responses: { path: string; status: number }[] = [];
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.origin === origin) responses.push({ path: u.pathname, status: res.status() });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !NOISE.some((re) => re.test(msg.text()))) consoleErrors.push(msg.text());
  });
  return {
    context,
    page,
    pageErrors,
    consoleErrors,
    externalRequests,
    responses,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Navigates and waits for the app's first map `idle` (exposed as window.__idle). */
export async function gotoIdle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idle?: Promise<void> }).__idle !== undefined);
  await page.evaluate(() => (window as unknown as { __idle: Promise<void> }).__idle);
}

/** Resolves at the map's next `idle` after whatever the caller just did. */
export async function nextIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) {
          // Still wait one idle so that repaints triggered by the caller settle.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}
