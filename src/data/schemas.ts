// The schemas of every data file the app reads, in one schema library (valibot). They check data at the
// boundary — after a fetch, before anything draws it — and they are the TypeScript contracts too: the
// compile-time checks at the end fail `npm run check` whenever a schema and `types.ts` disagree.
// The schema of stories stored in the browser (src/library/stored-schema.ts) builds on these; it lives
// beside the library so that it loads with it, not with the app's first page.
import * as v from 'valibot';
import type {
  EventProps,
  LayerManifestEntry,
  LeafletLaunch,
  Passage,
  ProvenanceProps,
  StoryMeta,
  UnlocatedEvent,
} from './types';

// ---- primitives -----------------------------------------------------------------------------------------

/** A stable id: story slugs, layer ids, event ids, feature ids. Short, and free of markup and control characters. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/, 'is not an id (letters, digits, - _ . : ; at most 200)'));
/** A story slug: it becomes a folder name and a URL value. */
export const SlugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'is not a story slug (a-z, 0-9, -)'));
/** Display text: any string, bounded so that one field cannot carry a whole file. */
export const Text = (max = 100_000) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
export const NonEmptyText = (max = 100_000) => v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(max, `is longer than ${max} characters`));
export const Int = (min: number) => v.pipe(v.number(), v.integer('is not an integer'), v.minValue(min, `is below ${min}`));

/** A calendar day, YYYY-MM-DD, that exists (2020-02-30 does not). */
export const DaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date'),
  v.check((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a calendar day'),
);

/** An ISO 8601 date-time that Date.parse reads. */
export const InstantSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'is not an ISO 8601 date-time'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'is not a real date-time'),
);

const zoneCache = new Map<string, boolean>();
/** True for a time zone this browser knows (an IANA name such as Asia/Seoul, or UTC). */
export function isTimeZone(tz: string): boolean {
  let ok = zoneCache.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = tz.length <= 64;
    } catch {
      ok = false;
    }
    zoneCache.set(tz, ok);
  }
  return ok;
}
export const TimeZoneSchema = v.pipe(v.string(), v.check(isTimeZone, 'is not a known IANA time zone'));

// ---- GeoJSON geometry -----------------------------------------------------------------------------------

export const Lon = v.pipe(v.number(), v.finite('is not a finite number'), v.minValue(-180, 'is a longitude below -180'), v.maxValue(180, 'is a longitude above 180'));
export const Lat = v.pipe(v.number(), v.finite('is not a finite number'), v.minValue(-90, 'is a latitude below -90'), v.maxValue(90, 'is a latitude above 90'));
const Alt = v.pipe(v.number(), v.finite('is not a finite number'));
/** [lon, lat] or [lon, lat, altitude], in range. */
export const PositionSchema = v.union([v.tuple([Lon, Lat]), v.tuple([Lon, Lat, Alt])], 'is not a [lon, lat] position in range');
const Line = v.pipe(v.array(PositionSchema), v.minLength(2, 'has fewer than 2 positions'));
const Ring = v.pipe(
  v.array(PositionSchema),
  v.minLength(4, 'is a ring of fewer than 4 positions'),
  v.check((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'is a ring that is not closed'),
);
const Polygon = v.pipe(v.array(Ring), v.minLength(1, 'has no ring'));

export const PointSchema = v.object({ type: v.literal('Point'), coordinates: PositionSchema });
const geometryOptions = [
  PointSchema,
  v.object({ type: v.literal('MultiPoint'), coordinates: v.array(PositionSchema) }),
  v.object({ type: v.literal('LineString'), coordinates: Line }),
  v.object({ type: v.literal('MultiLineString'), coordinates: v.array(Line) }),
  v.object({ type: v.literal('Polygon'), coordinates: Polygon }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(Polygon) }),
] as const;
/** Any RFC 7946 geometry; a GeometryCollection holds simple geometries only (no nesting). */
export const GeometrySchema = v.variant(
  'type',
  [...geometryOptions, v.object({ type: v.literal('GeometryCollection'), geometries: v.array(v.variant('type', [...geometryOptions])) })],
  'is not a GeoJSON geometry (Point, LineString, Polygon, Multi…, GeometryCollection)',
);

