// The open story (or a stored one) as files to download.
import type { LoadedStory } from '../data/load-story';
import { applyFixes } from '../library/fixes';
import type { StoredStory } from '../library/stored-story';
import { eventsToCsv } from './csv';
import { download, fileName } from './download';
import { storyToGeojson } from './geojson';

export type StoryFiles = Pick<LoadedStory, 'meta' | 'text' | 'events'>;

/** A stored story as shown: its fixes applied. */
export function shownStory(s: StoredStory): StoryFiles {
  return { meta: s.meta, text: s.text, events: applyFixes(s.events, s.fixes) };
}

export function downloadGeojson(s: StoryFiles): void {
  const json = JSON.stringify(storyToGeojson(s.meta, s.text, s.events), null, 1);
  download(new Blob([json], { type: 'application/geo+json' }), fileName(s.meta.title, 'geojson'));
}

export function downloadCsv(s: StoryFiles): void {
  download(new Blob([eventsToCsv(s.events)], { type: 'text/csv;charset=utf-8' }), fileName(s.meta.title, 'csv'));
}
