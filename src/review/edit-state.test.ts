import { describe, expect, it } from 'vitest';
import { candidateAtPoint, candidateOfHit, EditState } from './edit-state.svelte';

describe('placing an event', () => {
  it('names a clicked point by its coordinates and the nearest place', () => {
    expect(candidateAtPoint([126.123456, 37.654321])).toEqual({ coord: [126.12346, 37.65432], place: 'Point on the map (37.6543°N 126.1235°E)', place_id: 'reader:126.12346,37.65432', place_kind: 'point' });
    expect(candidateAtPoint([126.5, 37.9], { name: 'Kaesong', km: 4.26 }).place).toBe('4.3 km from Kaesong (37.9000°N 126.5000°E)');
    expect(candidateAtPoint([126.5, 37.9], { name: 'Kaesong', km: 0.4 }).place).toBe('Kaesong (37.9000°N 126.5000°E)');
  });

  it('turns a gazetteer hit into a place, areas keeping their layer', () => {
    expect(candidateOfHit({ id: 'k', name: 'Kaesong', name_ko: '개성', kind: 'city', coord: [126.55, 37.97], matched: 'Kaesong' })).toEqual({ coord: [126.55, 37.97], place: 'Kaesong', place_ko: '개성', place_id: 'k', place_kind: 'point' });
    expect(candidateOfHit({ id: 'd', name: 'DMZ', kind: 'area', layer: 'dmz', coord: [127, 38.2], matched: 'DMZ' })).toMatchObject({ place_kind: 'area', place_layer: 'dmz' });
  });

  it('shows a clicked point at once, names it when the nearest place is known, unless the reader chose again', async () => {
    const e = new EditState();
    e.start({ id: 'e2', n: 2, mode: 'place', quote: 'q' });
    let answer: (v: { name: string; km: number }) => void = () => {};
    const naming = e.point([126.5, 37.9], () => new Promise((r) => (answer = r)));
    expect(e.candidate?.place).toMatch(/^Point on the map/);
    answer({ name: 'Kaesong', km: 3 });
    await naming;
    expect(e.candidate?.place).toMatch(/^3\.0 km from Kaesong/);
    const late = e.point([127, 38], () => new Promise((r) => (answer = r)));
    e.choose(candidateOfHit({ id: 'p', name: 'Paju', kind: 'city', coord: [126.78, 37.76], matched: 'Paju' }));
    answer({ name: 'Elsewhere', km: 1 });
    await late;
    expect(e.candidate?.place).toBe('Paju');
    expect(e.fix(new Date('2026-01-01T00:00:00Z'))).toEqual({ action: 'place', event: 'e2', coord: [126.78, 37.76], place: 'Paju', place_id: 'p', place_kind: 'point', at: '2026-01-01T00:00:00.000Z' });
    e.cancel();
    expect(e.fix()).toBeNull();
  });
});
