import { describe, expect, it } from 'vitest';
import { frame, mood } from '../../../src/pipeline/clauses';

const content = (s: string) => s.slice(...frame(s).content);

describe('frame: the reporting frame around what a sentence asserts', () => {
  it.each([
    ['North Korea fired two shells near the border, the Joint Chiefs of Staff said Monday.', 'North Korea fired two shells near the border'],
    ['The JCS said Monday that North Korea fired two shells near the border.', 'North Korea fired two shells near the border.'],
    ['Kim Yo Jong, the leader’s sister, said she ordered the military to prepare.', 'she ordered the military to prepare.'],
    ['According to Yonhap, a balloon landed in Paju on Sunday.', 'a balloon landed in Paju on Sunday.'],
    ['A balloon landed in Paju on Sunday, according to police.', 'A balloon landed in Paju on Sunday'],
  ])('%s', (s, expected) => {
    expect(content(s).trim().replace(/^,\s*/, '')).toBe(expected);
  });
  it('leaves a sentence without a frame whole', () => {
    expect(frame('Debris landed on a school roof in Hwaseong on Thursday.').report).toEqual([]);
  });
});

describe('mood: did something occur, is it planned, denied, conditional?', () => {
  it.each([
    ['North Korea blew up the office.', { occurred: true, planned: false }],
    ['Two marines were killed on the island.', { occurred: true }],
    ['Troops crossed the line at 10 a.m.', { occurred: true }],
    ['Paju and Goyang also received similar reports.', { occurred: true }],
    ['Memorials can easily be found along the trail.', { occurred: false }],
    ['The newly built road runs north.', { occurred: false }],
    ['A thousand sailors are posted on the island.', { occurred: false }],
    ['The complex is located 10 km north of the border.', { occurred: false }],
    ['South Korea will resume the broadcasts from Saturday.', { occurred: false, planned: true }],
    ['The ministry said it was reviewing the plan.', { occurred: false }],
    ['She warned of “the office being completely collapsed”.', { occurred: false }],
    ['The North did not respond to calls.', { negated: true }],
    ['If activists launch balloons, the North would respond.', { hypothetical: true }],
  ])('%s', (s, expected) => {
    expect(mood(s)).toMatchObject(expected);
  });
});

describe('frame: quoted words', () => {
  it.each([
    ['“It is our firm conclusion that restrictions in the border areas must end,” he said.', true],
    ['"We will respond," the ministry said on Monday.', true],
    ['“Several drones invaded our airspace” in the border areas, the JCS said.', false],
    ['Drones invaded the airspace on Monday.', false],
  ])('%s → %s', (s, q) => {
    expect(frame(s).quoted).toBe(q);
  });
});

