// The seed article's events (issue 4, item 8), found without an editorial file.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/index';
import type { EventProps, UnlocatedEvent } from '../../../src/data/types';
import { findStructure } from '../../../src/pipeline/structure';
import { gazetteers, seedText } from './helpers';

const text = seedText();

describe.each(gazetteers())('seed article events with the %s', (_name, g) => {
const { collection } = extractArticle(text, { published: '2020-06-16', tz: 'Asia/Seoul' }, g);
const all: (EventProps | UnlocatedEvent)[] = [...collection.features.map((f) => f.properties), ...collection.unlocated];
const one = (pred: (e: EventProps | UnlocatedEvent) => boolean, what: string) => {
  const hits = all.filter(pred);
  expect(hits, what).toHaveLength(1);
  return hits[0];
};
const quotes = (e: EventProps | UnlocatedEvent) => e.passages.map((p) => p.quote).join(' ');


  it('the demolition: Kaesong liaison office, 2020-06-16 14:49 KST', () => {
    const e = one((e) => e.kind === 'demolition', 'one demolition');
    expect(e.place_id).toMatch(/kaesong|liaison/);
    expect(e.date_start).toBe('2020-06-16T14:49:00+09:00');
    expect(e.date_precision).toBe('minute');
    expect(quotes(e)).toContain('North Korea blew up an inter-Korean liaison office building on Tuesday');
    expect(quotes(e)).toContain('2:49pm local time (05:49 GMT)');
  });

  it("the office's opening (2018) with the caption as flagged evidence", () => {
    const e = one((e) => e.kind === 'opening', 'one opening');
    expect(e.date_start.slice(0, 10)).toBe('2018-01-01');
    expect(e.date_end.slice(0, 10)).toBe('2018-12-31');
    expect(e.date_precision).toBe('year');
    expect(e.quote).toContain('was established in 2018');
    expect(e.passages.some((p) => p.caption && p.quote.includes('set up in 2018'))).toBe(true);
    expect(e.passages[0].caption).toBeUndefined();
  });

  it('the closure since January 2020', () => {
    const e = one((e) => e.kind === 'closure', 'one closure');
    expect(e.date_start.slice(0, 10)).toBe('2020-01-01');
    expect(e.date_text).toBe('since January');
    expect(e.place_id).toMatch(/liaison/);
  });

  it('the hotline cut the week before, with no invented place', () => {
    const e = one((e) => e.kind === 'communication-cut', 'one hotline cut');
    expect(e.date_precision).toBe('week');
    expect([e.date_start.slice(0, 10), e.date_end.slice(0, 10)]).toEqual(['2020-06-08', '2020-06-14']);
    expect(e.place_id).toBeNull();
    expect(e.quote).toContain('severed hotlines');
  });

  it("Kim Yo Jong's Saturday warning (13 June)", () => {
    const e = one((e) => e.actors.includes('Kim Yo Jong') && e.date_start.startsWith('2020-06-13'), 'one Saturday warning');
    expect(e.kind).toBe('threat');
    expect(e.quote).toContain('a tragic scene of the useless North-South liaison office being completely collapsed');
  });

  it("Moon's Monday appeal (15 June)", () => {
    const e = one((e) => e.actors.some((a) => a.includes('Moon Jae-in')), "Moon's appeal");
    expect(e.date_start.slice(0, 10)).toBe('2020-06-15');
    expect(e.quote).toContain('urged Pyongyang to keep peace agreements');
    // "urged Pyongyang": the government, not a place.
    expect(e.place_id).toBeNull();
  });

  it("the KPA General Staff's threat about the demilitarised zones (16 June): a saying, not placed at the zones it threatens", () => {
    const e = one((e) => e.kind === 'threat' && e.date_start.startsWith('2020-06-16'), 'one threat of 16 June');
    expect(e.place_id).toBeNull();
    expect(quotes(e)).toContain('threatened to move back into zones that were demilitarised');
  });

  it("the defectors' leaflet campaign over the border: on the timeline, not the map (the border is its way, not its place)", () => {
    const e = one((e) => e.kind === 'leaflet-launch', 'one leaflet campaign');
    expect(e.place_id).toBeNull();
    expect(collection.unlocated).toContain(e);
    expect(e.date_precision).toBe('week');
    expect(e.quote).toContain('sending leaflets');
  });

  it('the failed Hanoi summit, early 2019, in Vietnam', () => {
    const e = one((e) => e.kind === 'meeting' && e.date_start.startsWith('2019'), 'one summit');
    expect(e.place_id).toBe('vietnam');
    expect(e.date_text).toBe('early 2019');
    expect(e.date_end.slice(0, 10)).toBe('2019-04-30');
  });

  it('every quote is verbatim at its offsets and never furniture', () => {
    const furniture = findStructure(text).filter((b) => !['body', 'caption'].includes(b.kind));
    for (const e of all) {
      expect(text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
      expect(e.passages[0]).toMatchObject({ quote: e.quote, start: e.quote_start, end: e.quote_end, paragraph: e.paragraph });
      for (const p of e.passages) {
        expect(text.slice(p.start, p.end)).toBe(p.quote);
        for (const f of furniture) expect(p.end <= f.start || p.start >= f.end, `${e.id} quotes ${f.kind}`).toBe(true);
      }
    }
  });

  it('features are points at gazetteer coordinates, numbered in story order', () => {
    for (const f of collection.features) {
      const entry = g.byId.get(f.properties.place_id)!;
      expect(f.geometry.coordinates).toEqual(entry.coord);
    }
    const ns = [...all].sort((a, b) => a.quote_start - b.quote_start).map((e) => e.n);
    expect(ns).toEqual(ns.map((_, i) => i + 1));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });
});
