import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityType } from '../../domain/enums.js';

/**
 * How far the incremental pull has read one Odoo model: the `write_date` of the
 * last record it ingested (the next pull asks `write_date >= cursor`, since Odoo
 * shows seconds but compares microseconds; re-read records are unchanged for the
 * diff), and when it last finished a pull. Moved only in the transaction that
 * ingests its page. Keyed by entity type, plus companion cursors such as
 * `product:product.template` for models read alongside; `lastId` is informational.
 */
@Entity({ tableName: 'odoo_cursor' })
export class OdooCursor {
  @PrimaryKey({ type: 'string' })
  entityType!: EntityType;

  /** Odoo's naive UTC datetime of the last record read, as Odoo writes it. */
  @Property({ type: 'string', nullable: true })
  writeDate?: string | null;

  @Property({ type: 'integer', default: 0 })
  lastId: number = 0;

  @Property({ type: 'datetime', nullable: true })
  pulledAt?: Date | null;

  /** The deletion census (src/odoo/pull/deletion-census.ts): the highest Odoo id at the last pull… */
  @Property({ type: 'integer', nullable: true })
  censusMaxId?: number | null;

  /** …and how many records Odoo had up to it. */
  @Property({ type: 'integer', nullable: true })
  censusCount?: number | null;
}
