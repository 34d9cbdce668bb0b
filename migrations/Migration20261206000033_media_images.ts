import { Migration } from '@mikro-orm/migrations';

/**
 * Product pictures (docs/media.md). `product.image_checksum` is generated from
 * `current_data->>'image'` (the SHA-1 of the picture in Odoo, written by the
 * pull): a list reads it as one more column, and `/media/…` finds the product
 * behind a checksum by index before it asks Odoo anything. `media_image` holds
 * each picture once per size, fetched from Odoo on first request; a checksum
 * names the bytes, so a row never changes.
 */
export class Migration20261206000033_media_images extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "product" add column "image_checksum" text generated always as ("current_data" ->> 'image') stored`,
    );
    this.addSql(
      `create index "product_image_checksum_index" on "product" ("image_checksum") where "image_checksum" is not null`,
    );
    this.addSql(
      `create table "media_image" ("checksum" text not null, "size" int not null, "content_type" text not null, "bytes" bytea not null, "created_at" timestamptz not null default now(), primary key ("checksum", "size"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "media_image"`);
    this.addSql(`drop index if exists "product_image_checksum_index"`);
    this.addSql(`alter table "product" drop column if exists "image_checksum"`);
  }
}
