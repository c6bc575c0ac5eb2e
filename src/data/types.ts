// The data contracts between geo/ (build), the article pipeline and the app.
// Everything under public/data/ conforms to these types.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

/** How a geographic feature was obtained. */
export type Method = 'surveyed' | 'digitised' | 'derived' | 'estimated' | 'official';

/** Properties every feature in public/data/layers/*.geojson carries. */
export interface ProvenanceProps {
  /** Unique within its layer, stable across builds (e.g. "kaesong-liaison-office"). */
  id: string;
  name: string;
  name_ko?: string;
  description?: string;
  /** URL or citation; never empty. */
  source: string;
  method: Method;
  /** Required when method is 'estimated' or 'digitised'. */
  accuracy_m?: number;
}

export type LayerGroup = 'places' | 'mdl-dmz' | 'cma-2018' | 'joint-zones' | 'leaflets' | 'nll';

/** One entry of public/data/layers.json. */
export interface LayerManifestEntry {
  id: string;
  title: string;
  group: LayerGroup;
  description: string;
  attribution: string;
  /** Relative to public/data/, e.g. "layers/dmz.geojson". */
  file: string;
  geometry: 'Point' | 'LineString' | 'Polygon' | 'mixed';
  count: number;
  /** Shown when the app opens. */
  visible: boolean;
}
export interface LayerManifest {
  generated_by: string;
  layers: LayerManifestEntry[];
}

/** One dated launch at a leaflet-launch area. */
export interface LeafletLaunch {
  date: string; // YYYY-MM-DD
  group: string;
  sent: string;
  source: string;
}

export type PlaceKind =
  | 'country'
  | 'province'
  | 'city'
  | 'county'
  | 'town'
  | 'village'
  | 'island'
  | 'building'
  | 'area'
  | 'line'
  | 'river'
  | 'mountain'
  | 'site';

/** One entry of public/data/gazetteer.json. */
export interface GazetteerEntry {
  id: string;
  name: string;
  name_ko?: string;
  /** Other names and spellings as they appear in English text (Gaeseong, Panmunjeom, "Ganghwa Island"). */
  aliases: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** A point place's coordinates, or an area/line's anchor (a point on the feature). [lon, lat]. */
  coord: [number, number];
  /** For areas and lines: the layer and feature id this entry stands for. */
  layer?: string;
  feature_id?: string;
  /** YYYY-MM-DD from which the place exists (the 2018 agreement's zones): an article published earlier never means it. */
  since?: string;
  /** An area's rough width in km, when it is a place of its own rather than a zone (the Kaesong complex: 4). */
  extent_km?: number;
  /** A river's course as points along it ([lon, lat]; see course_source): it is placed at the one nearest the article's
   * other places, not at one point for its whole length. */
  course?: [number, number][];
  population?: number;
  source: string;
  /** Other romanisations (McCune–Reischauer for a South Korean name, Revised Romanization for a North Korean
   * one): matched like aliases, but a match on the name or an alias is preferred to a match on these. */
  alt?: string[];
  /** The Korean administrative unit the entry is: province, si, gun, gu, guyeok, eup, myeon, dong, ri … */
  level?: AdminLevel;
  /** The province it lies in, in English ("Gyeonggi", "Gangwon", "Kangwon", "South Hwanghae"). */
  admin1?: string;
  /** The si/gun/gu it lies in, as that entry is named ("Paju-si"), for eup/myeon/dong/ri and towns. */
  admin2?: string;
  /** 1 province or metropolitan city, 2 si/gun/gu or city, 3 eup/myeon/dong or town, 4 ri or village. */
  rank?: number;
  /** How its bare name ("Sajik" of "Sajik-dong") may match without the suffix: 'context' only with its
   * province or county named next to it; 'never' (a common word or personal name: "Nam", "Jung"). */
  bare?: 'context' | 'never';
  /** How far the coordinate may be from the place, when it is known to be approximate (map-label points). */
  accuracy_m?: number;
  /** Official code (KOSTAT 2018 census code for South Korean units). */
  code?: string;
}

/** Korean administrative units (romanised RR). */
export type AdminLevel = 'province' | 'si' | 'gun' | 'gu' | 'guyeok' | 'eup' | 'myeon' | 'dong' | 'ri' | 'ga' | 'rodongjagu';

