// The hostile fixture (tests/fixtures/hostile/payloads.json) and the checks that prove none of it ran:
// a tripwire (window.__trip, alert, confirm, prompt, print) installed before the page's own scripts, and
// a search for elements and attributes that only markup from a payload could have made.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface Payload {
  id: number;
  kind: string;
  text: string;
}
const fixture = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8'));
/** The markup, URL, bidi, zero-width, combining, long-word and control-character payloads (NFC, as text is read). */
export const payloads: Payload[] = fixture.payloads.map((p: Payload) => ({ ...p, text: p.text.normalize('NFC') }));
/** Spreadsheet formulas: = + - @, tab, carriage return, full-width =. */
export const formulas: Payload[] = fixture.formulas;
export const byKind = (k: string) => payloads.find((p) => p.kind === k)!.text;
export const bounded = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** An init script: records any call of __trip, alert, confirm, prompt or print in window.__tripped. */
export const TRIPWIRE = () => {
  const w = window as any;
  w.__tripped = [];
  w.__trip = (n: unknown) => w.__tripped.push(n);
  for (const k of ['alert', 'confirm', 'prompt', 'print']) w[k] = (...a: unknown[]) => w.__tripped.push(`${k}:${a.join()}`);
};
export const tripped = (page: Page) => page.evaluate(() => (window as any).__tripped as unknown[]);

/**
 * Elements or attributes that only markup from a payload could have made, in the app, its dialogs and
 * popups. Form controls the app itself renders carry an id or a name, and its forms no action; a
 * payload's do not.
 */
export const smuggled = (page: Page) =>
  page.evaluate(() => {
    const bad: string[] = [];
    for (const root of document.querySelectorAll('#app, .maplibregl-popup, dialog')) {
      const risky = root.querySelectorAll(
        'img, iframe, object, embed, script, math, form[action], base, meta, style, noscript, details[open][ontoggle], svg:not([aria-hidden="true"]):not(.histogram), ' +
          'input:not([id]):not([name]):not([type=checkbox]):not([type=range]):not([type=file]), textarea:not([id])',
      );
      for (const el of risky) bad.push(el.outerHTML.slice(0, 80));
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) if (/^on/i.test(a)) bad.push(`${el.tagName} ${a}`);
        const href = el.getAttribute('href');
        if (href !== null && !/^https?:\/\//i.test(href)) bad.push(`${el.tagName} href=${href.slice(0, 40)}`);
      }
    }
    return bad;
  });

/**
 * A story whose every untrusted field carries a payload: the text (one paragraph per payload, those of
 * `extra` starting their paragraph, as a formula would start a CSV cell), and each event's place, Hangul
 * place, date text and actors. Each event quotes its own paragraph at its offsets.
 */
export function hostileStory(slug: string, extra: Payload[] = []) {
  const items = [...payloads, ...extra];
  const lines = [
    'Hostile payloads, one per paragraph',
    ...items.map((p, i) => (i < payloads.length ? `Paragraph ${i + 1} quotes this: ${p.text} and ends.` : `${p.text} opens paragraph ${i + 1}.`)),
  ];
  const text = lines.join('\n\n') + '\n';
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 2;
  }
  const title = `${byKind('title breakout')} ${byKind('right-to-left override')} ${byKind('script tag')}`;
  const outlet = byKind('img onerror');
  const meta = { slug, title, outlet, published: '2020-06-16', tz: 'Asia/Seoul' };
  const features = items.map((p, i) => {
    const line = lines[i + 1];
    const start = starts[i + 1];
    return {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [126.45 + (i % 8) * 0.06, 37.75 + Math.floor(i / 8) * 0.06] },
      properties: {
        id: `hostile-${p.id}`,
        n: i + 1,
        kind: 'statement' as const,
        actors: [bounded(p.text, 500)],
        place: bounded(p.text, 500),
        place_ko: bounded(items[(i + 1) % items.length].text, 500),
        place_id: `place-${p.id}`,
        place_kind: 'point' as const,
        date_start: '2020-06-16T12:00:00+09:00',
        date_end: '2020-06-16T12:00:00+09:00',
        date_precision: 'minute' as const,
        date_text: bounded(p.text, 2000),
        quote: line,
        quote_start: start,
        quote_end: start + line.length,
        paragraph: i + 1,
        passages: [{ quote: line, start, end: start + line.length, paragraph: i + 1 }],
        confidence: 0.5,
      },
    };
  });
  return { meta, text, lines, starts, events: { type: 'FeatureCollection' as const, features, unlocated: [] } };
}
