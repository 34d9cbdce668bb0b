import { badInput } from '../../domain/errors.js';

/** The sizes Odoo keeps of every picture (`image_128` … `image_1920`), the only ones the hub serves. */
export const IMAGE_SIZES = [128, 256, 512, 1024, 1920] as const;
export type ImageSize = (typeof IMAGE_SIZES)[number];

export const isImageSize = (n: number): n is ImageSize => (IMAGE_SIZES as readonly number[]).includes(n);

/** An Odoo attachment checksum: SHA-1 in lower-case hex. */
export const CHECKSUM_PATTERN = /^[0-9a-f]{40}$/;

/** The path of a picture at a size: the checksum names the bytes, so the URL never serves anything else. */
export const mediaPath = (checksum: string, size: ImageSize): string => `/media/${checksum}/${size}`;

/**
 * `Product.imageUrl(size)`: the picture's URL (absolute under MEDIA_BASE_URL,
 * else a path on the hub), or null when the product has no picture.
 */
export function imageUrl(checksum: string | null | undefined, size: number, baseUrl: string | null): string | null {
  if (!isImageSize(size)) {
    throw badInput(`\`size\` must be one of ${IMAGE_SIZES.join(', ')} (Odoo's image sizes); got ${size}.`);
  }
  if (!checksum || !CHECKSUM_PATTERN.test(checksum)) return null;
  return `${baseUrl ?? ''}${mediaPath(checksum, size)}`;
}
