import { describe, expect, it } from 'vitest';
import { articleBlocks, lines } from './segments';

const text = 'Title\n\n  First para. Second sentence.\nThird line here.\n';

describe('lines', () => {
  it('keeps offsets of trimmed non-empty lines', () => {
    for (const l of lines(text)) expect(text.slice(l.start, l.end)).toBe(text.slice(l.start, l.end).trim());
    expect(lines(text).map((l) => text.slice(l.start, l.end))).toEqual(['Title', 'First para. Second sentence.', 'Third line here.']);
  });
});

describe('articleBlocks', () => {
  it('marks passages and reassembles every block verbatim', () => {
    const s = text.indexOf('Second');
    const blocks = articleBlocks(text, [{ eventId: 'e1', n: 1, start: s, end: text.indexOf('Third') + 5 }]);
    for (const b of blocks) expect(b.segments.map((x) => x.text).join('')).toBe(text.slice(b.start, b.end));
    const marked = blocks.flatMap((b) => b.segments.filter((x) => x.passage));
    expect(marked.map((m) => m.text)).toEqual(['Second sentence.', 'Third']);
    expect(marked.map((m) => m.passage!.first)).toEqual([true, false]);
  });
  it('resolves overlaps in favour of the earlier passage and ignores out-of-range ones', () => {
    const a = text.indexOf('First');
    const blocks = articleBlocks(text, [
      { eventId: 'a', n: 1, start: a, end: a + 11 },
      { eventId: 'b', n: 2, start: a + 6, end: a + 20 },
      { eventId: 'c', n: 3, start: -5, end: 2 },
      { eventId: 'd', n: 4, start: 3, end: 999 },
    ]);
    const marked = blocks.flatMap((b) => b.segments.filter((x) => x.passage).map((x) => [x.passage!.eventId, x.text]));
    expect(marked).toEqual([
      ['a', 'First para.'],
      ['b', ' Second s'],
    ]);
  });
});
