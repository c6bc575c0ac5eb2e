// The spelling-blind key: the same name in the spellings the press uses folds together; names that differ stay apart.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/data/types';
import { compileGazetteer, type CompiledGazetteer } from '../../../src/pipeline/index';
import { findPlaces } from '../../../src/pipeline/places';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';
import { foldSpelling } from '../../../src/pipeline/spelling';

describe('foldSpelling', () => {
  it.each([
    ['kangryong', 'kangnyong'],
    ['baekryeong', 'baengnyeong'],
    ['paengnyong', 'baengnyeong'],
    ['chorwon', 'cheorwon'],
    ['shinuiju', 'sinuiju'],
    ['changsan', 'jangsan'],
    ['kumgang', 'geumgang'],
    ['panmunjom', 'panmunjeom'],
    ['gosung', 'goseong'],
    ['daesung', 'daeseong'],
  ])('folds %s with %s', (a, b) => expect(foldSpelling(a)).toBe(foldSpelling(b)));
  it.each([
    ['rodong', 'nodong'],
    ['onchon', 'onchol'],
    ['kosong', 'kaesong'],
  ])('keeps %s apart from %s', (a, b) => expect(foldSpelling(a)).not.toBe(foldSpelling(b)));
});

describe('places spelled another way', () => {
  let g: CompiledGazetteer;
  beforeAll(() => {
    g = compileGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer);
  });
  const places = (t: string) => findPlaces(t, findSentences(t, findStructure(t)), g).map((p) => [p.text, p.entry.name]);
  it('finds a county written without its sound change', () => {
    expect(places('A patrol boat crossed off Kangryong County, South Hwanghae Province, on Wednesday.')).toContainEqual(['Kangryong County', 'Kangnyŏng-gun']);
  });
  it('finds a mountain spelled another way after "Mt." or "Mount", not a county of the bare word', () => {
    expect(places('The families met at the Mt. Kumkang resort on Thursday.')).toEqual([['Mt. Kumkang', 'Mount Kumgang']]);
    expect(places('They climbed Mount Kumkang.')).toEqual([['Mount Kumkang', 'Mount Kumgang']]);
  });
  it('matches no bare township stem spelled another way, nor a word a name goes on from', () => {
    expect(places('The drone was found on Cheongok Mountain on Sunday.')).toEqual([]);
  });
  it('reads no place into a person\'s name whose given name goes on after a hyphen', () => {
    expect(places('Unification Minister Chung Dong-young spoke on Monday.')).toEqual([]);
  });
  it('finds 성 written "sung": "Gosung County", "Daesung-dong"', () => {
    expect(places('The town in Gosung County, Gangwon Province, was on alert.')).toContainEqual(['Gosung County', 'Goseong']);
    expect(places('Residents of Daesung-dong heard the blast.').map((p) => p[1])).toEqual(['Daeseong-dong']);
  });
  it('forgives one wrong letter in an island\'s name before "Island", and nothing else', () => {
    expect(places('A boat was found near Ulleng Island yesterday.')).toEqual([['Ulleng Island', 'Ulleung-gun']]);
    expect(places('Shells hit Yeongpyeong Island.')).toEqual([['Yeongpyeong Island', 'Yeonpyeong Island']]);
    expect(places('Visitors came to Jonathan Island and to Korean Island.')).toEqual([]);
  });
  it('leaves a capitalised word that is no place alone', () => {
    expect(places('The Rodong Sinmun said so on Monday.')).toEqual([]);
  });
  it('prefers the exact spelling: Kosong stays the North\'s', () => {
    expect(places('Troops moved near Kosong on Monday.').map((p) => p[1])).not.toContain('Goseong-gun');
  });
});
