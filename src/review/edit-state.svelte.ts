// The reader placing one event: giving a place to an event that has none, or moving a marker.
// The candidate place comes from the gazetteer search or from a point on the map.
import type { ReaderFix } from '../library/stored-story';
import type { PlaceHit } from './place-search';

export type PlaceCandidate = Omit<Extract<ReaderFix, { action: 'place' }>, 'action' | 'event' | 'at'>;

export interface EditTarget {
  id: string;
  n: number;
  mode: 'place' | 'move';
  quote: string;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** A candidate from a gazetteer search result. */
export function candidateOfHit(h: PlaceHit): PlaceCandidate {
  const c: PlaceCandidate = {
    coord: [h.coord[0], h.coord[1]],
    place: h.name,
    place_id: h.id,
    place_kind: h.kind === 'area' ? 'area' : h.kind === 'line' ? 'line' : 'point',
  };
  if (h.name_ko) c.place_ko = h.name_ko;
  if (h.layer && c.place_kind !== 'point') c.place_layer = h.layer;
  return c;
}

/** A candidate at a point on the map, named after the nearest place when there is one near. */
export function candidateAtPoint(coord: [number, number], near?: { name: string; km: number } | null): PlaceCandidate {
  const [lon, lat] = [round(coord[0]), round(coord[1])];
  const where = `${lat.toFixed(4)}°N ${lon.toFixed(4)}°E`;
  const place = near ? (near.km < 1 ? `${near.name} (${where})` : `${near.km.toFixed(1)} km from ${near.name} (${where})`) : `Point on the map (${where})`;
  return { coord: [lon, lat], place, place_id: `reader:${lon},${lat}`, place_kind: 'point' };
}

export class EditState {
  target = $state.raw<EditTarget | null>(null);
  candidate = $state.raw<PlaceCandidate | null>(null);
  #naming = 0;

  start(target: EditTarget, current: PlaceCandidate | null = null) {
    this.target = target;
    this.candidate = current;
  }

  cancel() {
    this.target = null;
    this.candidate = null;
  }

  choose(c: PlaceCandidate) {
    this.#naming++;
    this.candidate = c;
  }

  /**
   * A point chosen on the map (a click, or the marker dragged there): shown at once, then named
   * after the nearest place when `nearest` answers (unless the reader chose again meanwhile).
   */
  async point(coord: [number, number], nearest?: (c: [number, number]) => Promise<{ name: string; km: number } | null>) {
    const ticket = ++this.#naming;
    this.candidate = candidateAtPoint(coord);
    if (!nearest) return;
    try {
      const near = await nearest(coord);
      if (ticket === this.#naming && near) this.candidate = candidateAtPoint(coord, near);
    } catch {
      /* the coordinate name stays */
    }
  }

  /** The fix that saving the candidate makes. */
  fix(now = new Date()): ReaderFix | null {
    if (!this.target || !this.candidate) return null;
    return { action: 'place', event: this.target.id, ...this.candidate, at: now.toISOString() };
  }
}
