// An HTML page reduced to its article's text in the browser: DOMParser builds an inert document
// (scripts never run, nothing is fetched, nothing is inserted into the page), Readability finds
// the article in it, and the article's blocks become paragraphs of plain text.
import { Readability } from '@mozilla/readability';
import { pageMeta, type PageMeta } from './page-meta';

export interface HtmlArticle extends PageMeta {
  text: string;
  /** False when Readability found no article and the page's whole text was taken. */
  readable: boolean;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
// Never text: code, styles, embedded objects and their fallbacks.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);

/**
 * The text of an element as paragraphs: block elements and <br> break lines, runs of white space
 * inside a paragraph become one space, paragraphs are separated by a blank line.
 */
export function blocksToText(root: Node): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag) || (n as Element).hasAttribute?.('hidden')) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

// A start tag with its attributes (quoted values may hold '>').
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const ATTR = /(\s+)([^\s/>"'=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Drops `on…=` event-handler attributes from start tags. Not for safety — a DOMParser document runs
 * nothing — but because Chrome checks such attributes against the page's CSP as they are parsed
 * and logs a violation for each, in the reader's console.
 */
export function stripEventHandlers(html: string): string {
  return html.replace(START_TAG, (tag) => {
    const name = /^<[^\s/>]*/.exec(tag)![0];
    // Attribute by attribute, so that a quoted value ("x onclick=y") is never mistaken for one.
    return name + tag.slice(name.length).replace(ATTR, (attr, _sp, key: string) => (/^on/i.test(key) ? '' : attr));
  });
}

/**
 * Reduces an HTML page to its article's text and metadata.
 * @param html the page's markup (untrusted)
 * @param parser a DOMParser (the browser's; tests pass happy-dom's)
 */
export function htmlToArticle(html: string, parser: DOMParser = new DOMParser()): HtmlArticle {
  const doc = parser.parseFromString(stripEventHandlers(html), 'text/html');
  const meta = pageMeta(doc);
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    // Readability changes the document it reads: give it a copy, keep the original for the fallback.
    article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (el) => el, charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const body = article?.content ? blocksToText(article.content) : '';
  const readable = body.trim().length > 0;
  const text = readable ? body : blocksToText(doc.body ?? doc);
  return {
    text,
    readable,
    title: meta.title ?? article?.title?.trim() ?? undefined,
    outlet: meta.outlet ?? article?.siteName?.trim() ?? undefined,
    publishedTime: meta.publishedTime ?? article?.publishedTime ?? undefined,
    url: meta.url,
  };
}
