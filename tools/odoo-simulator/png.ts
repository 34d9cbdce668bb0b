/**
 * Just enough PNG for the simulator's images: encode RGB(A) pixels, decode
 * 8-bit non-interlaced PNGs (grey, grey+alpha, RGB, RGBA; every row filter),
 * read the size from the header, and a generated test picture. Odoo does this
 * with Pillow; the simulator needs real PNG bytes at the right pixel size,
 * not Pillow's exact resampling.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decoded pixels, `channels` bytes a pixel (3: RGB, 4: RGBA), rows top to bottom. */
export interface Pixels {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array;
}

export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);

/** Width and height from the IHDR chunk, or null when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!isPng(bytes) || bytes.length < 24) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(pixels: Pixels): Buffer {
  const { width, height, channels, data } = pixels;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Pixels of an 8-bit non-interlaced PNG as RGB or RGBA, or null for anything else. */
export function decodePng(bytes: Uint8Array): Pixels | null {
  const size = pngSize(bytes);
  if (!size) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const depth = buf[24];
  const colorType = buf[25];
  const interlace = buf[28];
  const bpp = CHANNELS[colorType];
  if (depth !== 8 || !bpp || interlace !== 0) return null;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch {
    return null;
  }
  const { width, height } = size;
  const stride = width * bpp;
  if (raw.length < (stride + 1) * height) return null;
  const lines = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter > 4) return null;
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    const up = out - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? lines[out + x - bpp] : 0;
      const b = y > 0 ? lines[up + x] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) predictor = paeth(a, b, x >= bpp && y > 0 ? lines[up + x - bpp] : 0);
      lines[out + x] = (raw[src + x] + predictor) & 0xff;
    }
  }
  const channels = colorType === 4 || colorType === 6 ? 4 : 3;
  const data = new Uint8Array(width * height * channels);
  const grey = colorType === 0 || colorType === 4;
  for (let i = 0; i < width * height; i++) {
    const p = i * bpp;
    const o = i * channels;
    data[o] = lines[p];
    data[o + 1] = grey ? lines[p] : lines[p + 1];
    data[o + 2] = grey ? lines[p] : lines[p + 2];
    if (channels === 4) data[o + 3] = lines[p + bpp - 1];
  }
  return { width, height, channels, data };
}

/** Nearest-neighbour scaling (Pillow uses LANCZOS; the pixel size is what clients see). */
export function scalePixels(src: Pixels, width: number, height: number): Pixels {
  const { channels } = src;
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(src.height - 1, Math.floor(((y + 0.5) * src.height) / height));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(src.width - 1, Math.floor(((x + 0.5) * src.width) / width));
      const from = (sy * src.width + sx) * channels;
      const to = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) data[to + c] = src.data[from + c];
    }
  }
  return { width, height, channels, data };
}

/**
 * A generated picture of `width` × `height`: a colour gradient whose hues
 * follow `seed`, so two seeds give two different images (and checksums).
 */
export function generatePng(width: number, height: number, seed = 1): Buffer {
  const data = new Uint8Array(width * height * 3);
  const r0 = (seed * 97) % 256;
  const g0 = (seed * 57) % 256;
  const b0 = (seed * 151) % 256;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      data[i] = (r0 + Math.floor((x * 255) / Math.max(1, width - 1))) & 0xff;
      data[i + 1] = (g0 + Math.floor((y * 255) / Math.max(1, height - 1))) & 0xff;
      data[i + 2] = b0;
    }
  }
  return encodePng({ width, height, channels: 3, data });
}
