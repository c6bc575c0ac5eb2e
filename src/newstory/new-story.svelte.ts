// The new-story form: the text (pasted, or read from a dropped / opened file), its metadata, and the
// run of the pipeline in the worker with progress and cancel. Bad input gets a message and loses nothing.
import { normaliseText } from '../text/normalise';
import { newStoryId, STORED_STORY_VERSION, type StoredStory, type StoryOrigin } from '../library/stored-story';
import type { Extracted, PipelineClient, Stage } from '../worker/pipeline-client';
import { decodeBytes, inputKind, languageNote, MAX_FILE_BYTES, textProblem } from './read-input';
import { guessPublished, guessTitle, today, validTimeZone } from './guess-meta';
import { publicationOf, safeHttpUrl } from './page-meta';
import { isStoryExport, parseStoryGeojson } from '../export/geojson';

export type Status = 'idle' | 'reading' | 'extracting';

export const STAGE_LABEL: Record<Stage, string> = {
  gazetteer: 'Loading the place names…',
  compile: 'Indexing the place names…',
  extract: 'Reading the article: places, dates, events…',
  review: 'Looking for places the gazetteer lacks…',
};

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

export class NewStoryForm {
  text = $state('');
  title = $state('');
  outlet = $state('');
  published = $state(today());
  tz = $state('Asia/Seoul');
  url = $state('');
  origin = $state<StoryOrigin>('paste');
  status = $state<Status>('idle');
  stage = $state<Stage | null>(null);
  fraction = $state<number | undefined>(undefined);
  problem = $state<string | null>(null);
  note = $state<string | null>(null);
  /** Fields the reader typed in: guesses from a later paste do not overwrite them. */
  #touched = new Set<'title' | 'published'>();
  #abort: AbortController | null = null;

  language = $derived(this.text.length >= 40 ? languageNote(this.text) : null);

  touch(field: 'title' | 'published') {
    this.#touched.add(field);
  }

