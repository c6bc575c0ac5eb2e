import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findBrowser } from './find-browser';

export const ARTIFACTS = join(process.cwd(), 'tests', '.artifacts');

export type FaultKind = 'external' | 'page' | 'console';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page and in its workers. */
  pageErrors: string[];
  /** console.error lines and error log entries (CSP violations included) of the page and its workers, minus known GPU noise. */
  consoleErrors: string[];
  /**
   * Every URL outside the test server's origin that the page or one of its workers tried to reach: routed
   * (and aborted) requests, requests seen by the DevTools protocol on worker targets, and requests the
   * Content-Security-Policy refused before they reached the network. One entry per URL.
   */
  externalRequests: string[];
  /** Same-origin responses, by path, with their status. */
  responses: { path: string; status: number }[];
  /**
   * Declares a fault this test provokes on purpose: entries matching `re` are not counted by the shared
   * `afterEach` (tests/e2e/setup.ts). Everything else still fails the test.
   */
  allow(kind: FaultKind, re: RegExp): void;
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
  /**
   * 'full' (default): context routing, blocked service workers, and the DevTools protocol on every worker.
   * 'route-only': the routing alone, as the suites had before: only to show what it misses.
   */
  guard?: 'full' | 'route-only';
}

// ---- the registry the shared afterEach reads ------------------------------------------------------------
interface Tracked {
  session: Session;
  allowed: { kind: FaultKind; re: RegExp }[];
  seen: Record<FaultKind, number>;
}
const tracked: Tracked[] = [];

/**
 * Faults recorded since the last call, in every session opened by this test file (open or closed since),
 * minus those the test declared with `allow`. Closed sessions are forgotten once read.
 */
export function drainFaults(): string[] {
  const out: string[] = [];
  for (const t of tracked) {
    const lists: Record<FaultKind, string[]> = { external: t.session.externalRequests, page: t.session.pageErrors, console: t.session.consoleErrors };
    for (const kind of Object.keys(lists) as FaultKind[]) {
      const fresh = lists[kind].slice(t.seen[kind]);
      t.seen[kind] = lists[kind].length;
      for (const f of fresh) if (!t.allowed.some((a) => a.kind === kind && a.re.test(f))) out.push(`${kind}: ${f}`);
    }
  }
  for (let i = tracked.length - 1; i >= 0; i--) if (closed.has(tracked[i].session)) tracked.splice(i, 1);
  return out;
}
const closed = new WeakSet<Session>();

// ---- the DevTools-protocol side of the guard ----------------------------------------------------------
interface Recorder {
  external(url: string): void;
  pageError(message: string): void;
  consoleError(message: string): void;
}

function offOrigin(url: string, origin: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  if (/^(data|blob|about|chrome-error|devtools):/i.test(url)) return false;
  try {
    return new URL(url).origin !== origin;
  } catch {
    return true;
  }
}

/**
 * Attaches to the page's target and auto-attaches to each worker it starts (dedicated workers; service
 * workers are blocked outright), before the worker runs its first line. On each: Network (requests that
 * reach the network stack), Audits (requests the CSP refused, which never reach it, nor the routing),
 * Log and Runtime (errors and uncaught exceptions, which Playwright does not report for workers).
 */
