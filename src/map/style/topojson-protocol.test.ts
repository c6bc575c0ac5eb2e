import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { parseTopojsonUrl, topojsonProtocol, topojsonUrl } from './topojson-protocol';

const square = (x: number, iso: string) => ({
  type: 'Feature' as const,
  properties: { iso },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
});
const land: FeatureCollection = { type: 'FeatureCollection', features: [square(0, 'A'), square(1, 'B')] };
// Unquantised, so that geometry comes back exactly.
const topo = topology({ land });
const call = (p: ReturnType<typeof topojsonProtocol>, url: string) => p({ url, type: 'json' } as never, new AbortController());

describe('topojson:// protocol', () => {
  it('round-trips its URLs', () => {
    expect(parseTopojsonUrl(topojsonUrl('data/a.topojson', 'land'))).toEqual({ file: 'data/a.topojson', object: 'land' });
    expect(() => parseTopojsonUrl('http://h/a.topojson')).toThrow(/not a topojson:\/\/ URL/);
    // What MapLibre hands the protocol is the URL as parsed by the browser: a relative path survives it.
    expect(new URL(topojsonUrl('data/a.topojson', 'land')).href).toBe('topojson://data/a.topojson#land');
  });

  it('serves an object as GeoJSON, fetching the file once for all its objects', async () => {
    const fetched: string[] = [];
    const p = topojsonProtocol('http://h/app/', async (url) => {
      fetched.push(url);
      return topo;
    });
    const [a, b] = await Promise.all([call(p, 'topojson://x/t.topojson#land'), call(p, 'topojson://x/t.topojson#land')]);
    const fc = a.data as FeatureCollection;
    expect(fc.features.map((f) => f.properties!.iso)).toEqual(['A', 'B']);
    expect(fc.features[1].geometry).toEqual(land.features[1].geometry);
    expect(b.data).toEqual(a.data);
    expect(fetched).toEqual(['http://h/app/x/t.topojson']);
  });

  it('names the file and the missing object', async () => {
    const p = topojsonProtocol('http://h/', async () => topo);
    await expect(call(p, 'topojson://x/t.topojson#sea')).rejects.toThrow('http://h/x/t.topojson has no object "sea"');
  });

  it('reads nothing outside the base URL', async () => {
    const p = topojsonProtocol('http://h/app/', async () => topo);
    await expect(call(p, 'topojson://../../etc/t.topojson#land')).rejects.toThrow(/reads only files under/);
  });
});
