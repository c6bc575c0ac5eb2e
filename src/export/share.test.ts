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