// ---- layers.json and the layer files ---------------------------------------------------------------------

export const LAYER_GROUPS = ['places', 'mdl-dmz', 'cma-2018', 'joint-zones', 'leaflets', 'nll'] as const;
export const METHODS = ['surveyed', 'digitised', 'derived', 'estimated', 'official'] as const;

/** A data path under public/data/: relative, no `..`, no scheme. */
const DataPath = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9_./-]*$/i, 'is not a relative data path'),
  v.check((p) => !p.includes('..'), 'leaves the data folder'),
);

export const LayerManifestEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a layer id (a-z, 0-9, -)')),
  title: NonEmptyText(300),
  group: v.picklist(LAYER_GROUPS, `is not a layer group (${LAYER_GROUPS.join(', ')})`),
  description: Text(5_000),
  attribution: Text(2_000),
  file: DataPath,
  geometry: v.picklist(['Point', 'LineString', 'Polygon', 'mixed']),
  count: Int(0),
  visible: v.boolean(),
});
/** layers.json; its entries are checked one by one (LayerManifestEntrySchema), so that one bad entry stays one. */
export const LayerManifestSchema = v.object({
  generated_by: v.optional(v.string(), ''),
  layers: v.array(v.unknown()),
});

export const LeafletLaunchSchema = v.object({ date: DaySchema, group: Text(500), sent: Text(500), source: Text(2_000) });

/** Properties of a feature of a layer file: provenance required, anything else kept as is. */
export const ProvenancePropsSchema = v.looseObject({
  id: IdSchema,
  name: Text(500),
  name_ko: v.optional(Text(500)),
  description: v.optional(Text(5_000)),
  source: NonEmptyText(2_000),
  method: v.picklist(METHODS),
  accuracy_m: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  launches: v.optional(v.array(LeafletLaunchSchema)),
});
export const LayerFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.nullable(GeometrySchema),
  properties: ProvenancePropsSchema,
  bbox: v.optional(v.array(v.number())),
});
/** A FeatureCollection whose features are checked one by one. */
export const FeatureCollectionShellSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});

// ---- stories ---------------------------------------------------------------------------------------------

export const StoryIndexEntrySchema = v.object({
  slug: SlugSchema,
  title: NonEmptyText(1_000),
  outlet: Text(500),
  published: DaySchema,
});
/** stories/index.json: a list, or `{ stories: [...] }`; entries are checked one by one. */
export const StoryIndexSchema = v.union([v.array(v.unknown()), v.object({ stories: v.array(v.unknown()) })], 'is neither a list of stories nor { "stories": [...] }');

export const StoryMetaSchema = v.object({
  slug: SlugSchema,
  title: NonEmptyText(1_000),
  outlet: Text(500),
  published: DaySchema,
  tz: TimeZoneSchema,
  url: v.optional(Text(2_000)),
  note: v.optional(Text(5_000)),
});

export const EVENT_KINDS = [
  'demolition',
  'attack',
  'incursion',
  'defection',
  'drone',
  'leaflet-launch',
  'loudspeaker',
  'military-move',
  'closure',
  'opening',
  'communication-cut',
  'agreement',
  'suspension',
  'meeting',
  'diplomacy',
  'threat',
  'statement',
  'reporting',
  'legal',
  'incident',
  'other',
] as const;
export const DATE_PRECISIONS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;

export const PassageSchema = v.pipe(
  v.object({
    quote: Text(),
    start: Int(0),
    end: Int(0),
    paragraph: Int(0),
    caption: v.optional(v.boolean()),
  }),
  v.check((p) => p.start < p.end, 'has start ≥ end'),
);

