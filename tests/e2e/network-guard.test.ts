// The network guard of every e2e suite (tests/e2e/browser.ts, checked after each test by tests/e2e/setup.ts),
// tried against what it must catch. Each case runs with the app's CSP on: the page's meta tag and the
// server's header, which also governs workers.
import { describe, expect, inject, it } from 'vitest';
import { drainFaults, gotoIdle, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const WORKER = '__probe-worker.js';

/** The CSP header the preview server sends with every response. */
async function serverCsp(): Promise<string> {
  const csp = (await fetch(baseUrl)).headers.get('content-security-policy');
  expect(csp, 'the server sends the CSP as a header').toMatch(/connect-src 'self'/);
  return csp!;
}

/** Serves a same-origin worker script that fetches `target` (with the server's CSP header unless `csp` is null), starts it and returns what it reported. */
async function workerFetch(s: Session, target: string, csp: string | null): Promise<string> {
  await s.context.route(`**/${WORKER}`, (r) =>
    r.fulfill({
      status: 200,
      contentType: 'text/javascript',
      headers: csp ? { 'content-security-policy': csp } : {},
      body: `fetch(${JSON.stringify(target)}).then(() => postMessage('fetched'), (e) => postMessage('failed: ' + e.message));`,
    }),
  );
  await gotoIdle(s.page, baseUrl);
  return s.page.evaluate(
    (src) =>
      new Promise<string>((resolve) => {
        const w = new Worker(src);
        w.onmessage = (e) => resolve(String(e.data));
        w.onerror = (e) => resolve(`worker error: ${e.message}`);
      }),
    `./${WORKER}`,
  );
}

describe('the network guard', () => {
  it('with the CSP on, records an off-origin fetch made by a Web Worker', async () => {
    const target = 'https://probe.example.invalid/worker.json';
    const s = await openSession(baseUrl);
    s.allow('external', /probe\.example\.invalid/);
    s.allow('console', /probe\.example\.invalid/);
    try {
      // The worker's own CSP (from its response header) refuses the request before the network sees it …
      expect(await workerFetch(s, target, await serverCsp())).toMatch(/^failed/);
      // … and the page's meta CSP is in force too (not bypassed).
      expect(await s.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toMatch(
        /connect-src 'self'/,
      );
      await expect.poll(() => s.externalRequests).toEqual([target]);
      await expect.poll(() => s.consoleErrors.join('\n')).toMatch(/worker .*__probe-worker\.js.*probe\.example\.invalid/);
    } finally {
      await s.close();
    }
  });

  it('without the DevTools side of the guard, the same worker request goes unseen (the check it replaces passes blind)', async () => {
    const target = 'https://probe.example.invalid/worker.json';
    const s = await openSession(baseUrl, { guard: 'route-only' });
    try {
      expect(await workerFetch(s, target, await serverCsp())).toMatch(/^failed/);
      await s.page.waitForTimeout(300);
      // Routing alone: the request was attempted, yet nothing is recorded and no console error is seen.
      expect(s.externalRequests).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a worker without a CSP is caught by the routing and by the DevTools protocol alike (both ways verified)', async () => {
    const target = 'https://probe.example.invalid/no-csp.json';
    for (const guard of ['route-only', 'full'] as const) {
      const s = await openSession(baseUrl, { guard });
      s.allow('external', /probe\.example\.invalid/);
      s.allow('console', /probe\.example\.invalid|ERR_BLOCKED_BY_CLIENT|Failed to load resource/);
      try {
        // The request reaches the network layer, where the routing aborts it.
        expect(await workerFetch(s, target, null)).toMatch(/^failed/);
        await expect.poll(() => s.externalRequests, { message: guard }).toEqual([target]);
      } finally {
        await s.close();
      }
    }
  });

  it('records a main-thread request that the page CSP refuses, which the routing never sees', async () => {
    const target = 'https://probe.example.invalid/main.json';
    for (const guard of ['route-only', 'full'] as const) {
      const s = await openSession(baseUrl, { guard });
      s.allow('external', /probe\.example\.invalid/);
      s.allow('console', /probe\.example\.invalid/);
      try {
        await gotoIdle(s.page, baseUrl);
        const r = await s.page.evaluate((u) => fetch(u).then(() => 'fetched', (e) => `failed: ${e.message}`), target);
        expect(r).toMatch(/^failed/);
        if (guard === 'full') await expect.poll(() => s.externalRequests).toEqual([target]);
        else {
          await s.page.waitForTimeout(300);
          expect(s.externalRequests).toEqual([]);
        }
      } finally {
        await s.close();
      }
    }
  });

  it('blocks service workers (a service worker would see requests no page route does)', async () => {
    for (const guard of ['full', 'route-only'] as const) {
      const s = await openSession(baseUrl, { guard });
      try {
        await s.context.route('**/__probe-sw.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
        await gotoIdle(s.page, baseUrl);
        const registrations = await s.page.evaluate(async () => {
          await navigator.serviceWorker.register('./__probe-sw.js').catch(() => undefined);
          await new Promise((r) => setTimeout(r, 300));
          return (await navigator.serviceWorker.getRegistrations()).length;
        });
        // Blocked under the guard; registered without it (so the check can fail).
        expect(registrations, guard).toBe(guard === 'full' ? 0 : 1);
      } finally {
        await s.close();
      }
    }
  });

  it('hands every recorded fault to the shared afterEach, which fails the test unless it was declared', async () => {
    const target = 'https://probe.example.invalid/undeclared.json';
    const s = await openSession(baseUrl);
    try {
      expect(await workerFetch(s, target, await serverCsp())).toMatch(/^failed/);
      await expect.poll(() => s.externalRequests).toEqual([target]);
      // What tests/e2e/setup.ts would see after this test: drained here so that this test itself passes.
      const faults = drainFaults();
      expect(faults).toContain(`external: ${target}`);
      expect(faults.some((f) => /^console: worker .*probe\.example\.invalid/.test(f))).toBe(true);
      expect(drainFaults()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('framing (the server header frame-ancestors)', () => {
  // Another origin on the loopback address (a public host name would meet Chrome's private-network rules
  // instead): same port, other host name. Its page is fulfilled by the test.
  const other = new URL(baseUrl);
  other.hostname = 'localhost';
  const host = `${other.origin}/__host.html`;

  /** The other origin's page framing `src`; resolves to whether the frame shows the app. */
  async function framed(s: Session, src: string): Promise<boolean> {
    await s.context.route(host, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><iframe src="${src}" width="800" height="600"></iframe>` }));
    await s.page.goto(host);
    // Give a refused frame time to stay empty; an allowed one shows the app's shell.
    for (let i = 0; i < 40; i++) {
      const frame = s.page.frames().find((f) => f !== s.page.mainFrame());
      if (frame && (await frame.locator('#app').count().catch(() => 0)) > 0) return true;
      await s.page.waitForTimeout(100);
    }
    return false;
  }

  it('the app refuses to be framed by another origin; the embed page accepts the configured origin only', async () => {
    const app = await fetch(baseUrl);
    expect(app.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    expect(app.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // global-setup starts the server with BORDERLINE_EMBED_ORIGINS=http://localhost:<port>.
    const embed = await fetch(`${baseUrl}embed.html`);
    expect(embed.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors ${other.origin}$`));
    // Chrome refuses a page with no address (one the test fulfils) to frame a loopback one: its
    // local-network checks are switched off here so that frame-ancestors alone decides.
    const s = await openSession(baseUrl, { args: ['--disable-features=LocalNetworkAccessChecks'] });
    s.allow('external', new RegExp(`^${other.origin}/`));
    s.allow('console', /frame-ancestors|Refused to display|Refused to frame/);
    try {
      expect(await framed(s, baseUrl)).toBe(false);
      expect(s.consoleErrors.join('\n')).toMatch(/frame-ancestors 'self'/);
      // The control: the same host page does show a frame of the app where the header allows it.
      expect(await framed(s, `${baseUrl}embed.html`)).toBe(true);
    } finally {
      await s.close();
    }
  });
});
