import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityType } from '../common/enums.js';

/**
 * How far the incremental pull has read one Odoo model: the `write_date` and id
 * of the last record it ingested (keyset, so records sharing a second are not
 * skipped), and when it last finished a pull. Moved only after a page is ingested.
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
}
