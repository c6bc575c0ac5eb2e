import { describe, expect, it } from 'vitest';
import { unresolvedPlaces } from './unresolved';

describe('places the pipeline could not resolve', () => {
  const text =
    'Shells landed in Daeseong-dong on Monday. Troops near Tongil Village fired back, and the unit in Daeseong-dong was evacuated.\n\n' +
    'In March the ministry said, in Seoul, that it met at Panmunjom. He spoke in English from the Ministry of Unification.';
  const panmunjom = { start: text.indexOf('Panmunjom'), end: text.indexOf('Panmunjom') + 9 };

  it('lists capitalised names after a locative word, most mentioned first', () => {
    const out = unresolvedPlaces(text, [panmunjom]);
    expect(out.map((p) => p.name)).toEqual(['Daeseong-dong', 'Tongil Village']);
    expect(out[0]).toMatchObject({ count: 2, start: text.indexOf('Daeseong-dong') });
  });

  it('leaves out what the pipeline resolved, months, languages and organisations', () => {
    const names = unresolvedPlaces(text, [panmunjom]).map((p) => p.name);
    expect(names).not.toContain('Panmunjom');
    expect(names).not.toContain('March');
    expect(names).not.toContain('English');
    expect(names.join()).not.toMatch(/Ministry|Seoul/);
    expect(unresolvedPlaces(text, []).map((p) => p.name)).toContain('Panmunjom');
  });

  it('does not join names across paragraphs', () => {
    expect(unresolvedPlaces('They met in Kaesong\nYesterday was calm.', []).map((p) => p.name)).toEqual(['Kaesong']);
  });
});
