// A time scale for news timelines: most events fall in the last days before publication,
// a few reach back years. Position grows with log(1 + days before publication), so the last
// week takes half the axis and 2018 still fits on the left.

const DAY_MS = 86_400_000;

export interface TimeScale {
  /** 0 (oldest shown) … 1 (publication) for a time in ms. */
  x(t: number): number;
  /** Inverse of x. */
  t(x: number): number;
  start: number;
  end: number;
}

/**
 * @param start earliest time shown (ms)
 * @param end the publication time (ms); later times clamp to 1
 */
export function newsTimeScale(start: number, end: number): TimeScale {
  if (!(end > start)) throw new Error('newsTimeScale: end must be after start');
  const span = Math.log1p((end - start) / DAY_MS);
  const x = (t: number) => {
    const days = Math.min(Math.max((end - t) / DAY_MS, 0), (end - start) / DAY_MS);
    return 1 - Math.log1p(days) / span;
  };
  const t = (pos: number) => {
    const p = Math.min(Math.max(pos, 0), 1);
    return end - Math.expm1((1 - p) * span) * DAY_MS;
  };
  return { x, t, start, end };
}

export interface Tick {
  t: number;
  label: string;
}

const fmtYear = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' });
const fmtMonthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
// "Feb ’19": short, and never ambiguous when the year's own tick had no room.
const fmtMonth = { format: (t: number) => `${fmtMonthName.format(t)} ’${String(new Date(t).getUTCFullYear()).slice(2)}` };
const fmtDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Ticks at year starts, month starts and days, keeping those at least `minGap` apart on the 0…1 axis. */
export function ticks(scale: TimeScale, minGap = 0.07): Tick[] {
  const candidates: Tick[] = [];
  const s = new Date(scale.start);
  const e = new Date(scale.end);
  // Latest years first: when the first two years crowd each other, the earlier one (at the
  // axis' very start, under the range handle) gives way.
  for (let y = e.getUTCFullYear(); y >= s.getUTCFullYear(); y--) {
    const t = Date.UTC(y, 0, 1);
    if (t >= scale.start && t <= scale.end) candidates.push({ t, label: fmtYear.format(t) });
  }
  for (let m = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1); m <= scale.end; m = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1)) {
    if (new Date(m).getUTCMonth() !== 0) candidates.push({ t: m, label: fmtMonth.format(m) });
  }
  for (let d = Math.floor(scale.end / DAY_MS) * DAY_MS; d >= scale.start && d > scale.end - 60 * DAY_MS; d -= DAY_MS) {
    candidates.push({ t: d, label: fmtDay.format(d) });
  }
  // Prefer coarser ticks (years, then months, then days), then fill gaps.
  const kept: Tick[] = [];
  for (const c of candidates) {
    const xc = scale.x(c.t);
    if (kept.every((k) => Math.abs(scale.x(k.t) - xc) >= minGap)) kept.push(c);
  }
  return kept.sort((a, b) => a.t - b.t);
}
