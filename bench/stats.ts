/** Median of a list of numbers (NaN for an empty list). */
export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** The q-quantile (0..1) by linear interpolation between order statistics. */
export function quantile(xs: number[], q: number): number {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Rounds for printing and for the JSON summary: 3 significant decimals at most. */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
