// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blocksToText, htmlToArticle, stripEventHandlers } from './html-article';

const para = (s: string) => `<p>${s} ${'The border town of Kaesong lies just north of the demilitarised zone, where the two Koreas ran a joint industrial park. '.repeat(2)}</p>`;
const page = `<!doctype html><html><head>
<title>Page title | Example News</title>
<meta property="og:title" content="North Korea blows up liaison office">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="javascript:alert('og')">
<meta property="article:published_time" content="2020-06-16T15:10:00+09:00">
<script>window.__tripwire = 'script ran'</script>
</head><body onload="window.__tripwire='onload ran'">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>North Korea blows up liaison office</h1>
${para('North Korea blew up an inter-Korean liaison office on Tuesday.')}
${para('Seoul said the building in <b>Kaesong</b> was destroyed at 2:49pm<br>local time.')}
<img src="x" onerror="window.__tripwire='onerror ran'">
<p><a href="javascript:window.__tripwire='link'">A link</a> that says &lt;script&gt;alert(1)&lt;/script&gt; as text.</p>
${para('The office had been closed since January.')}
<script>document.write('<p>injected</p>')</script>
</article>
<footer>© Example News</footer>
</body></html>`;

describe('an HTML page reduced to its article', () => {
  const a = htmlToArticle(page, new DOMParser());

  it('keeps the article text as paragraphs, without scripts, markup or navigation', () => {
    expect(a.readable).toBe(true);
    expect(a.text).toContain('North Korea blew up an inter-Korean liaison office on Tuesday.');
    expect(a.text).toContain('Seoul said the building in Kaesong was destroyed at 2:49pm\n\nlocal time.');
    expect(a.text).toContain('A link that says <script>alert(1)</script> as text.');
    expect(a.text).not.toMatch(/tripwire|document\.write|injected|Home World/);
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it("prefills title, outlet and publication time from the page's metadata, dropping a javascript: URL", () => {
    expect(a.title).toBe('North Korea blows up liaison office');
    expect(a.outlet).toBe('Example News');
    expect(a.publishedTime).toBe('2020-06-16T15:10:00+09:00');
    expect(a.url).toBeUndefined();
  });

  it('runs nothing', () => {
    expect((globalThis as { __tripwire?: string }).__tripwire).toBeUndefined();
  });

  it('keeps the text of a page too short to look like an article', () => {
    const b = htmlToArticle('<html><body><div>Short note from Paju.</div></body></html>', new DOMParser());
    expect(b.text).toBe('Short note from Paju.');
    expect(htmlToArticle('<html><body></body></html>', new DOMParser()).text).toBe('');
  });

  it('reads JSON-LD when there is no Open Graph', () => {
    const c = htmlToArticle('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2015-08-10T09:00:00+09:00","publisher":{"name":"Herald"}}</script></head><body><p>x</p></body></html>', new DOMParser());
    expect(c).toMatchObject({ title: 'H', outlet: 'Herald', publishedTime: '2015-08-10T09:00:00+09:00' });
  });

  it('drops event-handler attributes before parsing, keeping the rest of the tag and the text', () => {
    expect(stripEventHandlers('<img src="x" onerror="a()"><body ONLOAD=b() class=c><p title="on=1 > 2" onclick=\'d("x>y")\'>onion = on</p>')).toBe(
      '<img src="x"><body class=c><p title="on=1 > 2">onion = on</p>',
    );
    expect(stripEventHandlers('<svg><a xlink:href="#" onmouseover="e()"/></svg>')).toBe('<svg><a xlink:href="#"/></svg>');
  });

  it('turns blocks and line breaks into paragraphs', () => {
    const doc = new DOMParser().parseFromString('<div><h2>Head</h2>one<br>two<ul><li>a</li><li>b  c</li></ul><span>tail</span></div>', 'text/html');
    expect(blocksToText(doc.body)).toBe('Head\n\none\n\ntwo\n\na\n\nb c\n\ntail');
  });
});
