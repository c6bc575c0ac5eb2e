// A reader's fixes on top of the pipeline's events: give an event a place, move it, remove it.
import type { EventCollection, EventFeature, EventProps, UnlocatedEvent } from '../data/types';
import type { ReaderFix } from './stored-story';

/**
 * Adds a fix, replacing any earlier fix of the same event (one fix per event: the last word counts).
 * @returns a new list; the input is not changed
 */
export function setFix(fixes: ReaderFix[], fix: ReaderFix): ReaderFix[] {
  return [...fixes.filter((f) => f.event !== fix.event), fix];
}

/** Drops the fix of one event, so that the pipeline's version shows again. */
export function dropFix(fixes: ReaderFix[], eventId: string): ReaderFix[] {
  return fixes.filter((f) => f.event !== eventId);
}

function placed(p: Omit<EventProps, 'place' | 'place_id' | 'place_kind'>, fix: Extract<ReaderFix, { action: 'place' }>): EventFeature {
  const props: EventProps = {
    ...p,
    place: fix.place,
    place_id: fix.place_id,
    place_kind: fix.place_kind,
    placed_by: 'reader',
  } as EventProps;
  if (fix.place_ko) props.place_ko = fix.place_ko;
  else delete props.place_ko;
  if (fix.place_layer) props.place_layer = fix.place_layer;
  else delete props.place_layer;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [fix.coord[0], fix.coord[1]] }, properties: props };
}

/**
 * The events as the reader sees them: the pipeline's collection with each fix applied. A placed
 * event (located before or not) becomes a marker marked `placed_by: 'reader'`; a removed one is
 * left out. Fixes of events the collection does not have are ignored.
 * @returns a new collection, features in story order (n); the input is not changed
 */
export function applyFixes(events: EventCollection, fixes: ReaderFix[]): EventCollection {
  const byEvent = new Map(fixes.map((f) => [f.event, f]));
  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  for (const f of events.features) {
    const fix = byEvent.get(f.properties.id);
    if (!fix) features.push(f);
    else if (fix.action === 'place') features.push(placed(f.properties, fix));
  }
  for (const u of events.unlocated) {
    const fix = byEvent.get(u.id);
    if (!fix) unlocated.push(u);
    else if (fix.action === 'place') {
      const { place: _p, place_id: _i, ...rest } = u;
      features.push(placed(rest, fix));
    }
  }
  features.sort((a, b) => a.properties.n - b.properties.n);
  return { ...events, features, unlocated };
}

/** The events a reader removed, from the pipeline's collection, for the review list (to restore them). */
export function removedEvents(events: EventCollection, fixes: ReaderFix[]): Array<Pick<EventProps, 'id' | 'n' | 'kind' | 'quote'>> {
  const removed = new Set(fixes.filter((f) => f.action === 'remove').map((f) => f.event));
  return [...events.features.map((f) => f.properties), ...events.unlocated].filter((p) => removed.has(p.id)).sort((a, b) => a.n - b.n);
}
