// Assembles every map layer from the checked sources; derived geometry comes from geo/lib.
import { along, area, booleanPointInPolygon, circle, featureCollection, length, lineString, point, pointOnFeature, pointToLineDistance, polygon, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { LayerGroup, LayerManifestEntry } from '../../src/data/types.ts';
import { dmzFromMdl } from '../lib/dmzFromMdl.ts';
import { groundBufferZone } from '../lib/groundBufferZone.ts';
import { noFlyZones } from '../lib/noFlyZones.ts';
import { maritimeBuffers } from '../lib/maritimeBuffers.ts';
import { channelBetween } from '../lib/channelBetween.ts';
import { simplifySafe } from '../lib/simplifySafe.ts';
import { midwayLine } from '../lib/midwayLine.ts';
import type { Sources } from './readSources.ts';

export interface Layer {
  entry: Omit<LayerManifestEntry, 'file' | 'geometry' | 'count'>;
  fc: FeatureCollection<Geometry>;
}

const OSM = '© OpenStreetMap contributors (ODbL 1.0) via @geo-maps/countries-coastline-1m';
const MDL_SRC = 'MDL from geo/sources/mdl-osm.geojson (OpenStreetMap via @geo-maps/countries-coastline-1m, ODbL)';

type Props = Record<string, unknown>;
const withProps = <G extends Geometry>(f: Feature<G>, props: Props): Feature<G> => ({ type: 'Feature', properties: props, geometry: f.geometry });

export function buildLayers(s: Sources): Layer[] {
  const mdlAcc = (s.mdl.properties?.accuracy_m as number) ?? 500;
  const layers: Layer[] = [];
  const add = (id: string, title: string, group: LayerGroup, visible: boolean, description: string, attribution: string, features: Feature<Geometry>[]) =>
    layers.push({ entry: { id, title, group, description, attribution, visible }, fc: featureCollection(features) });

  // Kaesong: sourced places plus nothing derived.
  add('kaesong', 'Kaesong', 'places', true, 'Kaesong city, the industrial complex (phase 1), the joint liaison office and Panmunjom.', 'GeoNames (CC BY 4.0); positions as cited per feature', s.kaesong.features);

  // Seoul: the special city is the union of its 25 districts (KOSTAT 2013).
  const seoulUnion = union(s.seoulDistricts as FeatureCollection<Polygon | MultiPolygon>);
  if (!seoulUnion) throw new Error('geo/sources/seoul-districts.geojson: the districts do not union into an area');
  const seoulCity = withProps(simplifySafe(seoulUnion, { tolerance: 0.0002 }), {
    id: 'seoul-boundary',
    name: 'Seoul Special City',
    name_ko: '서울특별시',
    description: `Union of the ${s.seoulDistricts.features.length} district (gu) boundaries, computed at build time.`,
    source: 'Statistics Korea (KOSTAT) 2013 district boundaries, github.com/southkorea/seoul-maps kostat/2013/json/seoul_municipalities_geo_simple.json',
    method: 'derived',
    accuracy_m: 100,
  });
  add('seoul', 'Seoul', 'places', true, 'The boundary of Seoul Special City, City Hall, the Ministry of Unification and Cheong Wa Dae.', 'KOSTAT 2013 via southkorea/seoul-maps', [seoulCity, ...s.seoul.features]);

  // The MDL and the Han River estuary.
  // Mal-do (the zone's western end, Armistice Art. I para. 5) lies at about 126.19° E; meridians
  // where the gap is wider than 10 km cross open water beside Gyodong, not the estuary channel.
  const hrenz = channelBetween(s.landKr, s.landKp, { fromLon: 126.19, toLon: s.estuary.geometry.coordinates[0][0], maxWidthKm: 10 });
  const estuaryZone = withProps(hrenz, {
    id: 'han-river-estuary-neutral-zone',
    name: 'Han River Estuary neutral zone',
    name_ko: '한강하구 중립수역',
    description:
      'Waters of the Han River estuary where one bank is held by each side, open to civil shipping of both (Armistice Agreement Art. I, para. 5); from the Imjin mouth west to Mal-do off Gyodong, about 67 km. Drawn here as the water between the two Koreas\' land from Mal-do to where the land outlines meet; the eastern part, which the source outlines count as land, is shown by the estuary boundary line.',
    source: 'Definition: Korean Armistice Agreement (27 July 1953) Art. I para. 5; geometry: water between the KR and KP land of geo/sources/land-kr-kp.geojson (OpenStreetMap, ODbL), computed by geo/lib/channelBetween.ts',
    method: 'derived',
    accuracy_m: 300,
  });
  add('mdl', 'Military Demarcation Line', 'mdl-dmz', true, 'The 1953 ceasefire line on land, its continuation in the Han estuary and the estuary neutral zone.', OSM, [
    s.mdl,
    s.estuary,
    estuaryZone,
  ]);

  // DMZ: 2 km either side, clipped to land.
  const dmz = dmzFromMdl(s.mdl, { land: s.land });
  const dmzSrc = `Derived by geo/lib/dmzFromMdl.ts: 2 km either side of the MDL (Korean Armistice Agreement, 27 July 1953, Art. I); ${MDL_SRC}`;
  add(
    'dmz',
    'Demilitarized Zone',
    'mdl-dmz',
    true,
    'The DMZ, 2 km either side of the MDL, with its northern and southern limit lines.',
    OSM,
    dmz.features.map((f) => withProps(f, { ...f.properties, source: dmzSrc, method: 'derived', accuracy_m: mdlAcc })),
  );

  // CMA ground buffer: 5 km either side, clipped to land.
  const ground = groundBufferZone(s.mdl, { land: s.land });
  add('cma-ground-buffer', 'CMA ground buffer zone', 'cma-2018', false, 'No artillery live fire or regiment-level manoeuvres within 5 km of the MDL (2018 Comprehensive Military Agreement).', OSM, [
    withProps(ground, { ...ground.properties, source: `Derived by geo/lib/groundBufferZone.ts: ${s.cma.sources.ground}; ${MDL_SRC}`, method: 'derived', accuracy_m: mdlAcc }),
  ]);

  // CMA no-fly zones: split at marker 0646, estimated by its fraction along the line.
  const total = length(s.mdl, { units: 'kilometers' });
  const marker = along(s.mdl, total * s.cma.marker_0646.fraction, { units: 'kilometers' });
  const markerFeature = withProps(marker, {
    id: 'mdl-marker-0646',
    name: 'MDL marker 0646 (estimated)',
    description: s.cma.marker_0646.note,
    source: `Estimated from ${MDL_SRC}; marker numbering: 2020 Defense White Paper p. 52`,
    method: 'estimated',
    accuracy_m: s.cma.marker_0646.accuracy_m,
  });
  const nfz = noFlyZones(s.mdl, { split: marker.geometry.coordinates });
  add(
    'cma-no-fly',
    'CMA no-fly zones',
    'cma-2018',
    false,
    'No-fly zones measured from the MDL: fixed-wing 40 km east / 20 km west of marker 0646, balloons 25 km, UAVs 15/10 km, rotary-wing 10 km.',
    OSM,
    [
      ...nfz.features.map((f) =>
        withProps(f, { ...f.properties, source: `Derived by geo/lib/noFlyZones.ts: ${s.cma.sources.no_fly}; ${MDL_SRC}; split at the estimated marker 0646`, method: 'derived', accuracy_m: s.cma.marker_0646.accuracy_m }),
      ),
      markerFeature,
    ],
  );

  // CMA maritime buffers from their defining points, land removed.
  const sea = maritimeBuffers(s.cma.maritime_zones, { land: s.land });
  add('cma-maritime-buffer', 'CMA maritime buffer zones', 'cma-2018', false, 'No live fire or naval manoeuvres: West Sea from north of Deokjeok-do to south of Cho-do; East Sea from north of Sokcho to south of Tongchon.', OSM, sea.features.map((f) => withProps(f, { ...f.properties, source: `${s.cma.sources.maritime}; land removed with geo/sources/land-kr-kp.geojson (OpenStreetMap, ODbL)` })));

  // The NLL: through the points midway between the ROK-held islands and the DPRK coast.
  const islands = s.nll.islands.map((id) => {
    const f = s.places.features.find((x) => x.properties?.id === id);
    if (!f || f.geometry.type !== 'Point') throw new Error(`geo/sources/nll.json: island "${id}" is not a point in geo/sources/places.geojson`);
    return f.geometry.coordinates;
  });
  const nllLine = midwayLine(islands, s.landKr, s.landKp);
  const { islands: _ids, ...nllProps } = s.nll;
  add('nll', 'Northern Limit Line', 'nll', true, 'The West Sea line drawn by the UN Command in 1953, traced midway between the five islands and the North Korean coast (approximate).', OSM, [
    withProps(nllLine, { ...nllProps, gaps_km: nllLine.properties.gaps_km }),
  ]);

  // Zones demilitarised under inter-Korean agreements (KPA General Staff, June 2020).
  const kic = s.kaesong.features.find((f) => f.properties?.id === 'kaesong-industrial-complex');
  if (!kic) throw new Error('geo/sources/kaesong.geojson: feature "kaesong-industrial-complex" is missing');
  add(
    'demilitarised-zones',
    'Zones demilitarised under inter-Korean agreements',
    'joint-zones',
    false,
    'The Kaesong industrial zone and the Mount Kumgang tourist region, from which units were pulled back for the joint projects; the KPA said in June 2020 it would move back in.',
    'Positions as cited per feature',
    [
      withProps(kic, { ...kic.properties, id: 'kaesong-industrial-zone', name: 'Kaesong Industrial Zone' }),
      ...s.jointZones.features,
    ],
  );

  // Leaflet launch areas: circles whose radius stands for the sources' precision.
  add(
    'leaflet-launch',
    'Leaflet launch areas',
    'leaflets',
    true,
    'Where defector groups launched leaflet balloons, with each dated launch a source reports.',
    'Positions estimated; launches as cited',
    s.launches.map((a) =>
      withProps(circle(point(a.center), a.radius_km, { units: 'kilometers', steps: 32 }), {
        id: a.id,
        name: a.name,
        name_ko: a.name_ko,
        description: `Circle of ${a.radius_km} km around an estimated point. ${a.launches.length} dated launch${a.launches.length > 1 ? 'es' : ''}, latest ${a.launches.map((l) => l.date).sort().at(-1)}.`,
        source: a.source,
        method: 'estimated',
        accuracy_m: a.radius_km * 1000,
        radius_km: a.radius_km,
        launches: a.launches.slice().sort((x, y) => x.date.localeCompare(y.date)),
      }),
    ),
  );

  // Islands: the cited coordinates (arc-minute precision) pick the OSM outline within 1 km, and the
  // mapped point is a point inside that outline.
  const islandPlaces = s.places.features.map((f) => {
    if (f.properties?.kind !== 'island' || f.geometry.type !== 'Point') return f;
    const own = f.properties.country === 'KP' ? s.landKp : s.landKr;
    const p = point(f.geometry.coordinates);
    let best: Feature<Polygon> | null = null;
    let bestD = Infinity;
    for (const poly of own.geometry.coordinates) {
      const pg = polygon(poly);
      const d = booleanPointInPolygon(p, pg) ? 0 : pointToLineDistance(p, lineString(poly[0]), { units: 'kilometers' });
      if (d < bestD) [bestD, best] = [d, pg];
    }
    if (!best || bestD > 1) throw new Error(`geo/sources/places.geojson: feature "${f.properties.id}": no island outline within 1 km of its coordinates`);
    return withProps(pointOnFeature(best), {
      ...f.properties,
      description: [f.properties.description, `Cited position ${f.geometry.coordinates.map((v) => v.toFixed(4)).join(', ')}; mapped at a point inside the OpenStreetMap outline found there (${(area(best) / 1e6).toFixed(1)} km²).`].filter(Boolean).join(' '),
      source: `${f.properties.source}; outline: OpenStreetMap via @geo-maps/countries-coastline-1m (ODbL)`,
      method: 'derived',
      accuracy_m: 100,
    });
  });
  add('places', 'Places', 'places', true, 'Other places in the stories: Pyongyang, Dorasan, Imjingak, the NLL islands, border counties, Hanoi.', 'GeoNames (CC BY 4.0); island outlines © OpenStreetMap contributors (ODbL); positions as cited per feature', islandPlaces);
  return layers;
}
