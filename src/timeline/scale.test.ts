import { describe, expect, it } from 'vitest';
import { newsTimeScale, ticks } from './scale';

const start = Date.UTC(2018, 0, 1);
const end = Date.UTC(2020, 5, 16, 15);
const s = newsTimeScale(start, end);

describe('newsTimeScale', () => {
  it('maps the ends to 0 and 1 and is monotonic', () => {
    expect(s.x(start)).toBeCloseTo(0, 9);
    expect(s.x(end)).toBeCloseTo(1, 9);
    let prev = -1;
    for (let t = start; t <= end; t += 86_400_000 * 7) {
      expect(s.x(t)).toBeGreaterThan(prev);
      prev = s.x(t);
    }
  });
  it('gives the last week a large share of the axis', () => {
    expect(1 - s.x(end - 7 * 86_400_000)).toBeGreaterThan(0.25);
    // …and days of the last week stay visibly apart (> 2 % of the axis each).
    expect(s.x(Date.UTC(2020, 5, 15)) - s.x(Date.UTC(2020, 5, 13))).toBeGreaterThan(0.02);
  });
  it('inverts', () => {
    for (const t of [start, Date.UTC(2019, 1, 28), Date.UTC(2020, 5, 13), end]) expect(s.t(s.x(t))).toBeCloseTo(t, -3);
  });
  it('rejects an empty span', () => {
    expect(() => newsTimeScale(end, end)).toThrow(/end must be after start/);
  });
});

describe('ticks', () => {
  it('labels years and recent days without overlap', () => {
    const tk = ticks(s);
    const labels = tk.map((t) => t.label);
    expect(labels).toContain('2019');
    expect(labels).toContain('2020');
    expect(labels.some((l) => /Jun$/.test(l))).toBe(true);
    for (let i = 1; i < tk.length; i++) expect(s.x(tk[i].t) - s.x(tk[i - 1].t)).toBeGreaterThanOrEqual(0.07 - 1e-9);
  });
});
