// Messages between the page and the pipeline worker (src/worker/pipeline.worker.ts).
import type { EventCollection } from '../data/types';
import type { ArticleMeta } from '../pipeline/types';
import type { PlaceHit } from '../review/place-search';
import type { UnresolvedPlace } from '../review/unresolved';

export type Stage = 'gazetteer' | 'compile' | 'extract' | 'review';

export type WorkerRequest =
  | { type: 'extract'; id: number; gazetteerUrl: string; text: string; meta: ArticleMeta }
  | { type: 'search'; id: number; gazetteerUrl: string; query: string; limit: number }
  | { type: 'nearest'; id: number; gazetteerUrl: string; coord: [number, number] };

export interface Extracted {
  events: EventCollection;
  unresolved: UnresolvedPlace[];
  warnings: string[];
  /** Milliseconds spent in extractArticle, in the worker. */
  ms: number;
}

export type WorkerResponse =
  | { type: 'progress'; id: number; stage: Stage; /** 0–1 when known. */ fraction?: number }
  | { type: 'extracted'; id: number; result: Extracted }
  | { type: 'places'; id: number; hits: PlaceHit[] }
  | { type: 'nearest'; id: number; hit: (PlaceHit & { km: number }) | null }
  | { type: 'error'; id: number; message: string };
