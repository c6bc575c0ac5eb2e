// Rivers of the border area. Placeholder until a sourced extract is committed.
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
  return { fc: { type: 'FeatureCollection', features: [] }, meta: { note: 'no river yet' } };
}
