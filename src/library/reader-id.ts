// The ids of the reader's stories: "mine-…", also their names in the URL. Built-in slugs never match.

export const READER_ID = /^mine-[a-z0-9]{4,40}$/;

/** True for the id of a reader's story. */
export function isReaderId(id: string | undefined | null): id is string {
  return typeof id === 'string' && READER_ID.test(id);
}

/** A new story id from the time and a random part, e.g. "mine-m3k9x2a7f3q1". */
export function newStoryId(now = Date.now(), random: () => number = Math.random): string {
  const r = Array.from({ length: 6 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
  return `mine-${now.toString(36)}${r}`;
}
