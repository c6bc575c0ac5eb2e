// The border landmarks of geo/gazetteer/border-landmarks.json, found in short made-up sentences (not corpus
// text) by the pipeline's findPlaces with the built gazetteer: one or more sentences per category of the
// selection rule (geo/sources/README.md, "Border landmarks").
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossingPoint } from '../../../geo/build/buildGazetteer';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Gazetteer, GazetteerEntry } from '../../../src/data/types';
import { compileGazetteer, type CompiledGazetteer } from '../../../src/pipeline/gazetteer';
import { findPlaces } from '../../../src/pipeline/places';
import { findSentences } from '../../../src/pipeline/sentences';
import { findStructure } from '../../../src/pipeline/structure';

let g: CompiledGazetteer;
let raw: Gazetteer;
beforeAll(() => {
  raw = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Gazetteer;
  g = compileGazetteer(raw);
});
const curated = JSON.parse(readFileSync('geo/gazetteer/border-landmarks.json', 'utf8')) as (GazetteerEntry & { crossing?: unknown })[];

/** The places findPlaces names in a text, as [surface, id]. */
const found = (text: string) => findPlaces(text, findSentences(text, findStructure(text)), g).map((p) => [p.text, p.entry.id]);

// [sentence, surface, entry id]: the surface must be found as that entry.
const CASES: Record<string, [string, string, string][]> = {
  'Joint Security Area': [
    ['Kim crossed the line in front of the Peace House on Friday.', 'Peace House', 'jsa-peace-house'],
    ['Officials met at the Inter-Korean Peace House.', 'Inter-Korean Peace House', 'jsa-peace-house'],
    ['Visitors looked across from Freedom House at Panmungak.', 'Freedom House', 'jsa-freedom-house'],
    ['Visitors looked across from Freedom House at Panmungak.', 'Panmungak', 'jsa-panmungak'],
    ['The second summit was held at Tongilgak.', 'Tongilgak', 'jsa-tongilgak'],
    ['Talks were held in the Unification Pavilion on the northern side.', 'Unification Pavilion', 'jsa-tongilgak'],
    ['The soldier ran past the MAC Conference Room.', 'MAC Conference Room', 'jsa-t2-mac-conference-room'],
    ['Guards stood between the T2 building and the T3 building.', 'T2 building', 'jsa-t2-mac-conference-room'],
    ['Guards stood between the T2 building and the T3 building.', 'T3 building', 'jsa-t3-jdo-conference-room'],
    ['Prisoners were exchanged at the Bridge of No Return in 1953.', 'Bridge of No Return', 'bridge-of-no-return'],
    ['The North built the 72-Hour Bridge within three days.', '72-Hour Bridge', 'jsa-72-hour-bridge'],
    ['A wreath was laid at the Axe Murder Incident memorial.', 'Axe Murder Incident memorial', 'jsa-axe-murder-site'],
    ['Soldiers returned to Camp Bonifas in the afternoon.', 'Camp Bonifas', 'camp-bonifas'],
    ['Farmers in Daeseong-dong were told to stay indoors.', 'Daeseong-dong', 'daeseong-dong'],
    ['Loudspeakers were heard in Kijong-dong, the so-called propaganda village.', 'Kijong-dong', 'kijong-dong'],
    ['Loudspeakers were heard in Kijong-dong, the so-called propaganda village.', 'propaganda village', 'kijong-dong'],
    ['Tourists saw the North Korea Peace Museum from afar.', 'North Korea Peace Museum', 'north-korea-peace-museum'],
    ['The two leaders talked alone on the Dobo Bridge.', 'Dobo Bridge', 'jsa-footbridge'],
  ],
  'MDL crossings': [
    ['The delegation returned to the North by land via the Gyeongui route on Tuesday.', 'Gyeongui route', 'gyeongui-road'],
    ['They passed the inter-Korean immigration office at noon.', 'inter-Korean immigration office', 'inter-korean-transit-office'],
    ['The North blew up parts of the Gyeongui road and the Donghae road.', 'Gyeongui road', 'gyeongui-road'],
    ['The North blew up parts of the Gyeongui road and the Donghae road.', 'Donghae road', 'donghae-road'],
    ['A test train ran on the Gyeongui Line and the Donghae Line.', 'Gyeongui Line', 'gyeongui-line'],
    ['A test train ran on the Gyeongui Line and the Donghae Line.', 'Donghae Line', 'donghae-line'],
    ['Workers queued at the Transit Office before dawn.', 'Transit Office', 'inter-korean-transit-office'],
    ['Buses left the East Sea Line Transit Office for the resort.', 'East Sea Line Transit Office', 'east-sea-transit-office'],
    ['A ceremony was held at Jejin Station.', 'Jejin Station', 'jejin-station'],
    ['Freight trains ran to Panmun Station until 2008.', 'Panmun Station', 'panmun-station'],
    ['The train stopped at Kamho Station.', 'Kamho Station', 'kamho-station'],
    ['Remains were excavated on Arrowhead Ridge.', 'Arrowhead Ridge', 'arrowhead-ridge'],
  ],
  'observatories, tunnels, dams, bridges, resort, complex': [
    ['Journalists watched from the Odusan Unification Observatory.', 'Odusan Unification Observatory', 'odusan-observatory'],
    ['Tourists watched from Dora Observatory.', 'Dora Observatory', 'dora-observatory'],
    ['The Goseong Unification Observatory reopened on Monday.', 'Goseong Unification Observatory', 'goseong-unification-observatory'],
    ['Crowds gathered at the Unification Observatory on Sunday.', 'Unification Observatory', 'goseong-unification-observatory'],
    ['He was seen from the Odu Mountain Unification Observatory.', 'Odu Mountain Unification Observatory', 'odusan-observatory'],
    ['The Cheorwon Peace Observatory was closed.', 'Cheorwon Peace Observatory', 'cheorwon-peace-observatory'],
    ['Visitors climbed to the Eulji Observatory.', 'Eulji Observatory', 'eulji-observatory'],
    ['Tourists went to Aegibong to see the North.', 'Aegibong', 'aegibong'],
    ['Residents gathered at the Ganghwa Peace Observatory.', 'Ganghwa Peace Observatory', 'ganghwa-peace-observatory'],
    ['The group walked down into the Third Tunnel of Aggression.', 'Third Tunnel of Aggression', 'third-tunnel'],
    ['The 4th Infiltration Tunnel is in Yanggu.', '4th Infiltration Tunnel', 'fourth-tunnel'],
    ['Water was released from the Hwanggang Dam without notice.', 'Hwanggang Dam', 'hwanggang-dam'],
    ['Gunnam Dam opened its floodgates.', 'Gunnam Dam', 'gunnam-dam'],
    ['The Peace Dam was built against the Kumgangsan Dam.', 'Peace Dam', 'peace-dam'],
    ['The Peace Dam was built against the Kumgangsan Dam.', 'Kumgangsan Dam', 'imnam-dam'],
    ['Refugees crossed the Freedom Bridge in 1953.', 'Freedom Bridge', 'freedom-bridge'],
    ['The families met at the Mount Kumgang Family Reunion Center.', 'Mount Kumgang Family Reunion Center', 'kumgang-reunion-center'],
    ['The North dismantled the Haegumgang Hotel.', 'Haegumgang Hotel', 'haegumgang-hotel'],
    ['The blast also damaged the Comprehensive Support Center.', 'Comprehensive Support Center', 'kaesong-support-center'],
  ],
  'ports, capes and islands': [
    ['The barge moved the stern to the 2nd Naval Fleet’s headquarters at 8 p.m.', '2nd Naval Fleet’s headquarters', 'pyeongtaek-naval-base'],
    ['The boat was towed to the 1st Fleet headquarters on Friday.', '1st Fleet headquarters', 'donghae-naval-base'],
    ['The boat was towed to Samcheok Port.', 'Samcheok Port', 'samcheok-port'],
    ['Fishermen returned to Daejin Port and Geojin Port.', 'Daejin Port', 'daejin-port'],
    ['Fishermen returned to Daejin Port and Geojin Port.', 'Geojin Port', 'geojin-port'],
    ['The ferry left the Port of Incheon at noon.', 'Port of Incheon', 'incheon-port'],
    ['Ships were seen at Haeju Port.', 'Haeju Port', 'haeju-port'],
    ['Ships were seen in Nampo port.', 'Nampo port', 'nampo-port'],
    ['Cruise ships docked at Jangjon Port.', 'Jangjon Port', 'jangjon-port'],
    ['Shells were fired from Jangsan Cape.', 'Jangsan Cape', 'jangsan-cape'],
    ['Artillery fired near Deungsan-got.', 'Deungsan-got', 'deungsan-cape'],
    ['Rocket launchers were moved to Kal-do.', 'Kal-do', 'kal-do'],
    ['Guns on Mu-do fired first.', 'Mu-do', 'mu-do'],
    ['Residents of Soyeonpyeong Island were evacuated.', 'Soyeonpyeong Island', 'soyeonpyeong'],
    ['Residents of Jumundo were evacuated.', 'Jumundo', 'jumundo'],
    ['A missile was fired from the Kalma Peninsula.', 'Kalma Peninsula', 'kalma-peninsula'],
  ],
  'airports and seats of government': [
    ['He flew out of Incheon International Airport.', 'Incheon International Airport', 'incheon-airport'],
    ['The plane landed at Gimpo Airport.', 'Gimpo Airport', 'gimpo-airport'],
    ['The flight left Pyongyang Sunan International Airport.', 'Pyongyang Sunan International Airport', 'sunan-airport'],
    ['Missiles were launched from near Wonsan Kalma International Airport.', 'Wonsan Kalma International Airport', 'wonsan-kalma-airport'],
    ['Jets took off from Osan Air Base.', 'Osan Air Base', 'osan-air-base'],
    ['A drone flew over the Yongsan Presidential Office.', 'Yongsan Presidential Office', 'yongsan-presidential-office'],
    ['Crowds gathered in Kim Il Sung Square.', 'Kim Il Sung Square', 'kim-il-sung-square'],
    ['He visited the Kumsusan Palace of the Sun.', 'Kumsusan Palace of the Sun', 'kumsusan-palace'],
    ['The summit was held at the Paekhwawon State Guesthouse.', 'Paekhwawon State Guesthouse', 'paekhwawon-guesthouse'],
    ['Moon spoke at the May Day Stadium.', 'May Day Stadium', 'may-day-stadium'],
    ['Protesters gathered outside the National Assembly building.', 'National Assembly building', 'national-assembly-building'],
    ['A drone was seen over the Defense Ministry compound.', 'Defense Ministry compound', 'defense-ministry-compound'],
  ],
  rivers: [
    ['A body was found in the Imjin River.', 'Imjin River', 'imjin-river'],
    ['Water rose in the Hantan River.', 'Hantan River', 'hantan-river'],
    ['Water from the Bukhan River reached Seoul.', 'Bukhan River', 'bukhan-river'],
    ['Balloons fell along the Han River.', 'Han River', 'han-river'],
  ],
  'places the news names': [
    ['A balloon landed near Jamsil Bridge on Sunday.', 'Jamsil Bridge', 'jamsil-bridge'],
    ['Debris fell near Lotte World Tower.', 'Lotte World Tower', 'lotte-world-tower'],
    ['Residents in Jamsil reported balloons.', 'Jamsil', 'jamsil'],
    ['Thousands rallied at Gwanghwamun Square.', 'Gwanghwamun Square', 'gwanghwamun-square'],
    ['A rally was held in Gwanghwamun on Saturday.', 'Gwanghwamun', 'gwanghwamun-square'],
    ['Trash balloons fell on Yeouido.', 'Yeouido', 'yeouido'],
    ['A balloon was found in Seoul Forest.', 'Seoul Forest', 'seoul-forest'],
    ['The lights of N Seoul Tower were turned off.', 'N Seoul Tower', 'n-seoul-tower'],
    ['The performance at the National Jeongdong Theater was cancelled.', 'National Jeongdong Theater', 'national-jeongdong-theater'],
    ['A balloon fell on the roof of the Gyeonggi Provincial Government Office.', 'Gyeonggi Provincial Government Office', 'gyeonggi-provincial-government-office'],
    ['The train left Munsan Station.', 'Munsan Station', 'munsan-station'],
    ['Residents of Tongil Village heard the broadcasts.', 'Tongil Village', 'tongil-village'],
    ['The water level at Pilseung Bridge rose above 1 meter.', 'Pilseung Bridge', 'pilseung-bridge'],
  ],
};

