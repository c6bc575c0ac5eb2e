// The story's events as CSV (RFC 4180), safe to open in a spreadsheet: a text cell that starts
// like a formula (= + - @, a tab or a carriage return, or their full-width forms) is prefixed
// with an apostrophe so that it stays text (OWASP, "CSV injection").
import type { EventCollection, EventProps, UnlocatedEvent } from '../data/types';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell. Numbers we computed are written as they are; every string is quoted, inner quotes
 * doubled, and a leading formula character neutralised.
 * @example csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(cells: Array<string | number | boolean | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

export const CSV_COLUMNS = [
  'n',
  'id',
  'kind',
  'date_start',
  'date_end',
  'date_precision',
  'date_text',
  'place',
  'place_ko',
  'place_kind',
  'lon',
  'lat',
  'on_map',
  'placed_by',
  'confidence',
  'planned',
  'group',
  'actors',
  'paragraph',
  'quote',
] as const;

function row(p: EventProps | UnlocatedEvent, coord: number[] | null): Array<string | number | boolean | undefined> {
  return [
    p.n,
    p.id,
    p.kind,
    p.date_start,
    p.date_end,
    p.date_precision,
    p.date_text,
    p.place ?? '',
    p.place_ko,
    'place_kind' in p ? p.place_kind : '',
    coord ? coord[0] : undefined,
    coord ? coord[1] : undefined,
    coord !== null,
    p.placed_by ?? 'pipeline',
    p.confidence,
    p.planned ?? false,
    p.group,
    p.actors.join('; '),
    p.paragraph,
    p.quote,
  ];
}

/**
 * Every event, located ones with their coordinates and those without a place after them, in story order.
 * Starts with a UTF-8 byte-order mark so that spreadsheets read Hangul correctly; lines end in CRLF.
 */
export function eventsToCsv(events: EventCollection): string {
  const lines = [CSV_COLUMNS.join(',')];
  const all = [
    ...events.features.map((f) => ({ p: f.properties as EventProps | UnlocatedEvent, c: f.geometry.coordinates as number[] | null })),
    ...events.unlocated.map((u) => ({ p: u as EventProps | UnlocatedEvent, c: null })),
  ].sort((a, b) => a.p.n - b.p.n || a.p.id.localeCompare(b.p.id));
  for (const { p, c } of all) lines.push(csvRow(row(p, c)));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
