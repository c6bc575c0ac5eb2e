import type { EventFeature, EventProps } from '../data/types';
import type { LoadedStory } from '../data/load-story';

const DAY = 86_400_000;

/** The story being read: its events, the selection and the time filter. */
export class StoryState {
  story = $state.raw<LoadedStory | null>(null);
  selectedId = $state<string | null>(null);
  /** Time filter in ms, inclusive; null = open end. */
  from = $state<number | null>(null);
  to = $state<number | null>(null);

  /** Located events in story order (their numbers). */
  events = $derived<EventFeature[]>(this.story?.events.features ?? []);
  /** Each event's interval in ms, parsed once per story (long stories: 100,000 events). */
  #times = $derived(this.events.map((e) => [Date.parse(e.properties.date_start), Date.parse(e.properties.date_end)] as const));
  /** Located events in time order, for stepping through the story. */
  chronological = $derived.by<EventFeature[]>(() => {
    const t = this.#times;
    const order = this.events.map((_, i) => i).sort((a, b) => t[a][0] - t[b][0] || this.events[a].properties.n - this.events[b].properties.n);
    return order.map((i) => this.events[i]);
  });
  visible = $derived.by<EventFeature[]>(() => {
    const t = this.#times;
    const from = this.from;
    const to = this.to;
    if (from === null && to === null) return this.events;
    return this.events.filter((_, i) => !(from !== null && t[i][1] < from) && !(to !== null && t[i][0] > to));
  });
  visibleIds = $derived(new Set(this.visible.map((e) => e.properties.id)));
  /** Events in the time range, in time order: what stepping and story mode walk through. */
  chronologicalVisible = $derived<EventFeature[]>(this.chronological.filter((e) => this.visibleIds.has(e.properties.id)));
  selected = $derived<EventFeature | null>(this.events.find((e) => e.properties.id === this.selectedId) ?? null);

  /** The span the timeline shows: a little before the first event to publication day's end. */
  span = $derived.by(() => {
    const s = this.story;
    if (!s) return null;
    const pubEnd = Date.parse(`${s.meta.published}T23:59:59Z`);
    // A loop, not Math.min(...): spreading 100,000+ arguments overflows the stack.
    let first = pubEnd - 30 * DAY;
    for (const [start] of this.#times) if (start < first) first = start;
    // Start on 1 January of the first event's year so that year ticks read naturally.
    // +14 h: the earliest time zones' 1 January is still 31 December in UTC.
    const y = new Date(first + 14 * 3_600_000).getUTCFullYear();
    return { start: Date.UTC(y, 0, 1), end: pubEnd };
  });

  inRange(p: Pick<EventProps, 'date_start' | 'date_end'>): boolean {
    const s = Date.parse(p.date_start);
    const e = Date.parse(p.date_end);
    if (this.from !== null && e < this.from) return false;
    if (this.to !== null && s > this.to) return false;
    return true;
  }

  select(id: string | null) {
    this.selectedId = id && this.events.some((e) => e.properties.id === id) ? id : null;
  }

  /** Selects the next (+1) or previous (-1) visible event in time order; wraps around. */
  step(dir: 1 | -1): EventFeature | null {
    const list = this.chronologicalVisible;
    if (list.length === 0) return null;
    const i = list.findIndex((e) => e.properties.id === this.selectedId);
    const next = i < 0 ? (dir === 1 ? list[0] : list[list.length - 1]) : list[(i + dir + list.length) % list.length];
    this.selectedId = next.properties.id;
    return next;
  }
}