/**
 * A compact entry of public/data/gazetteer.json: the fields of `GAZETTEER_COLUMNS` in order ('' and 0 for
 * none), expanded into a GazetteerEntry by compileGazetteer. `alt` is '|'-separated; `source` indexes
 * `Gazetteer.sources`; `bare` is 0 (matches alone), 1 ('context') or 2 ('never').
 */
export type GazetteerRow = [
  id: string,
  name: string,
  name_ko: string,
  alt: string,
  kind: PlaceKind,
  level: AdminLevel | '',
  country: string,
  admin1: string,
  admin2: string,
  lon: number,
  lat: number,
  rank: number,
  population: number,
  bare: 0 | 1 | 2,
  source: number,
  accuracy_m: number,
  code: string,
];
export const GAZETTEER_COLUMNS = ['id', 'name', 'name_ko', 'alt', 'kind', 'level', 'country', 'admin1', 'admin2', 'lon', 'lat', 'rank', 'population', 'bare', 'source', 'accuracy_m', 'code'] as const;

export interface Gazetteer {
  generated_by: string;
  entries: GazetteerEntry[];
  /** Bulk entries in compact form (see GazetteerRow), after `entries`. */
  columns?: readonly string[];
  rows?: GazetteerRow[];
  /** Citations the rows' `source` column indexes. */
  sources?: string[];
  /**
   * Normalised stems that must never match alone although a name ends in a suffix word after them: common
   * English words ("propaganda" of "Propaganda Village", "truce" of "truce village"). Computed by the build.
   */
  stopStems?: string[];
}

/** Story metadata: geo/stories/<slug>/story.json (copied to public/data/stories/<slug>/). */
export interface StoryMeta {
  slug: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  published: string;
  /** IANA time zone of the events, e.g. "Asia/Seoul". */
  tz: string;
  url?: string;
  note?: string;
}

/**
 * What kind of happening an event is: a label for the reader, never a condition for an event to exist.
 * 'incident' is the general fallback for a concrete happening no rule names.
 */
export type EventKind =
  | 'demolition'
  | 'attack'
  | 'incursion'
  | 'defection'
  | 'drone'
  | 'leaflet-launch'
  | 'loudspeaker'
  | 'military-move'
  | 'closure'
  | 'opening'
  | 'communication-cut'
  | 'agreement'
  | 'suspension'
  | 'meeting'
  | 'diplomacy'
  | 'threat'
  | 'statement'
  | 'reporting'
  | 'legal'
  | 'incident'
  | 'other';

export type DatePrecision = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Passage {
  quote: string;
  start: number;
  end: number;
  paragraph: number;
  /** True when the passage is a photo caption rather than body text. */
  caption?: boolean;
}

/** Properties of one event feature (the CLI's contract plus a few extras). */
export interface EventProps {
  id: string;
  /** 1-based position in story order. */
  n: number;
  kind: EventKind;
  actors: string[];
  place: string;
  place_ko?: string;
  place_id: string;
  /** 'point' for a gazetteer point; 'area' / 'line' when the place is a layer feature. */
  place_kind: 'point' | 'area' | 'line';
  place_layer?: string;
  date_start: string;
  date_end: string;
  date_precision: DatePrecision;
  date_text: string;
  /** The first (main) passage; verbatim substring of the article at [quote_start, quote_end). */
  quote: string;
  quote_start: number;
  quote_end: number;
  paragraph: number;
  /** Every passage merged into this event, the first being the one above. */
  passages: Passage[];
  /** 0–1: how sure the pipeline is of the event, its date and its place. */
  confidence: number;
  /** A forward-looking event ("will start next month", "from March 5"): its date is after publication or announced as to come. */
  planned?: boolean;
  /**
   * One happening at several places ("ports in Sokcho and Donghae") is one marker per place: each marker has its own
   * `id`, and all share `group` (the id of the first) and `n`. Absent when the event has one place.
   */
  group?: string;
  /** Who placed it: absent or 'pipeline' for the article pipeline, 'reader' for a reader's fix in the browser. */
  placed_by?: 'pipeline' | 'reader';
}
export type EventFeature = Feature<Point, EventProps>;

export interface UnlocatedEvent extends Omit<EventProps, 'place' | 'place_id' | 'place_kind'> {
  place: null;
  place_id: null;
}

export interface EventCollection extends FeatureCollection<Point, EventProps> {
  unlocated: UnlocatedEvent[];
  story?: Pick<StoryMeta, 'slug' | 'title' | 'published' | 'tz'>;
}

export type AnyFeature = Feature<Geometry, ProvenanceProps & Record<string, unknown>>;
