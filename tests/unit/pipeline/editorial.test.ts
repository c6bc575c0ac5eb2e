import { describe, expect, it } from 'vitest';
import { applyEditorial, extractEvents } from '../../../src/pipeline/index';
import { compiled, seedText } from './helpers';

const g = compiled();
const base = extractEvents(seedText(), { published: '2020-06-16' }, g);
const ids = () => [...base.features.map((f) => f.properties.id), ...base.unlocated.map((u) => u.id)];
const byKind = (k: string) => ids().find((id) => id.startsWith(k))!;

describe('applyEditorial', () => {
  it('hides an event and renumbers the rest', () => {
    const out = applyEditorial(base, { changes: [{ action: 'hide', event: byKind('opening'), reason: 'background, not news' }] }, g);
    const all = [...out.features.map((f) => f.properties), ...out.unlocated];
    expect(all.some((e) => e.kind === 'opening')).toBe(false);
    expect(all.map((e) => e.n).sort((a, b) => a - b)).toEqual(all.map((_, i) => i + 1));
    // The input is untouched.
    expect(base.features.some((f) => f.properties.kind === 'opening')).toBe(true);
  });

  it('merges an event into another, keeping its passages', () => {
    const from = byKind('communication-cut');
    const into = byKind('demolition');
    const out = applyEditorial(base, { changes: [{ action: 'merge', event: from, into, reason: 'same escalation' }] }, g);
    const target = out.features.find((f) => f.properties.id === into)!.properties;
    expect(target.passages.some((p) => p.quote.includes('severed hotlines'))).toBe(true);
    expect(out.unlocated.some((u) => u.id === from)).toBe(false);
  });

  it('re-places an unlocated event at a gazetteer entry', () => {
    const id = byKind('communication-cut');
    const out = applyEditorial(base, { changes: [{ action: 'replace-place', event: id, place_id: 'panmunjom', reason: 'the hotline ran via Panmunjom' }] }, g);
    const f = out.features.find((x) => x.properties.id === id)!;
    expect(f.properties.place).toBe('Panmunjom');
    expect(f.geometry.coordinates).toEqual(g.byId.get('panmunjom')!.coord);
  });

  it('refuses changes without a reason, unknown events and unknown places', () => {
    expect(() => applyEditorial(base, { changes: [{ action: 'hide', event: byKind('opening'), reason: ' ' }] }, g)).toThrow(/reason/);
    expect(() => applyEditorial(base, { changes: [{ action: 'hide', event: 'nope', reason: 'x' }] }, g)).toThrow(/no event with id "nope"/);
    expect(() => applyEditorial(base, { changes: [{ action: 'replace-place', event: byKind('opening'), place_id: 'atlantis', reason: 'x' }] }, g)).toThrow(/atlantis/);
  });
});