const eventEntries = {
  id: IdSchema,
  n: Int(1),
  kind: v.picklist(EVENT_KINDS, 'is not a known event kind'),
  actors: v.pipe(v.array(Text(500)), v.maxLength(200)),
  place_ko: v.optional(Text(500)),
  place_layer: v.optional(v.string()),
  date_start: InstantSchema,
  date_end: InstantSchema,
  date_precision: v.picklist(DATE_PRECISIONS, `is not a date precision (${DATE_PRECISIONS.join(', ')})`),
  date_text: Text(2_000),
  quote: Text(),
  quote_start: Int(0),
  quote_end: Int(0),
  paragraph: Int(0),
  passages: v.pipe(v.array(PassageSchema), v.minLength(1, 'is empty')),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  planned: v.optional(v.boolean()),
  group: v.optional(IdSchema),
  placed_by: v.optional(v.picklist(['pipeline', 'reader'])),
};
type EventDates = { date_start: string; date_end: string; quote_start: number; quote_end: number };
const endsAfterStart = (e: EventDates) => Date.parse(e.date_end) >= Date.parse(e.date_start);
const quoteOrdered = (e: EventDates) => e.quote_start < e.quote_end;

const EventPropsObject = v.object({
  ...eventEntries,
  place: Text(500),
  place_id: v.string(),
  place_kind: v.picklist(['point', 'area', 'line']),
});
export const EventPropsSchema = v.pipe(
  EventPropsObject,
  v.check<v.InferOutput<typeof EventPropsObject>, string>(endsAfterStart, 'ends before it starts'),
  v.check<v.InferOutput<typeof EventPropsObject>, string>(quoteOrdered, 'has quote_start ≥ quote_end'),
);
const UnlocatedObject = v.object({ ...eventEntries, place: v.null(), place_id: v.null() });
export const UnlocatedEventSchema = v.pipe(
  UnlocatedObject,
  v.check<v.InferOutput<typeof UnlocatedObject>, string>(endsAfterStart, 'ends before it starts'),
  v.check<v.InferOutput<typeof UnlocatedObject>, string>(quoteOrdered, 'has quote_start ≥ quote_end'),
);
export const EventFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: PointSchema,
  properties: EventPropsSchema,
  bbox: v.optional(v.array(v.number())),
});
/** events.geojson; features and unlocated events are checked one by one. */
export const EventCollectionShellSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
  unlocated: v.optional(v.array(v.unknown()), []),
  story: v.optional(v.unknown()),
});

// ---- messages ---------------------------------------------------------------------------------------------

/** One line naming where in the value the first fault is and what it is: `properties.date_precision: is not a date precision (…)`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = deepest(issues[0]);
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  // A key that is absent, or present with no value (possible in a stored record, never in JSON).
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${path}: is missing`;
  const got = issue.received && !issue.message.includes('received') ? ` (got ${issue.received.slice(0, 40)})` : '';
  return `${path ? `${path}: ` : ''}${issue.message.replace(/^Invalid (type|key|length|value): /, '')}${got}`;
}
/** Unions report their own issue; the most specific fault is in the branch that got furthest. */
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  if (!issue.issues?.length) return issue;
  const best = [...issue.issues].sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
  return (best.path?.length ?? 0) > (issue.path?.length ?? 0) ? deepest(best) : issue;
}

// ---- the schemas are the types: compile-time checks that they agree with types.ts ------------------------

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
export type SchemaTypeChecks = [
  Assert<Equals<Out<typeof LayerManifestEntrySchema>, LayerManifestEntry>>,
  Assert<Equals<Out<typeof StoryMetaSchema>, StoryMeta>>,
  Assert<Equals<Out<typeof PassageSchema>, Passage>>,
  Assert<Equals<Out<typeof EventPropsSchema>, EventProps>>,
  Assert<Equals<Out<typeof UnlocatedEventSchema>, UnlocatedEvent>>,
  Assert<Equals<Out<typeof LeafletLaunchSchema>, LeafletLaunch>>,
  // Provenance: the loose schema adds an index signature; its named fields must match.
  Assert<Equals<Pick<Out<typeof ProvenancePropsSchema>, keyof ProvenanceProps>, ProvenanceProps>>,
];