async function attachCdpGuard(context: BrowserContext, page: Page, origin: string, rec: Recorder): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  let id = 1;
  const send = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: id++, method, params }) }).catch(() => {});
  const workers = new Map<string, string>();
  cdp.on('Target.attachedToTarget', async (e) => {
    const { sessionId, targetInfo } = e;
    if (/worker/.test(targetInfo.type)) {
      workers.set(sessionId, targetInfo.url);
      for (const m of ['Network.enable', 'Audits.enable', 'Log.enable', 'Runtime.enable']) await send(sessionId, m);
    }
    await send(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    let m: { method?: string; params?: any };
    try {
      m = JSON.parse(e.message);
    } catch {
      return;
    }
    const where = `worker ${workers.get(e.sessionId) ?? '?'}`;
    const p = m.params;
    switch (m.method) {
      case 'Network.requestWillBeSent':
        if (offOrigin(p.request.url, origin)) rec.external(p.request.url);
        break;
      case 'Audits.issueAdded': {
        const url = p.issue?.details?.contentSecurityPolicyIssueDetails?.blockedURL;
        if (typeof url === 'string' && offOrigin(url, origin)) rec.external(url);
        break;
      }
      case 'Log.entryAdded':
        if (p.entry.level === 'error') rec.consoleError(`${where}: ${p.entry.text}`);
        break;
      case 'Runtime.consoleAPICalled':
        if (p.type === 'error' || p.type === 'assert')
          rec.consoleError(`${where}: ${(p.args ?? []).map((a: any) => a.value ?? a.description ?? '').join(' ')}`);
        break;
      case 'Runtime.exceptionThrown':
        rec.pageError(`${where}: ${p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text}`);
        break;
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  // The page's own CSP refusals: the routing never sees these requests either.
  await cdp.send('Audits.enable');
  cdp.on('Audits.issueAdded', (e) => {
    const url = (e.issue.details as any)?.contentSecurityPolicyIssueDetails?.blockedURL;
    if (typeof url === 'string' && offOrigin(url, origin)) rec.external(url);
  });
  return cdp;
}

/** Starts headless Chromium with every request outside `allowedOrigin` aborted and recorded, workers included. */
export async function openSession(allowedOrigin: string, opts: SessionOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'borderline-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const full = (opts.guard ?? 'full') === 'full';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findBrowser(),
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    isMobile: opts.isMobile,
    bypassCSP: opts.bypassCSP,
    hasTouch: opts.isMobile,
    deviceScaleFactor: 1,
    serviceWorkers: full ? 'block' : 'allow',
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
  const external = new Set<string>();
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const rec: Recorder = {
    external(url) {
      if (external.has(url)) return;
      external.add(url);
      externalRequests.push(url);
    },
    pageError: (m) => pageErrors.push(m),
    consoleError: (m) => {
      if (!NOISE.some((re) => re.test(m))) consoleErrors.push(m);
    },
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!offOrigin(url, origin)) return route.continue();
    rec.external(url);
    return route.abort('blockedbyclient');
  });
  const responses: { path: string; status: number }[] = [];
  const cdps: CDPSession[] = [];
  const watch = async (page: Page) => {
    page.on('pageerror', (err) => rec.pageError(String(err)));
    page.on('response', (res) => {
      const u = new URL(res.url());
      if (u.origin === origin) responses.push({ path: u.pathname, status: res.status() });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') rec.consoleError(msg.text());
    });
    if (full) cdps.push(await attachCdpGuard(context, page, origin, rec));
  };
  const page = context.pages()[0] ?? (await context.newPage());
  await watch(page);
  context.on('page', (p) => void watch(p));
  const allowed: Tracked['allowed'] = [];
  const session: Session = {
    context,
    page,
    pageErrors,
    consoleErrors,
    externalRequests,
    responses,
    allow(kind, re) {
      allowed.push({ kind, re });
    },
    async close() {
      closed.add(session);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  tracked.push({ session, allowed, seen: { external: 0, page: 0, console: 0 } });
  return session;
}

/** Navigates and waits for the app's first map `idle` (exposed as window.__idle). */
export async function gotoIdle(page: Page, url: string, timeout = 40_000): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idle?: Promise<void> }).__idle !== undefined);
  // Bounded below the test's own limit, so that a map that never settles is described, not just timed out.
  const settled = await page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as { __idle: Promise<void> }).__idle.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
      ]),
    timeout,
  );
  if (!settled) throw new Error(`the map's first idle did not come within ${timeout} ms; ${await describeApp(page)}`);
}

/**
 * The page's state in one line, for the message of a wait that timed out: the URL's hash, the open
 * story, the open dialog and its form, the map's motion, tiles and event features.
 */
export async function describeApp(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => {
      const w = window as any;
      const map = w.__map;
      const form = document.querySelector<HTMLFormElement>('form.new-story');
      const area = document.querySelector<HTMLTextAreaElement>('#article-text');
      const alert = document.querySelector('.new-story [role="alert"]')?.textContent?.trim();
      const parts = [
        `hash ${location.hash || '(none)'}`,
        `__story ${w.__story ?? '(none)'}`,
        `__events ${Array.isArray(w.__events) ? w.__events.length : '(none)'}`,
        `dialog ${document.querySelector('dialog[open]') ? 'open' : 'closed'}`,
        form ? `form ${form.dataset.status}, text ${area?.value.length ?? 0} chars${alert ? `, alert "${alert}"` : ''}` : 'no form',
      ];
      if (map) {
        const src = map.getSource('events');
        parts.push(
          `map moving ${map.isMoving()}, loaded ${map.loaded()}, tiles loaded ${map.areTilesLoaded()}, zoom ${map.getZoom().toFixed(2)}, centre ${map.getCenter().lng.toFixed(3)},${map.getCenter().lat.toFixed(3)}`,
          src ? `events source: ${map.querySourceFeatures('events').length} features, ${map.queryRenderedFeatures({ layers: ['events-point'] }).length} rendered` : 'no events source',
        );
      } else parts.push('no map');
      return parts.join('; ');
    });
  } catch (err) {
    return `the page could not be described (${err instanceof Error ? err.message : String(err)})`;
  }
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
