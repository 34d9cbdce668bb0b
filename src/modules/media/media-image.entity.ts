import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One product picture at one size, as Odoo served it (docs/media.md). Written
 * once by media.service.ts with plain SQL, never changed: the checksum names
 * the picture. Stored in PostgreSQL so the one backup holds it.
 */
@Entity({ tableName: 'media_image' })
export class MediaImage {
  /** The SHA-1 of the picture's 1920 image in Odoo (ir.attachment `checksum`). */
  @PrimaryKey({ type: 'text' })
  checksum!: string;

  /** 128, 256, 512, 1024 or 1920: Odoo's `image_<size>`. */
  @PrimaryKey({ type: 'int' })
  size!: number;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'blob' })
  bytes!: Buffer;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
