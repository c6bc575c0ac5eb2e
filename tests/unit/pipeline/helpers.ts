import { existsSync, readFileSync } from 'node:fs';
import { compileGazetteer } from '../../../src/pipeline/index';
import type { Gazetteer } from '../../../src/data/types';

export const SEED = 'geo/stories/2020-06-16-liaison-office/article.txt';
export const seedText = () => readFileSync(SEED, 'utf8');
export const testGazetteer = (): Gazetteer => JSON.parse(readFileSync('tests/fixtures/articles/gazetteer.json', 'utf8'));
export const compiled = () => compileGazetteer(testGazetteer());

/** The test gazetteer, plus the project's real one once it is built: the pipeline must work with both. */
export const gazetteers = (): [string, ReturnType<typeof compiled>][] => [
  ['test gazetteer', compiled()],
  ...(existsSync('public/data/gazetteer.json')
    ? [['public/data/gazetteer.json', compileGazetteer(JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')))] as [string, ReturnType<typeof compiled>]]
    : []),
];
