// Great-circle distance, the one the pipeline and its scorer use to say "the same place" and "near".

/**
 * Distance in km between two [lon, lat] points (haversine on a 6,371 km sphere).
 * @example km([126.98, 37.57], [125.75, 39.02]) // ≈ 194 (Seoul–Pyongyang)
 */
export function km(a: readonly [number, number], b: readonly [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
