// The page's side of the pipeline worker: one module worker, started on first use (this module is
// itself loaded with a dynamic import when a new story is started or a place is searched).
// Cancelling an extraction ends the worker (the pipeline is one synchronous call); the next
// request starts a fresh one.
import type { ArticleMeta } from '../pipeline/types';
import type { PlaceHit } from '../review/place-search';
import type { Extracted, Stage, WorkerRequest, WorkerResponse } from './protocol';

export type { Extracted, Stage };

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

interface Pending {
  resolve: (m: WorkerResponse) => void;
  reject: (e: Error) => void;
  onprogress?: (stage: Stage, fraction?: number) => void;
}

export class PipelineClient {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #next = 1;
  readonly gazetteerUrl: string;

  constructor(baseUrl: string) {
    this.gazetteerUrl = `${baseUrl}data/gazetteer.json`;
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const w = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module', name: 'borderline-pipeline' });
    w.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      const p = this.#pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.onprogress?.(m.stage, m.fraction);
      else {
        this.#pending.delete(m.id);
        if (m.type === 'error') p.reject(new Error(m.message));
        else p.resolve(m);
      }
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      this.#fail(new Error(`the article reader stopped (${e.message || 'worker error'})`));
    });
    this.#worker = w;
    return w;
  }

  #fail(err: Error) {
    this.#worker?.terminate();
    this.#worker = null;
    const all = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of all) p.reject(err);
  }

  #request(req: WorkerRequest, onprogress?: Pending['onprogress']): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      this.#pending.set(req.id, { resolve, reject, onprogress });
      this.#ensure().postMessage(req);
    });
  }

  /**
   * Extracts a story's events in the worker.
   * @param signal aborting it ends the worker and rejects with CancelledError
   */
  async extract(text: string, meta: ArticleMeta, opts: { onprogress?: Pending['onprogress']; signal?: AbortSignal } = {}): Promise<Extracted> {
    if (opts.signal?.aborted) throw new CancelledError();
    const id = this.#next++;
    const onAbort = () => this.#fail(new CancelledError());
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const m = await this.#request({ type: 'extract', id, gazetteerUrl: this.gazetteerUrl, text, meta }, opts.onprogress);
      if (m.type !== 'extracted') throw new Error(`unexpected answer ${m.type}`);
      return m.result;
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  async search(query: string, limit = 8): Promise<PlaceHit[]> {
    const m = await this.#request({ type: 'search', id: this.#next++, gazetteerUrl: this.gazetteerUrl, query, limit });
    return m.type === 'places' ? m.hits : [];
  }

  async nearest(coord: [number, number]): Promise<(PlaceHit & { km: number }) | null> {
    const m = await this.#request({ type: 'nearest', id: this.#next++, gazetteerUrl: this.gazetteerUrl, coord });
    return m.type === 'nearest' ? m.hit : null;
  }

  dispose() {
    this.#fail(new CancelledError());
  }
}

let shared: PipelineClient | null = null;
/** One client per page. */
export function pipelineClient(baseUrl: string): PipelineClient {
  shared ??= new PipelineClient(baseUrl);
  return shared;
}