  /** After a paste or typing: prefill the title and date from the text where the reader has not. */
  guess() {
    this.origin = 'paste';
    if (!this.#touched.has('title')) this.title = guessTitle(this.text);
    const day = guessPublished(this.text);
    if (day && !this.#touched.has('published')) this.published = day;
  }

  /**
   * Reads a dropped or opened file: plain text, an HTML page (reduced to its article), or a
   * Borderline GeoJSON export (returned to be imported as it is). A bad file leaves the form as it was.
   */
  async readFile(file: File): Promise<StoredStory | null> {
    this.problem = null;
    this.note = null;
    if (file.size > MAX_FILE_BYTES) {
      this.problem = `${file.name} is ${mb(file.size)}; Borderline opens files up to ${mb(MAX_FILE_BYTES)}. Paste the article's text instead.`;
      return null;
    }
    this.status = 'reading';
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sniff = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
      const kind = inputKind(file.name, file.type, sniff);
      const decoded = decodeBytes(bytes, kind, file.name);
      if (!decoded.ok) {
        this.problem = decoded.problem;
        return null;
      }
      if (kind === 'geojson') return await this.#importExport(decoded.text, file.name);
      if (kind === 'html') {
        const { htmlToArticle } = await import('./html-article');
        const a = htmlToArticle(decoded.text);
        const text = normaliseText(a.text);
        const problem = textProblem(text);
        if (problem) {
          this.problem = `${file.name}: ${problem}`;
          return null;
        }
        this.text = text;
        this.title = a.title ?? guessTitle(text);
        this.outlet = a.outlet ?? '';
        this.url = safeHttpUrl(a.url) ?? '';
        const pub = publicationOf(a.publishedTime) ?? (guessPublished(text) ? { published: guessPublished(text)!, tz: this.tz } : null);
        if (pub) {
          this.published = pub.published;
          this.tz = pub.tz;
        }
        this.origin = 'html';
        const paras = text.split('\n\n').length;
        this.note = `Read the article from ${file.name} (${paras} paragraph${paras === 1 ? '' : 's'}${a.readable ? '' : '; no article found, so the whole page text'}). ${pub ? 'Title, outlet and date come from the page: check them.' : 'The page gives no date: set the publication date.'}`;
        return null;
      }
      const text = normaliseText(decoded.text);
      const problem = textProblem(text);
      if (problem) {
        this.problem = `${file.name}: ${problem}`;
        return null;
      }
      this.text = text;
      this.#touched.clear();
      this.guess();
      this.origin = 'txt';
      this.note = `Read ${file.name}. Check the title and the publication date.`;
      return null;
    } catch (err) {
      this.problem = `${file.name} could not be read: ${err instanceof Error ? err.message : String(err)}`;
      return null;
    } finally {
      this.status = 'idle';
    }
  }

  async #importExport(json: string, name: string): Promise<StoredStory | null> {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      this.problem = `${name} is not valid JSON.`;
      return null;
    }
    if (!isStoryExport(value)) {
      this.problem = `${name} is GeoJSON but not a Borderline story export; open an article (.txt or .html) instead.`;
      return null;
    }
    try {
      const r = await parseStoryGeojson(value, name);
      if (!validTimeZone(r.meta.tz)) r.meta.tz = 'Asia/Seoul';
      const id = newStoryId();
      const now = new Date().toISOString();
      if (r.warnings.length) this.note = r.warnings.slice(0, 5).join('; ');
      return { version: STORED_STORY_VERSION, id, meta: { ...r.meta, slug: id }, text: r.text, events: r.events, fixes: [], origin: 'geojson', created: now, updated: now };
    } catch (err) {
      this.problem = `${name}: ${err instanceof Error ? err.message : String(err)}`;
      return null;
    }
  }

  /** Why the form cannot be run yet, or null. */
  check(): string | null {
    const problem = textProblem(this.text);
    if (problem) return problem;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.published) || !Number.isFinite(Date.parse(this.published)))
      return 'Give the publication date (YYYY-MM-DD): dates like “on Tuesday” are read relative to it.';
    if (!validTimeZone(this.tz.trim())) return `“${this.tz}” is not a time zone this browser knows: use an IANA name such as Asia/Seoul.`;
    return null;
  }

  /**
   * Runs the pipeline in the worker and returns the new story, or null (cancelled, failed, or no
   * event found: `problem` says which, and the text stays in the form).
   */
  async run(client: PipelineClient): Promise<StoredStory | null> {
    this.problem = this.check();
    if (this.problem) return null;
    const text = normaliseText(this.text);
    const title = this.title.replace(/\s+/g, ' ').trim().slice(0, 300) || guessTitle(text);
    const meta = { published: this.published, tz: this.tz.trim(), title, outlet: this.outlet.trim().slice(0, 200) };
    this.status = 'extracting';
    this.stage = null;
    this.fraction = undefined;
    this.note = null;
    this.#abort = new AbortController();
    let result: Extracted;
    try {
      result = await client.extract(text, meta, {
        signal: this.#abort.signal,
        onprogress: (stage, fraction) => {
          this.stage = stage;
          this.fraction = fraction;
        },
      });
    } catch (err) {
      if (err instanceof Error && err.name === 'CancelledError') this.note = 'Cancelled. Your text is still here.';
      else this.problem = `The article could not be read: ${err instanceof Error ? err.message : String(err)}`;
      return null;
    } finally {
      this.status = 'idle';
      this.#abort = null;
    }
    const found = result.events.features.length + result.events.unlocated.length;
    if (found === 0) {
      this.problem = `No dated events were found in this text. ${this.language ?? 'Check the publication date, and that the text is a news article about events on the peninsula.'}`;
      return null;
    }
    const id = newStoryId();
    const now = new Date().toISOString();
    const url = safeHttpUrl(this.url);
    return {
      version: STORED_STORY_VERSION,
      id,
      meta: { slug: id, title, outlet: meta.outlet, published: meta.published, tz: meta.tz, ...(url ? { url } : {}) },
      text,
      events: result.events,
      fixes: [],
      unresolved: result.unresolved,
      origin: this.origin,
      created: now,
      updated: now,
    };
  }

  cancel() {
    this.#abort?.abort();
  }
}
