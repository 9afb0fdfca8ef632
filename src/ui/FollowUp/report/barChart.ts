/**
 * The report's charts as pictures Word can hold: grouped horizontal bars, one pair per category (the
 * period as a solid bar, the period compared with as a striped outline, so the two differ without
 * colour), drawn as SVG with its labels and, for Word versions without SVG, as a PNG of the same bars.
 * The figures themselves are in the alt text and the table beside each chart.
 */
import { strToU8, zlibSync } from 'fflate';

export interface BarCategory {
  label: string;
  current: number;
  previous: number;
}

export interface BarChart {
  categories: BarCategory[];
  /** The scale's end: 100 for shares in percent, the largest count otherwise. */
  max: number;
  /** Written after each value, e.g. " %". */
  suffix: string;
  legend: { current: string; previous: string };
}

export interface ChartPicture {
  svg: Uint8Array;
  png: Uint8Array;
  width: number;
  height: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 230;
const BAR_AREA = 330;
const ROW = 40;
const TOP = 36;
const BAR = 13;
const DARK: [number, number, number] = [0x1f, 0x3a, 0x68];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];
const GRID: [number, number, number] = [0xc8, 0xc8, 0xc8];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Bar {
  x: number;
  y: number;
  width: number;
  striped: boolean;
}

function barsOf(chart: BarChart): Bar[] {
  const scale = (value: number): number => (chart.max <= 0 ? 0 : Math.round((Math.max(0, value) / chart.max) * BAR_AREA));
  return chart.categories.flatMap((category, index) => {
    const y = TOP + index * ROW + 6;
    return [
      { x: LABEL_WIDTH, y, width: scale(category.current), striped: false },
      { x: LABEL_WIDTH, y: y + BAR + 2, width: scale(category.previous), striped: true }
    ];
  });
}

function heightOf(chart: BarChart): number {
  return TOP + chart.categories.length * ROW + 8;
}

function svgOf(chart: BarChart, format: (value: number) => string): string {
  const height = heightOf(chart);
  const bars = barsOf(chart)
    .map((bar) =>
      bar.striped
        ? `<rect x="${bar.x}" y="${bar.y}" width="${Math.max(bar.width, 1)}" height="${BAR}" fill="url(#stripes)" stroke="#1f3a68" stroke-width="1"/>`
        : `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${BAR}" fill="#1f3a68"/>`
    )
    .join('');
  const labels = chart.categories
    .map((category, index) => {
      const y = TOP + index * ROW;
      const valueX = (value: number): number => LABEL_WIDTH + (chart.max <= 0 ? 0 : Math.round((Math.max(0, value) / chart.max) * BAR_AREA)) + 6;
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + 23}" text-anchor="end">${escapeXml(category.label)}</text>` +
        `<text x="${valueX(category.current)}" y="${y + 17}">${escapeXml(format(category.current))}${escapeXml(chart.suffix)}</text>` +
        `<text x="${valueX(category.previous)}" y="${y + 32}">${escapeXml(format(category.previous))}${escapeXml(chart.suffix)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Calibri, Arial, sans-serif" font-size="12" fill="#000">` +
    '<defs><pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2" height="6" fill="#1f3a68"/></pattern></defs>' +
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>` +
    `<rect x="${LABEL_WIDTH}" y="8" width="14" height="12" fill="#1f3a68"/><text x="${LABEL_WIDTH + 20}" y="18">${escapeXml(chart.legend.current)}</text>` +
    `<rect x="${LABEL_WIDTH + 150}" y="8" width="14" height="12" fill="url(#stripes)" stroke="#1f3a68"/><text x="${LABEL_WIDTH + 170}" y="18">${escapeXml(chart.legend.previous)}</text>` +
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${height - 8}" stroke="#888"/>` +
    `${bars}${labels}</svg>`
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The bars as an 8-bit RGB PNG (no text: the SVG carries the labels, the alt text and table the figures). */
function pngOf(chart: BarChart): Uint8Array {
  const height = heightOf(chart);
  const stride = WIDTH * 3 + 1;
  const pixels = new Uint8Array(stride * height).fill(0xff);
  for (let y = 0; y < height; y++) pixels[y * stride] = 0;
  const paint = (x: number, y: number, colour: readonly number[]): void => pixels.set(colour, y * stride + 1 + x * 3);
  for (let y = TOP; y < height - 8; y++) paint(LABEL_WIDTH - 1, y, GRID);
  for (const bar of barsOf(chart)) {
    for (let y = bar.y; y < bar.y + BAR; y++) {
      for (let x = bar.x; x < bar.x + Math.max(bar.width, 1); x++) {
        const edge = y === bar.y || y === bar.y + BAR - 1 || x === bar.x || x === bar.x + Math.max(bar.width, 1) - 1;
        paint(x, y, !bar.striped || edge || (x + y) % 6 < 2 ? DARK : WHITE);
      }
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, WIDTH);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(pixels)), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

export function drawBarChart(chart: BarChart, format: (value: number) => string): ChartPicture {
  return { svg: strToU8(svgOf(chart, format)), png: pngOf(chart), width: WIDTH, height: heightOf(chart) };
}
