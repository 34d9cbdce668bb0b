import { IMAGE_SOURCE_FIELDS } from './pull/product-images.js';
import type { OdooClient } from './odoo-client.js';

/** A picture's bytes as Odoo holds them, and what they are. */
export interface ImageBytes {
  bytes: Buffer;
  contentType: string;
}

/**
 * Raster formats the hub serves, told by their first bytes rather than by
 * the attachment's mimetype: an SVG (which may carry script) or anything else
 * is not served from the hub's origin.
 */
export function sniffImageType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * What Odoo gave: the picture, or why it cannot be served (a connection
 * failure is not among them: it throws an OdooError).
 */
export type ImageRead =
  { ok: true; image: ImageBytes } | { ok: false; reason: 'gone' | 'too-large' | 'not-an-image'; message: string };

const unavailable = (reason: 'gone' | 'too-large' | 'not-an-image', message: string): ImageRead => ({
  ok: false,
  reason,
  message,
});

/**
 * The picture whose 1920 image has SHA-1 `checksum`, at `size`, read from
 * Odoo in two calls: which record holds it (the ir.attachment of a variant's
 * `image_variant_1920` or a template's `image_1920` with that checksum), then
 * that record's `image_variant_<size>` / `image_<size>` attachment (Odoo's own
 * resized copy: never enlarged, see odoo/tools/image.py). Only product pictures
 * are ever read: the domain names the models and fields. Throws an OdooError
 * when Odoo fails.
 */
export async function readProductImage(
  odoo: OdooClient,
  checksum: string,
  size: number,
  maxBytes: number,
): Promise<ImageRead> {
  const holders = await odoo.searchRead(
    'ir.attachment',
    [
      ['checksum', '=', checksum],
      '|',
      '&',
      ['res_model', '=', 'product.product'],
      ['res_field', '=', IMAGE_SOURCE_FIELDS['product.product']],
      '&',
      ['res_model', '=', 'product.template'],
      ['res_field', '=', IMAGE_SOURCE_FIELDS['product.template']],
    ],
    { fields: ['res_model', 'res_id', 'res_field'], limit: 1 },
  );
  const holder = holders[0];
  if (!holder || typeof holder.res_field !== 'string' || typeof holder.res_model !== 'string') {
    return unavailable('gone', 'Odoo no longer has this picture (it changed since the last pull).');
  }
  const field = holder.res_field.replace(/1920$/, String(size));
  const [attachment] = await odoo.searchRead(
    'ir.attachment',
    [
      ['res_model', '=', holder.res_model],
      ['res_id', '=', holder.res_id],
      ['res_field', '=', field],
    ],
    { fields: ['datas'], limit: 1 },
  );
  if (!attachment || typeof attachment.datas !== 'string') {
    return unavailable('gone', `Odoo has no ${field} for this picture.`);
  }
  const bytes = Buffer.from(attachment.datas, 'base64');
  if (bytes.length > maxBytes) {
    return unavailable(
      'too-large',
      `The picture is ${bytes.length} bytes; the hub serves at most ${maxBytes} (MEDIA_MAX_IMAGE_MB).`,
    );
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) return unavailable('not-an-image', 'The picture in Odoo is not a PNG, JPEG, GIF or WebP image.');
  return { ok: true, image: { bytes, contentType } };
}