describe('border landmarks in made-up sentences', () => {
  for (const [category, cases] of Object.entries(CASES))
    it(`finds the ${category}`, () => {
      for (const [text, surface, id] of cases) expect(found(text), text).toContainEqual([surface, id]);
    });

  it('names institutions’ buildings, not the institutions that speak', () => {
    const ids = (t: string) => found(t).map(([, id]) => id);
    for (const t of ['The JCS said the North fired two missiles.', 'According to the Defense Ministry, the drill was over.', 'The National Assembly passed the bill.', "The Navy's 2nd Fleet Command said so."])
      expect(ids(t).filter((id) => /defense|jcs|assembly|fleet|naval/.test(id)), t).toEqual([]);
  });

  it('keeps the longer landmark name over the place inside it', () => {
    expect(found('Tourists visited the Dorasan Observatory.')).toContainEqual(['Dorasan Observatory', 'dora-observatory']);
    expect(found('Fishing boats were damaged at the Han River estuary.')).toContainEqual(['Han River estuary', 'han-river-estuary']);
    expect(found('Hotels stood empty at Mount Kumgang.')).toContainEqual(['Mount Kumgang', 'mount-kumgang']);
  });
});

describe('border-landmarks.json', () => {
  it('has entries that cite a source and give an honest accuracy', () => {
    for (const e of curated) {
      expect(e.source.length, e.id).toBeGreaterThan(20);
      expect(e.accuracy_m, e.id).toBeGreaterThanOrEqual(150);
      expect(['KR', 'KP'], e.id).toContain(e.country);
    }
  });

  it('puts each road or rail crossing on the MDL, computed rather than typed', () => {
    const mdl = (JSON.parse(readFileSync('public/data/layers/mdl.geojson', 'utf8')) as FeatureCollection).features.find((f) => f.properties?.id === 'mdl') as Feature<LineString>;
    const built = new Map(raw.entries.map((e) => [e.id, e]));
    const crossings = curated.filter((e) => e.crossing);
    expect(crossings.map((e) => e.id).sort()).toEqual(['arrowhead-ridge', 'donghae-line', 'donghae-road', 'gyeongui-line', 'gyeongui-road']);
    for (const e of crossings) {
      expect(e.coord, e.id).toBeUndefined();
      const b = built.get(e.id)!;
      expect(b.source, e.id).toMatch(/crossing point computed by npm run geo/);
      expect((b as unknown as Record<string, unknown>).crossing, e.id).toBeUndefined();
      const { coord } = crossingPoint(mdl, e.crossing as never);
      expect(b.coord[0]).toBeCloseTo(coord[0], 4);
      expect(b.coord[1]).toBeCloseTo(coord[1], 4);
    }
  });

  it('computes a crossing from a segment across the line, or from the nearest point to a position', () => {
    const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [2, 0]] } };
    expect(crossingPoint(line, { layer: 'l', feature_id: 'f', between: [[1, -1], [1, 1]] }).coord).toEqual([1, 0]);
    const near = crossingPoint(line, { layer: 'l', feature_id: 'f', near: [0.5, 0.1] });
    expect(near.coord[0]).toBeCloseTo(0.5, 6);
    expect(near.coord[1]).toBeCloseTo(0, 6);
    expect(near.how).toMatch(/nearestPointOnLine of l\/f/);
  });
});
