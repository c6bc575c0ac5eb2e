/**
 * Serialise JSON deterministically: GeoJSON members in their usual order, other object keys
 * sorted, numbers rounded to `decimals` places, one feature per line so diffs stay readable.
 *
 * @param value any JSON value
 * @param options.decimals places to round numbers to (default 6, the RFC 7946 recommendation)
 * @returns the text, ending in a newline
 * @example stableStringify({ b: 1, a: 0.12345678 }) // '{"a":0.123457,"b":1}\n'
 */
export function stableStringify(value: unknown, { decimals = 6 }: { decimals?: number } = {}): string {
  const f = 10 ** decimals;
  const order = ['type', 'id', 'name', 'properties', 'geometry', 'coordinates', 'features'];
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  const enc = (v: unknown): string => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`stableStringify: cannot write the number ${v}`);
      const r = Math.round(v * f) / f;
      return JSON.stringify(Object.is(r, -0) ? 0 : r);
    }
    if (Array.isArray(v)) return `[${v.map(enc).join(',')}]`;
    if (v && typeof v === 'object') {
      const keys = Object.keys(v as object)
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${enc((v as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    return JSON.stringify(v);
  };
  // Top-level arrays of features / entries / layers go one per line.
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const listKey = ['features', 'entries', 'layers', 'cities'].find((k) => Array.isArray(obj[k]));
    if (listKey) {
      const rest = { ...obj, [listKey]: undefined };
      const head = enc(rest).slice(0, -1);
      const items = (obj[listKey] as unknown[]).map(enc).join(',\n');
      return `${head}${head.length > 1 ? ',' : ''}${JSON.stringify(listKey)}:[\n${items}\n]}\n`;
    }
  }
  return `${enc(value)}\n`;
}
