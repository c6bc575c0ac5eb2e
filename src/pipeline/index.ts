// The article pipeline's public API, shared by the CLI, the story build and the browser.
export { compileGazetteer, type CompiledGazetteer } from './gazetteer';
export { extractEvents, extractArticle } from './events';
export { applyEditorial } from './editorial';
export { findStructure } from './structure';
export { findSentences } from './sentences';
export { findPlaces } from './places';
export { findDates } from './dates';
export { classify } from './kinds';
export type * from './types';
