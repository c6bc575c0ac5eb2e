// Builds the style for an optional online basemap (see online.ts). Loaded lazily: the offline
// default never downloads the pmtiles or Protomaps code.
import { addProtocol, removeProtocol, type StyleSpecification } from 'maplibre-gl';
import type { ResolvedBasemap } from './online';
import { fontFaces, BASEMAP_FONT } from './basemap';
import type { FontFile } from './font-files';

/**
 * @returns a style URL (MapLibre fetches it) or a style object for a PMTiles archive: raster
 *   archives as a raster layer, vector archives drawn with the Protomaps basemap layers (which
 *   expect the Protomaps tile schema), labelled with the fonts shipped in public/fonts/.
 */
export async function onlineStyle(basemap: Exclude<ResolvedBasemap, { kind: 'offline' }>, baseUrl: string, fonts: FontFile[]): Promise<StyleSpecification | string> {
  if (basemap.kind === 'style-url') return basemap.url;
  const { Protocol, PMTiles, TileType } = await import('pmtiles');
  const protocol = new Protocol();
  removeProtocol('pmtiles');
  addProtocol('pmtiles', protocol.tile);
  const archiveUrl = basemap.url.slice('pmtiles://'.length);
  const archive = new PMTiles(archiveUrl);
  protocol.add(archive);
  const header = await archive.getHeader();
  const attribution = 'Basemap: online PMTiles archive';
  if (header.tileType !== TileType.Mvt) {
    return {
      version: 8,
      sources: { basemap: { type: 'raster', url: basemap.url, tileSize: 256, attribution } },
      layers: [{ id: 'basemap', type: 'raster', source: 'basemap' }],
    };
  }
  const { layers, namedFlavor } = await import('@protomaps/basemaps');
  const faces = fontFaces(baseUrl, fonts)[BASEMAP_FONT];
  return {
    version: 8,
    sources: { protomaps: { type: 'vector', url: basemap.url, attribution } },
    // Protomaps asks for three weights; the shipped regular face stands in for all of them.
    'font-faces': { 'Noto Sans Regular': faces, 'Noto Sans Medium': faces, 'Noto Sans Italic': faces },
    layers: layers('protomaps', namedFlavor('light'), { lang: 'en' }) as StyleSpecification['layers'],
  };
}
