// Rivers of the border area (Han, Imjin, Han estuary). No open centreline geometry for them was
// found in the public sources searched (Natural Earth 10m rivers is stored only gzipped; no OSM
// extract of these rivers turned up), so this writes an empty layer rather than invented lines.
// The Han estuary itself is drawn: the OSM coastline runs up it, so it is water in land.geojson.
import type { FeatureCollection, LineString } from 'geojson';

export interface RiverProps {
  id: string;
  name: string;
  name_ko: string;
  source: string;
  method: 'official' | 'digitised' | 'derived';
  accuracy_m?: number;
}

export function buildRivers(): { fc: FeatureCollection<LineString, RiverProps>; meta: Record<string, unknown> } {
  return { fc: { type: 'FeatureCollection', features: [] }, meta: { note: 'empty: no sourced river centreline committed yet; the Han estuary is water in land.geojson (OSM coastline)' } };
}
