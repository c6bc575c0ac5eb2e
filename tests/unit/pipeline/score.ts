// Scores the pipeline against a hand-written expected.json (see tests/fixtures/articles/README.md).
import type { EventProps, UnlocatedEvent } from '../../../src/data/types';
import type { Analysis } from '../../../src/pipeline/index';
import type { EventCollection } from '../../../src/data/types';

export interface Expected {
  places: { text: string; match: string[] }[];
  dates: { text: string; date: string }[];
  events: { what: string; kind: string[]; place: string[] | null; date: string; quote_includes: string }[];
  acceptable_events: { what: string; quote_includes: string }[];
}
export interface PR {
  tp: number;
  predicted: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
  misses: string[];
  extras: string[];
}

const pr = (tpPred: number, predicted: number, found: number, expected: number, misses: string[], extras: string[]): PR => ({
  tp: tpPred,
  predicted,
  expected,
  found,
  precision: predicted ? tpPred / predicted : 1,
  recall: expected ? found / expected : 1,
  misses,
  extras,
});

/** "2009" → [2009-01-01, 2009-12-31T23:59]; "2010-11-23T16" → that hour. As comparable strings. */
function prefixSpan(p: string): [string, string] {
  const lo = (p + '0000-01-01T00:00'.slice(p.length)).replace(/^(\d{4})-00/, '$1-01');
  const hi = p + '9999-12-31T23:59'.slice(p.length);
  return [lo, hi];
}
const local = (iso: string) => iso.slice(0, 16);
const overlapsPrefix = (start: string, end: string, p: string) => {
  const [lo, hi] = prefixSpan(p);
  return local(start) <= hi && local(end) >= lo;
};
const matchesPlace = (id: string | null, name: string | null, layer: string | undefined, keys: string[]) =>
  keys.some((k) => [id, name, layer].some((v) => v != null && v.toLowerCase().includes(k)));

export function score(expected: Expected, collection: EventCollection, analysis: Analysis) {
  // Places: distinct located entries.
  const located = new Map<string, { id: string; name: string; layer?: string }>();
  for (const p of analysis.places) if (p.role === 'location') located.set(p.entry.id, { id: p.entry.id, name: p.entry.name, layer: p.entry.layer });
  const placeHit = (pl: { id: string; name: string; layer?: string }) => expected.places.some((x) => matchesPlace(pl.id, pl.name, pl.layer, x.match));
  const places = pr(
    [...located.values()].filter(placeHit).length,
    located.size,
    expected.places.filter((x) => [...located.values()].some((pl) => matchesPlace(pl.id, pl.name, pl.layer, x.match))).length,
    expected.places.length,
    expected.places.filter((x) => ![...located.values()].some((pl) => matchesPlace(pl.id, pl.name, pl.layer, x.match))).map((x) => x.text),
    [...located.values()].filter((pl) => !placeHit(pl)).map((pl) => pl.id),
  );
  // Dates: mentions whose words overlap the expected words and whose interval meets the expected prefix.
  const dateHit = (d: Analysis['dates'][number], x: Expected['dates'][number]) =>
    (x.text.toLowerCase().includes(d.text.toLowerCase()) || d.text.toLowerCase().includes(x.text.toLowerCase())) && overlapsPrefix(d.date_start, d.date_end, x.date);
  const dates = pr(
    analysis.dates.filter((d) => expected.dates.some((x) => dateHit(d, x))).length,
    analysis.dates.length,
    expected.dates.filter((x) => analysis.dates.some((d) => dateHit(d, x))).length,
    expected.dates.length,
    expected.dates.filter((x) => !analysis.dates.some((d) => dateHit(d, x))).map((x) => x.text),
    analysis.dates.filter((d) => !expected.dates.some((x) => dateHit(d, x))).map((d) => d.text),
  );
  // Events.
  const all: (EventProps | UnlocatedEvent)[] = [...collection.features.map((f) => f.properties), ...collection.unlocated];
  const says = (e: EventProps | UnlocatedEvent, q: string) => e.passages.some((p) => p.quote.includes(q));
  const eventHit = (e: EventProps | UnlocatedEvent, x: Expected['events'][number]) =>
    says(e, x.quote_includes) &&
    x.kind.includes(e.kind) &&
    (x.place === null || matchesPlace(e.place_id, e.place, (e as EventProps).place_layer, x.place)) &&
    overlapsPrefix(e.date_start, e.date_end, x.date);
  const ok = (e: EventProps | UnlocatedEvent) => expected.events.some((x) => eventHit(e, x)) || expected.acceptable_events.some((x) => says(e, x.quote_includes));
  const events = pr(
    all.filter(ok).length,
    all.length,
    expected.events.filter((x) => all.some((e) => eventHit(e, x))).length,
    expected.events.length,
    expected.events.filter((x) => !all.some((e) => eventHit(e, x))).map((x) => x.what),
    all.filter((e) => !ok(e)).map((e) => `${e.kind} "${e.quote.slice(0, 60)}"`),
  );
  return { places, dates, events };
}
