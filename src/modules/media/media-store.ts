import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';

/** A picture at one size as the hub serves it. */
export interface StoredImage {
  contentType: string;
  bytes: Buffer;
}

/** The picture stored for (checksum, size), or null. */
export async function storedImage(em: EntityManager, checksum: string, size: number): Promise<StoredImage | null> {
  const rows = await sqlQuery<{ contentType: string; bytes: Buffer }>(
    em,
    `select "content_type" as "contentType", "bytes" from "media_image" where "checksum" = $1 and "size" = $2`,
    [checksum, size],
  );
  return rows[0] ?? null;
}

/**
 * Whether a live product shows the picture with this checksum: the media route
 * asks Odoo only for those, so a made-up URL never reaches Odoo.
 */
export async function isProductImage(em: EntityManager, checksum: string): Promise<boolean> {
  const rows = await sqlQuery(
    em,
    `select 1 from "product" where "image_checksum" = $1 and "deleted_at" is null limit 1`,
    [checksum],
  );
  return rows.length > 0;
}

/** Stores a picture once; a second writer (another instance) finds it there and keeps it. */
export async function storeImage(em: EntityManager, checksum: string, size: number, image: StoredImage): Promise<void> {
  await sqlQuery(
    em,
    `insert into "media_image" ("checksum", "size", "content_type", "bytes") values ($1, $2, $3, $4)
     on conflict ("checksum", "size") do nothing`,
    [checksum, size, image.contentType, image.bytes],
  );
}
