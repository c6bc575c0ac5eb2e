// How untrusted text (article, titles, outlets, place and layer names, data-file messages) is shown.
// Svelte interpolates it as text, so markup stays text; this module deals with what text alone can still
// do: explicit bidirectional overrides, embeddings and isolates, which reorder what a reader sees
// (U+202E followed by "evil" reads "live") and can spill into the interface around them. They are shown as
// visible marks, and the elements that hold untrusted text isolate it (dir="auto", <bdi>,
// unicode-bidi: isolate in app.css) and let long words wrap (overflow-wrap: anywhere).

const NAMES: Record<string, string> = {
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Untrusted text as it is displayed: every explicit bidirectional formatting character is replaced by a
 * visible mark (`[RLO]`), so that the characters show in the order they were written. Everything else,
 * marks (LRM/RLM) and right-to-left scripts included, is unchanged.
 * @example show('\u202eevil') // '[RLO]evil'
 */
export function show(text: string | null | undefined): string {
  if (text == null) return '';
  const s = String(text);
  return HAS_CONTROL.test(s) ? s.replace(CONTROLS, (c) => `[${NAMES[c]}]`) : s;
}

/** The page's title for a story: its title shown as above, bounded, then the app's name. */
export function pageTitle(storyTitle: string): string {
  const t = show(storyTitle).replace(/\s+/g, ' ').trim();
  return `${t.length > 120 ? `${t.slice(0, 119)}…` : t} — Borderline`;
}
