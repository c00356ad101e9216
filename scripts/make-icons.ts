/**
 * Draws the toolbar icon (a shield with a check mark) at 16, 32, 48 and 128 px into public/icon/.
 * Run once when the design changes: `npx tsx scripts/make-icons.ts`. Written by hand because the
 * icon is simple and the project needs no image toolchain for it.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x00, 0x5a, 0x9c];
const WHITE = [0xff, 0xff, 0xff];

/** Shield outline in a unit square: flat top with rounded corners, pointed bottom. */
function inShield(x: number, y: number): boolean {
  if (y < 0.08 || y > 0.95 || x < 0.12 || x > 0.88) return false;
  if (y < 0.55) return true;
  const halfWidth = 0.38 * Math.sqrt(1 - ((y - 0.55) / 0.4) ** 2);
  return Math.abs(x - 0.5) <= halfWidth;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x: number, y: number): boolean {
  const width = 0.07;
  return distanceToSegment(x, y, 0.3, 0.5, 0.45, 0.66) < width || distanceToSegment(x, y, 0.45, 0.66, 0.72, 0.34) < width;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inShield(x, y)) {
            shield++;
            if (inCheck(x, y)) check++;
          }
        }
      const n = samples * samples;
      const mix = check / Math.max(1, shield);
      const colour = BLUE.map((c, i) => Math.round(c * (1 - mix) + WHITE[i]! * mix));
      row.set([...colour, Math.round((255 * shield) / n)], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
