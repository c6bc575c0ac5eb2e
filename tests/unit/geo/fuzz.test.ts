// The geo derivations with random lines: the buffer widths hold. For random lines on the peninsula's
// scale (2–12 vertices, 0.3–25 km segments, sharp turns included) and random widths, bufferLine's area
// holds every point nearer the line than the width, and its boundary lies at the width from the line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { along, booleanPointInPolygon, destination, length, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bufferLine } from '../../../geo/lib/bufferLine';

const randomLine = fc
  .record({
    lon: fc.double({ min: 124.5, max: 130.5, noNaN: true }),
    lat: fc.double({ min: 33.5, max: 42.5, noNaN: true }),
    legs: fc.array(fc.record({ km: fc.double({ min: 0.3, max: 25, noNaN: true }), bearing: fc.double({ min: -180, max: 180, noNaN: true }) }), { minLength: 1, maxLength: 11 }),
  })
  .map(({ lon, lat, legs }) => {
    const coords: Position[] = [[lon, lat]];
    for (const l of legs) coords.push(destination(coords[coords.length - 1], l.km, l.bearing, { units: 'kilometers' }).geometry.coordinates);
    return lineString(coords);
  });

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

describe('bufferLine with random lines', () => {
  it('holds every point nearer than the width, and its boundary lies at the width (±3 %)', () => {
    let runs = 0;
    let boundaryPoints = 0;
    let worst = 0;
    fc.assert(
      fc.property(randomLine, fc.double({ min: 0.5, max: 20, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true })), { minLength: 5, maxLength: 5 }), (line: Feature<LineString>, km, probes) => {
        runs++;
        const b = bufferLine(line, { km });
        const total = length(line, { units: 'kilometers' });
        for (const [t, bearing, f] of probes) {
          const on = along(line, t * total, { units: 'kilometers' });
          const p = destination(on, f * km, bearing, { units: 'kilometers' });
          expect(booleanPointInPolygon(p, b), `a point ${(f * km).toFixed(2)} km from the line`).toBe(true);
        }
        for (const ring of rings(b))
          for (const c of ring) {
            const d = pointToLineDistance(point(c), line, { units: 'kilometers' });
            worst = Math.max(worst, Math.abs(d - km) / km);
            boundaryPoints++;
            expect(d).toBeGreaterThan(km * 0.97);
            expect(d).toBeLessThan(km * 1.03);
          }
      }),
      { numRuns: 300, seed: 7 },
    );
    console.log(`geo fuzz: ${runs} random lines, ${boundaryPoints} boundary points, worst width error ${(worst * 100).toFixed(2)} %`);
  }, 120_000);

  it('a one-sided buffer stays within the width', () => {
    fc.assert(
      fc.property(randomLine, fc.double({ min: 0.5, max: 20, noNaN: true }), fc.constantFrom('left' as const, 'right' as const), (line, km, side) => {
        let half: Feature<Polygon | MultiPolygon>;
        try {
          half = bufferLine(line, { km, side });
        } catch (err) {
          // A tight loop can leave nothing on one side: that is reported in words, never a bad polygon.
          expect(String(err)).toMatch(/bufferLine: nothing left on the (left|right) side/);
          return;
        }
        for (const ring of rings(half))
          for (const c of ring) expect(pointToLineDistance(point(c), line, { units: 'kilometers' })).toBeLessThan(km * 1.03);
      }),
      { numRuns: 150, seed: 8 },
    );
  }, 120_000);
});
