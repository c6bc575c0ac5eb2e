// A river's course is derived from sourced points (the townships on its banks), and the pipeline places a river
// at the point of its course nearest the places the text names with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerEntry } from '../../../src/data/types';
import { compileGazetteer, extractArticle } from '../../../src/pipeline/index';
import { km } from '../../../src/pipeline/distance';

const raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer & { columns: string[]; rows: unknown[][] };
const g = compileGazetteer(raw);
const rivers = (raw.entries as (GazetteerEntry & { course_from?: string[] })[]).filter((e) => e.course);

describe('river courses', () => {
  it('are the KOSTAT points of the townships they name, in the built gazetteer', () => {
    expect(rivers.map((r) => r.id).sort()).toEqual(['han-river', 'hantan-river', 'imjin-river']);
    for (const r of rivers) {
      expect(r.course_from).toHaveLength(r.course!.length);
      r.course!.forEach((v, i) => expect(g.byId.get(r.course_from![i])?.coord).toEqual(v));
    }
  });
  const placeOf = (text: string, id: string) => {
    const { collection } = extractArticle(text, { published: '2010-07-20', tz: 'Asia/Seoul' }, g);
    return collection.features.find((f) => f.properties.place_id === id)?.geometry.coordinates as [number, number];
  };
  it('puts the Imjin at Yeoncheon in a story about Yeoncheon, and at its usual point with no place by it', () => {
    const yeoncheon = g.byId.get('kr-31350')!.coord; // Yeoncheon-gun
    const at = placeOf('Officials in Yeoncheon warned campers on Sunday. Campers were swept away on the Imjin River on Sunday.', 'imjin-river');
    expect(km(at, yeoncheon)).toBeLessThan(15);
    expect(km(at, g.byId.get('imjin-river')!.coord)).toBeGreaterThan(25);
    const alone = placeOf('Campers were swept away on the Imjin River on Sunday.', 'imjin-river');
    expect(alone).toEqual(g.byId.get('imjin-river')!.coord);
  });
  it('takes no capital as the article\'s anchor: the Han of a Gimpo story told from Seoul is at Gimpo', () => {
    const text = 'SEOUL (Yonhap) -- A man was caught on Tuesday while swimming across the Han River. The river runs through Seoul and Gimpo. He entered the water in Gimpo.';
    const { collection } = extractArticle(text, { published: '2014-09-17', tz: 'Asia/Seoul' }, g);
    const at = collection.features.find((f) => f.properties.place_id === 'han-river')!.geometry.coordinates as [number, number];
    expect(km(at, g.byId.get('gimpo')!.coord)).toBeLessThan(15);
  });
  it('puts the Han at Gimpo when the sentence names Gimpo', () => {
    const at = placeOf('A man swam across the Han River to Gimpo on Sunday.', 'han-river');
    expect(km(at, g.byId.get('gimpo')!.coord)).toBeLessThan(15);
    expect(km(at, g.byId.get('han-river')!.coord)).toBeGreaterThan(15);
  });
});
