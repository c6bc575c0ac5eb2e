// The current map view as a PNG, with a strip below it that names the story and carries the
// map's attribution (the licences of the basemap and layers ask for it).
import type { Map as MaplibreMap } from 'maplibre-gl';

/** The attribution the map shows, as plain text. */
export function mapAttribution(map: MaplibreMap): string {
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  if (shown) return shown;
  const style = map.getStyle();
  const parts = new Set<string>();
  for (const s of Object.values(style?.sources ?? {})) {
    const a = (s as { attribution?: string }).attribution;
    if (a) parts.add(a.replace(/<[^>]*>/g, '').trim());
  }
  return [...parts].join(' | ');
}

/** Breaks text into lines no wider than `width` on the canvas. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Copies the map's pixels at the end of a frame (the WebGL buffer is not preserved after it). */
function framePixels(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')!.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/**
 * The map view as PNG bytes: the map's own pixels (device pixels), then a white strip with the
 * title and the attribution.
 */
export async function mapToPng(map: MaplibreMap, title: string): Promise<Blob> {
  const pixels = await framePixels(map);
  const scale = pixels.width / Math.max(1, map.getCanvas().clientWidth);
  const font = `${Math.round(12 * scale)}px ${getComputedStyle(document.documentElement).getPropertyValue('--font') || 'sans-serif'}`;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font;
  const pad = Math.round(8 * scale);
  const lineH = Math.round(16 * scale);
  const lines = [...wrap(measure, `Borderline · ${title}`, pixels.width - 2 * pad), ...wrap(measure, mapAttribution(map), pixels.width - 2 * pad)];
  const out = document.createElement('canvas');
  out.width = pixels.width;
  out.height = pixels.height + pad * 2 + lines.length * lineH;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(pixels, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, pixels.height, out.width, out.height - pixels.height);
  ctx.fillStyle = '#1d232a';
  ctx.font = font;
  ctx.textBaseline = 'top';
  lines.forEach((l, i) => ctx.fillText(l, pad, pixels.height + pad + i * lineH));
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}
