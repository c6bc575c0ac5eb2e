// Colours of the offline basemap, in one place. A quiet, light base so that the story's overlays
// (zones in reds, oranges, purples) stay the loudest thing on the map.

export interface Palette {
  sea: string;
  /** Land by ISO 3166-1 alpha-2 code; `other` for any country not listed. */
  land: { KR: string; KP: string; other: string };
  coast: string;
  river: string;
  border: string;
  /** The line between the two Koreas as the basemap's own data draws it (context only). */
  borderKoreas: string;
  borderKoreasCasing: string;
  text: { place: string; capital: string; island: string; sea: string; country: string; river: string };
  halo: string;
}

export const LIGHT: Palette = {
  sea: '#d7e6ef',
  land: { KR: '#f7f5f0', KP: '#efece4', other: '#e6e4de' },
  coast: '#9fb8c8',
  river: '#a9c7dc',
  border: '#8d8a84',
  borderKoreas: '#6b6660',
  borderKoreasCasing: '#ffffff',
  text: { place: '#3a3a3a', capital: '#1f1f1f', island: '#4b5a66', sea: '#5c7d95', country: '#7a746c', river: '#5c7d95' },
  halo: '#ffffff',
};
