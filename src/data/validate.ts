// Errors and helpers shared by the data loaders. The checks themselves are the valibot schemas of
// ./schemas.ts; the loaders (load-layers.ts, load-story.ts) apply them feature by feature, so that one
// bad feature is dropped with a message and one bad file is named while the rest loads.
import * as v from 'valibot';
import { describeIssues } from './schemas';

/** A fault in one data file; the message starts with the file's path. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DataError';
  }
}

/** What a loader returns: the usable data, and one message per thing it had to leave out or repair. */
export interface Loaded<T> {
  data: T;
  problems: string[];
}

/** Parses `value` with `schema` or throws a DataError naming the file and the fault. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, file: string, what = ''): v.InferOutput<S> {
  const r = v.safeParse(schema, value);
  if (!r.success) throw new DataError(file, `${what}${describeIssues(r.issues)}`);
  return r.output;
}

/** `feature 3 (dmz-south)`: how messages name one item of a file. */
export function itemName(word: string, index: number, value: unknown): string {
  const o = value && typeof value === 'object' ? (value as { id?: unknown; slug?: unknown; properties?: { id?: unknown } | null }) : undefined;
  const id = o ? (o.properties?.id ?? o.id ?? o.slug) : undefined;
  const shown = typeof id === 'string' || typeof id === 'number' ? ` (${String(id).slice(0, 80)})` : '';
  return `${word} ${index}${shown}`;
}

/** The message of anything thrown, for the reader. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
