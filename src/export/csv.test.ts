import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, eventsToCsv } from './csv';
import type { EventCollection } from '../data/types';
import { parseCsv } from '../../tests/helpers/parse-csv';


describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=x', '\r=x', '＝1+1', '=HYPERLINK("http://x","y")'])('neutralises a formula at the start: %j', (v) => {
    const cell = csvCell(v);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(parseCsv(cell + '\r\n')[0][0]).toBe(`'${v}`);
  });

  it('quotes text, doubles inner quotes, keeps commas and line breaks inside the cell', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(parseCsv(csvCell('a,"b"\r\nc') + '\r\n')).toEqual([['a,"b"\r\nc']]);
  });

  it('writes our numbers as numbers, even negative ones, and leaves non-finite ones empty', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('events as CSV', () => {
  const events: EventCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [126.55, 37.97] },
        properties: {
          id: 'e2', n: 2, kind: 'attack', actors: ['North Korea', 'South Korea'], place: '=cmd|" /C calc"!A0', place_ko: '개성', place_id: 'kaesong', place_kind: 'point',
          date_start: '2020-06-16T14:49:00+09:00', date_end: '2020-06-16T14:50:00+09:00', date_precision: 'minute', date_text: '2:49pm',
          quote: '-blew up "the office", then left', quote_start: 0, quote_end: 10, paragraph: 3, passages: [], confidence: 0.9, placed_by: 'reader',
        },
      },
    ],
    unlocated: [{ id: 'e1', n: 1, kind: 'statement', actors: [], place: null, place_id: null, date_start: '2020-06-15T00:00:00+09:00', date_end: '2020-06-16T00:00:00+09:00', date_precision: 'day', date_text: 'Monday', quote: '@x', quote_start: 0, quote_end: 2, paragraph: 1, passages: [], confidence: 0.5 }],
  };

  it('has a header, one row per event in story order, a BOM and CRLF line ends', () => {
    const csv = eventsToCsv(events);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(name)];
    expect(col(rows[1], 'id')).toBe('e1');
    expect(col(rows[1], 'on_map')).toBe('false');
    expect(col(rows[1], 'quote')).toBe("'@x");
    expect(col(rows[2], 'place')).toBe(`'=cmd|" /C calc"!A0`);
    expect(col(rows[2], 'quote')).toBe(`'-blew up "the office", then left`);
    expect(col(rows[2], 'lon')).toBe('126.55');
    expect(col(rows[2], 'placed_by')).toBe('reader');
    expect(col(rows[2], 'actors')).toBe('North Korea; South Korea');
    expect(col(rows[2], 'place_ko')).toBe('개성');
  });

  it('starts no cell with a formula character', () => {
    for (const row of parseCsv(eventsToCsv(events).slice(1)).slice(1))
      for (const cell of row) if (!/^-?\d/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

// The hostile fixture's formula payloads (tests/fixtures/hostile/payloads.json: = + - @, tab, carriage
// return, full-width =) in every text column, and a naive writer as the control that the check can fail.
const formulas: { kind: string; text: string }[] = JSON.parse(readFileSync('tests/fixtures/hostile/payloads.json', 'utf8')).formulas;
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Cells a spreadsheet would read as a formula: text cells starting like one (our own numbers excepted). */
const formulaCells = (csv: string) =>
  parseCsv(csv.replace(/^\uFEFF/, ''))
    .slice(1)
    .flat()
    .filter((cell) => FORMULA.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));

function hostileEvents(t: string): EventCollection {
  const p = {
    id: 'e1', n: 1, kind: 'attack' as const, actors: [t, t], place: t, place_ko: t, place_id: 'x', place_kind: 'point' as const,
    date_start: '2020-06-16T00:00:00Z', date_end: '2020-06-16T00:00:00Z', date_precision: 'day' as const, date_text: t,
    quote: t, quote_start: 0, quote_end: 1, paragraph: 1, passages: [], confidence: 0.5, group: t,
  };
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-126.5, -37.9] }, properties: p }], unlocated: [{ ...p, id: 'e2', n: 2, place: null, place_id: null }] };
}

describe('CSV formula injection, with the hostile fixture', () => {
  it(`has the formula payloads (${formulas.length}): = + - @, tab, carriage return`, () => {
    expect(formulas.map((f) => f.text[0])).toEqual(expect.arrayContaining(['=', '+', '-', '@', '\t', '\r']));
  });
  it.each(formulas.map((f) => [f.kind, f.text]))('%s: every text column of every row is neutralised, the text kept after the apostrophe', (_k, t) => {
    const csv = eventsToCsv(hostileEvents(t));
    expect(formulaCells(csv)).toEqual([]);
    const rows = parseCsv(csv.slice(1));
    for (const name of ['place', 'place_ko', 'date_text', 'quote', 'group'] as const) expect(rows[1][CSV_COLUMNS.indexOf(name)]).toBe(`'${t}`);
    // Negative coordinates are our numbers, written as numbers.
    expect(rows[1][CSV_COLUMNS.indexOf('lon')]).toBe('-126.5');
  });
  it('random text after a formula character never starts a cell', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\uFF1D'), fc.string({ maxLength: 40 }), (c, rest) => formulaCells(eventsToCsv(hostileEvents(c + rest))).length === 0),
      { numRuns: 2000 },
    );
  });
  it('control: a writer that only quotes (no apostrophe) fails the same check', () => {
    const naive = (v: unknown) => (typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v ?? ''));
    const csv = '\uFEFF' + ['n,place', ...formulas.map((f, i) => `${i},${naive(f.text)}`)].join('\r\n') + '\r\n';
    expect(formulaCells(csv)).toHaveLength(formulas.length);
  });
});
