// Metadata a news page declares (Open Graph, article:*, JSON-LD, <time>), read from a parsed
// document without running or inserting anything. Pure helpers are separate for unit tests.
import { safeHttpUrl } from '../lib/safe-url';

export { safeHttpUrl };

export interface PageMeta {
  title?: string;
  outlet?: string;
  /** The publication instant as the page gives it (ISO 8601 with or without an offset). */
  publishedTime?: string;
  url?: string;
}

const clean = (s: string | null | undefined, max = 300) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** The first JSON-LD datePublished / publisher name / headline in the page's ld+json blocks. */
function jsonLd(doc: Document): PageMeta {
  const out: PageMeta = {};
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph'] as unknown[]) ?? [])]) as Array<Record<string, unknown>>;
    for (const it of items) {
      if (!it || typeof it !== 'object') continue;
      if (!out.publishedTime && typeof it.datePublished === 'string') out.publishedTime = it.datePublished;
      if (!out.title && typeof it.headline === 'string') out.title = clean(it.headline);
      const pub = it.publisher as { name?: unknown } | undefined;
      if (!out.outlet && pub && typeof pub.name === 'string') out.outlet = clean(pub.name);
    }
  }
  return out;
}

/** Reads a page's own metadata. Call it before Readability, which changes the document. */
export function pageMeta(doc: Document): PageMeta {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.getAttribute('content') ?? undefined;
  const ld = jsonLd(doc);
  const url = safeHttpUrl(meta('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  let outlet = clean(meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]')) ?? ld.outlet;
  if (!outlet && url) outlet = new URL(url).hostname.replace(/^www\./, '');
  return {
    title: clean(meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]')) ?? ld.title ?? clean(doc.querySelector('title')?.textContent),
    outlet,
    publishedTime:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="pubdate"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      ld.publishedTime ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
    url,
  };
}

// A time zone for a UTC offset: a guess the reader can change (the form shows it).
const ZONE_BY_OFFSET: Record<string, string> = {
  '+09:00': 'Asia/Seoul',
  '+08:00': 'Asia/Shanghai',
  '+07:00': 'Asia/Bangkok',
  '+05:30': 'Asia/Kolkata',
  '+03:00': 'Europe/Moscow',
  '+02:00': 'Europe/Berlin',
  '+01:00': 'Europe/London',
  '+00:00': 'Europe/London',
  '-04:00': 'America/New_York',
  '-05:00': 'America/New_York',
  '-07:00': 'America/Los_Angeles',
  '-08:00': 'America/Los_Angeles',
  '+10:00': 'Australia/Sydney',
  '+11:00': 'Australia/Sydney',
};

/** The date (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(ms: number, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/**
 * The publication day and a time zone from a page's timestamp. An explicit offset gives the local
 * day and a zone guessed from it; a UTC ("Z") or bare timestamp is read in `fallbackTz`.
 * @example publicationOf('2020-06-16T14:30:00+09:00') // { published: '2020-06-16', tz: 'Asia/Seoul' }
 */
export function publicationOf(time: string | undefined, fallbackTz = 'Asia/Seoul'): { published: string; tz: string } | null {
  if (!time) return null;
  const s = time.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dateOnly) return { published: s, tz: fallbackTz };
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return null;
  const off = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (off) {
    const key = `${off[1]}${off[2]}:${off[3]}`;
    const minutes = (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3]));
    const published = new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
    return { published, tz: ZONE_BY_OFFSET[key] ?? fallbackTz };
  }
  return { published: dayIn(ms, fallbackTz), tz: fallbackTz };
}
