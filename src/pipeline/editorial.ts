// Editorial changes applied after extraction: hide, merge or re-place an event, each with a reason.
import type { EventCollection, EventFeature, EventProps, UnlocatedEvent } from '../data/types';
import type { CompiledGazetteer } from './gazetteer';
import type { Editorial } from './types';

type AnyEvent = EventProps | UnlocatedEvent;

/**
 * Applies an editorial file to an extracted collection. Pure: returns a new collection.
 * @param collection extractEvents output
 * @param editorial { changes: [{ action, event, into?, place_id?, reason }] }
 * @param g the compiled gazetteer (needed for replace-place)
 * @throws when a change lacks a reason, names an unknown event or place
 */
export function applyEditorial(collection: EventCollection, editorial: Editorial, g?: CompiledGazetteer): EventCollection {
  if (!editorial || !Array.isArray(editorial.changes)) throw new Error('editorial file must be an object with a "changes" array');
  let events: AnyEvent[] = [
    ...collection.features.map((f) => structuredClone(f.properties) as AnyEvent),
    ...collection.unlocated.map((u) => structuredClone(u) as AnyEvent),
  ];
  const coords = new Map(collection.features.map((f) => [f.properties.id, f.geometry.coordinates.slice(0, 2) as [number, number]]));
  const find = (id: string, i: number) => {
    const e = events.find((x) => x.id === id);
    if (!e) throw new Error(`editorial change #${i + 1}: no event with id "${id}"`);
    return e;
  };
  editorial.changes.forEach((c, i) => {
    if (!c || typeof c.reason !== 'string' || !c.reason.trim()) throw new Error(`editorial change #${i + 1} (${c?.action} ${c?.event}): every change needs a "reason"`);
    const e = find(c.event, i);
    if (c.action === 'hide') events = events.filter((x) => x !== e);
    else if (c.action === 'merge') {
      if (!c.into) throw new Error(`editorial change #${i + 1}: merge needs "into"`);
      const target = find(c.into, i);
      target.passages = [...target.passages, ...e.passages].filter((p, k, all) => all.findIndex((q) => q.start === p.start) === k);
      for (const a of e.actors) if (!target.actors.includes(a)) target.actors.push(a);
      events = events.filter((x) => x !== e);
    } else if (c.action === 'replace-place') {
      const entry = c.place_id ? g?.byId.get(c.place_id) : undefined;
      if (!entry) throw new Error(`editorial change #${i + 1}: replace-place needs a "place_id" known to the gazetteer (got "${c.place_id}")`);
      const placed = e as EventProps;
      placed.place = entry.name;
      placed.place_id = entry.id;
      placed.place_kind = entry.kind === 'area' ? 'area' : entry.kind === 'line' ? 'line' : 'point';
      if (entry.layer) placed.place_layer = entry.layer;
      else delete placed.place_layer;
      if (entry.name_ko) placed.place_ko = entry.name_ko;
      else delete placed.place_ko;
      coords.set(e.id, [entry.coord[0], entry.coord[1]]);
    } else throw new Error(`editorial change #${i + 1}: unknown action "${(c as { action: string }).action}" (hide, merge, replace-place)`);
  });
  events.sort((a, b) => a.quote_start - b.quote_start);
  const features: EventFeature[] = [];
  const unlocated: UnlocatedEvent[] = [];
  events.forEach((e, k) => {
    e.n = k + 1;
    if (e.place_id === null) unlocated.push(e as UnlocatedEvent);
    else features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: coords.get(e.id)! }, properties: e as EventProps });
  });
  const out: EventCollection = { type: 'FeatureCollection', features, unlocated };
  if (collection.story) out.story = collection.story;
  return out;
}
