/**
 * What `fields.Image` does to a value before storing it (odoo/fields.py
 * `Image._image_process` → odoo/tools/image.py `image_process`): decode,
 * refuse images past the resolution limit, shrink to fit `max_width` ×
 * `max_height` keeping the aspect ratio (never enlarge), and keep the source
 * bytes untouched when nothing had to change (`ImageProcess.image_quality`
 * returns `self.source` when no operation ran). Same in 16–19.
 *
 * The simulator decodes PNG only; anything else is refused with the UserError
 * Odoo gives an unreadable image.
 */
import { userError } from './odoo-exception.js';
import { decodePng, encodePng, scalePixels, type Pixels } from './png.js';

/** odoo/tools/image.py IMAGE_MAX_RESOLUTION: 50 megapixels. */
const IMAGE_MAX_RESOLUTION = 50e6;

/**
 * Pillow's `Image.thumbnail` size: fits (maxW, maxH), never larger than the
 * image, rounding the free side to whichever of floor/ceil keeps the aspect
 * ratio closest (PIL/Image.py `thumbnail` → `round_aspect`).
 */
export function thumbnailSize(w: number, h: number, maxW: number, maxH: number): [number, number] {
  let x = Math.min(maxW, w);
  let y = Math.min(maxH, h);
  if (x === w && y === h) return [w, h];
  const aspect = w / h;
  const roundAspect = (n: number, key: (v: number) => number) => {
    const lo = Math.floor(n);
    const hi = Math.ceil(n);
    return Math.max(key(hi) < key(lo) ? hi : lo, 1);
  };
  if (x / y >= aspect) x = roundAspect(y * aspect, (n) => Math.abs(aspect - n / y));
  else y = roundAspect(x / aspect, (n) => (n === 0 ? 0 : Math.abs(aspect - x / n)));
  return [x, y];
}

/** A picture decoded once, resized to several sizes. */
export function decodeImage(source: Buffer): Pixels {
  const pixels = decodePng(source);
  if (!pixels) throw userError('This file could not be decoded as an image file.');
  if (pixels.width * pixels.height > IMAGE_MAX_RESOLUTION) {
    throw userError('Too large image (above 50.0 megapixels), reduce the image size.');
  }
  return pixels;
}

/** `image_process(source, size=(maxW, maxH), verify_resolution=True)` on raw bytes. */
export function imageProcess(source: Buffer, maxW: number, maxH: number, decoded?: Pixels): Buffer {
  const pixels = decoded ?? decodeImage(source);
  // ImageProcess.resize: a missing bound follows from the other one.
  const askedW = maxW || Math.floor((pixels.width * maxH) / pixels.height);
  const askedH = maxH || Math.floor((pixels.height * maxW) / pixels.width);
  const [w, h] = thumbnailSize(pixels.width, pixels.height, askedW, askedH);
  if (w === pixels.width && h === pixels.height) return source;
  return encodePng(scalePixels(pixels, w, h));
}

/** odoo/tools/misc.py `human_size`: what a binary field reads as under `bin_size` context. */
export function humanSize(size: number): string | false {
  if (!size) return false;
  const units = ['bytes', 'Kb', 'Mb', 'Gb', 'Tb'];
  let s = size;
  let i = 0;
  while (s >= 1024 && i < units.length - 1) {
    s /= 1024;
    i++;
  }
  return `${s.toFixed(2)} ${units[i]}`;
}
