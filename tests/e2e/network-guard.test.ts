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
  // Other origins on the loopback address (a public host name would meet Chrome's private-network rules
  // instead): the configured one (global-setup starts the server with BORDERLINE_EMBED_ORIGINS=
  // http://localhost:<port>) and one that is not (another port). Their pages are fulfilled by the test.
  const allowed = new URL(baseUrl);
  allowed.hostname = 'localhost';
  const stranger = new URL(allowed.href);
  stranger.port = String(Number(allowed.port) === 65535 ? 1 : Number(allowed.port) + 1);

  /** A page of `origin` framing `src`: what the frame shows (the app, the embed page) or null when refused. */
  async function framed(s: Session, origin: string, src: string): Promise<'app' | 'embed' | null> {
    const host = `${origin}/__host.html`;
    await s.context.route(host, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><iframe src="${src}" width="800" height="600"></iframe>` }));
    await s.page.goto(host);
    // Give a refused frame time to stay empty; an allowed one shows the page's shell.
    for (let i = 0; i < 60; i++) {
      const frame = s.page.frames().find((f) => f !== s.page.mainFrame());
      if (frame) {
        if ((await frame.locator('.embed h1').count().catch(() => 0)) > 0) return 'embed';
        if ((await frame.locator('.app .masthead').count().catch(() => 0)) > 0) return 'app';
      }
      await s.page.waitForTimeout(100);
    }
    return null;
  }

  it('sends index.html with frame-ancestors \'self\' and the real embed.html with the configured origins', async () => {
    const app = await fetch(baseUrl);
    expect(app.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    expect(app.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const embed = await fetch(`${baseUrl}embed.html`);
    expect(embed.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors ${allowed.origin}$`));
    expect(embed.headers.get('x-frame-options')).toBeNull();
    // It is the embed page (its own entry and title), not the app's page answered for an unknown path.
    const html = await embed.text();
    expect(html).toMatch(/<title>Borderline — embedded story map<\/title>/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    // A path that only ends like the embed's is answered with the app's page: the app's policy goes with it.
    const lookalike = await fetch(`${baseUrl}x/embed.html`);
    expect(await lookalike.text()).toMatch(/<title>Borderline — a story map/);
    expect(lookalike.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
  });

  it('the configured origin frames the embed page and nothing else; another origin frames nothing; the app frames itself', async () => {
    // Chrome refuses a page with no address (one the test fulfils) to frame a loopback one: its
    // local-network checks are switched off here so that frame-ancestors alone decides.
    const s = await openSession(baseUrl, { args: ['--disable-features=LocalNetworkAccessChecks'] });
    s.allow('external', new RegExp(`^(${allowed.origin}|${stranger.origin})/`));
    s.allow('console', /frame-ancestors|Refused to display|Refused to frame/);
    try {
      const embed = `${baseUrl}embed.html#story=2010-11-23-yeonpyeong-shelling`;
      expect(await framed(s, allowed.origin, embed), 'the embed page, by the configured origin').toBe('embed');
      expect(await framed(s, allowed.origin, baseUrl), 'the app, by the configured origin').toBeNull();
      expect(s.consoleErrors.join('\n')).toMatch(/frame-ancestors 'self'/);
      // The app's page under a path that ends like the embed's (what an SPA fallback answers) stays unframeable.
      expect(await framed(s, allowed.origin, `${baseUrl}x/embed.html`), 'the app under a look-alike path').toBeNull();
      expect(await framed(s, stranger.origin, embed), 'the embed page, by an origin not configured').toBeNull();
      expect(s.consoleErrors.join('\n')).toMatch(new RegExp(`frame-ancestors ${allowed.origin.replace(/[.]/g, '\\.')}`));
      // The control: the app's own origin may frame the app.
      expect(await framed(s, new URL(baseUrl).origin, baseUrl), 'the app, by itself').toBe('app');
    } finally {
      await s.close();
    }
  });
});
