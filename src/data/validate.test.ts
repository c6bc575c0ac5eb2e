import { describe, expect, it } from 'vitest';
import { asFeatureCollection } from './validate';

const pt = (coordinates: unknown, id = 'a') => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates } });

describe('asFeatureCollection', () => {
  it('accepts a valid collection', () => {
    const fc = { type: 'FeatureCollection', features: [pt([126.9, 37.5])] };
    expect(asFeatureCollection(fc, 'x.geojson').features).toHaveLength(1);
  });
  it.each([
    [null, /not a JSON object/],
    [{ type: 'Feature' }, /expected a FeatureCollection/],
    [{ type: 'FeatureCollection', features: {} }, /features is not an array/],
    [{ type: 'FeatureCollection', features: [pt(['a', 1], 'bad')] }, /feature 0 \(bad\): Point has invalid coordinates/],
    [{ type: 'FeatureCollection', features: [pt([200, 1])] }, /invalid coordinates/],
    [{ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [] } }] }, /unknown geometry type/],
    [{ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[1, 2]] } }] }, /Polygon has invalid coordinates/],
  ])('rejects %j with a message naming the fault', (value, re) => {
    expect(() => asFeatureCollection(value, 'layers/x.geojson')).toThrow(re);
    expect(() => asFeatureCollection(value, 'layers/x.geojson')).toThrow(/^layers\/x\.geojson: /);
  });
});
