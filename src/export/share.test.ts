import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { appBase, embedSnippet, embedUrl, shareUrl } from './share';
import { parseUrlState } from '../state/url-state';

describe('share links and the embed', () => {
  const href = 'https://example.org/borderline/index.html?x=1#story=old&event=e1';

  it('builds links on the app folder with the state in the hash', () => {
    expect(appBase(href)).toBe('https://example.org/borderline/');
    const url = shareUrl(href, { story: '2010-11-23-yeonpyeong-shelling', view: { zoom: 9, lat: 37.66, lng: 125.7 } });
    expect(url).toBe('https://example.org/borderline/#story=2010-11-23-yeonpyeong-shelling&map=9/37.66/125.7');
  });

  it('points the embed at embed.html with story and view, and nothing else', () => {
    const url = embedUrl(href, { story: 's', view: { zoom: 8, lat: 37.9, lng: 126.6 }, layers: ['dmz'] });
    expect(url).toBe('https://example.org/borderline/embed.html#story=s&map=8/37.9/126.6&layers=dmz');
    expect(parseUrlState(new URL(url).hash)).toEqual({ story: 's', view: { zoom: 8, lat: 37.9, lng: 126.6 }, layers: ['dmz'] });
  });

  it('escapes the title in the snippet', () => {
    const s = embedSnippet('https://e.org/embed.html#story=s', 'A "quoted" <b>title</b> & more');
    expect(s).toContain('title="Borderline: A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(s).toMatch(/^<iframe src="https:\/\/e\.org\/embed\.html#story=s" [^<]*><\/iframe>$/);
  });
});

describe('the embed snippet with the hostile fixture', () => {
  const payloads: { kind: string; text: string }[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8')).payloads;
  /** Parses a snippet as a page would: the elements and attributes it makes. */
  const parse = (html: string) => {
    const doc = new new Window().DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    return [...doc.body.querySelectorAll('*')].map((el) => ({ tag: el.tagName.toLowerCase(), attrs: el.getAttributeNames().sort(), title: el.getAttribute('title') }));
  };
  const ATTRS = ['height', 'loading', 'referrerpolicy', 'src', 'style', 'title', 'width'];
  it.each(payloads.filter((p) => p.text.length < 300).map((p) => [p.kind, p.text]))('%s in a title stays one iframe with its own attributes', (_k, t) => {
    expect(parse(embedSnippet('https://e.org/embed.html#story=s', t))).toEqual([{ tag: 'iframe', attrs: ATTRS, title: `Borderline: ${t}` }]);
  });
  it('control: a snippet that does not escape the title is broken by the same payloads', () => {
    const raw = (t: string) => `<iframe src="https://e.org/embed.html" title="Borderline: ${t}" width="100%"></iframe>`;
    const broken = payloads.filter((p) => {
      const els = parse(raw(p.text));
      return els.length !== 1 || els[0].title !== `Borderline: ${p.text}`;
    });
    expect(broken.length).toBeGreaterThan(5);
  });
});
