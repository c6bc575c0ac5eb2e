// Coarse land of East and South-East Asia around the detailed window, so that a story event far
// from the border (the 2019 Hanoi summit) sits on a map rather than on empty sea.
// Natural Earth 1:50m countries (public domain) via world-atlas, clipped and simplified.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bboxClip, simplify, truncate, area, difference, bboxPolygon, featureCollection } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const CONTEXT_BBOX: [number, number, number, number] = [95, 0, 150, 55];
export const CONTEXT_SOURCE = 'Natural Earth 1:50m admin 0 countries (public domain), https://www.naturalearthdata.com/ via the world-atlas npm package 2.0.2 (countries-50m.json)';

/**
 * Land polygons clipped to CONTEXT_BBOX less the detailed window (drawn from OSM already),
 * simplified to about 3 km, islands under 50 km² dropped.
 */
export function buildContext(topology: Topology, detailWindow: [number, number, number, number]): FeatureCollection<Polygon | MultiPolygon> {
  const hole = bboxPolygon(detailWindow);
  const countries = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const c of countries.features) {
    if (!c.geometry) continue;
    const boxed = bboxClip(c as Feature<Polygon | MultiPolygon>, CONTEXT_BBOX).geometry as Polygon | MultiPolygon;
    // bboxClip leaves empty and degenerate rings behind; polyclip refuses them.
    const parts = (boxed.type === 'Polygon' ? [boxed.coordinates] : boxed.coordinates)
      .map((p) => p.filter((ring) => ring.length >= 4))
      .filter((p) => p.length > 0);
    if (!parts.length) continue;
    const mp: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } };
    const clipped = difference(featureCollection<Polygon | MultiPolygon>([mp, hole]));
    if (!clipped) continue;
    const polys = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
    const kept = polys.filter((p) => p.length && p[0].length >= 4 && area({ type: 'Polygon', coordinates: p }) > 50e6);
    if (!kept.length) continue;
    const f: Feature<MultiPolygon> = { type: 'Feature', properties: { name: c.properties.name }, geometry: { type: 'MultiPolygon', coordinates: kept } };
    out.push(truncate(simplify(f, { tolerance: 0.03, highQuality: true }), { precision: 3, coordinates: 2 }));
  }
  out.sort((a, b) => String(a.properties!.name).localeCompare(String(b.properties!.name)));
  return { type: 'FeatureCollection', features: out };
}
