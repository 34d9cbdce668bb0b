import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityType } from '../../domain/enums.js';

/**
 * One row of the change log (migrations/Migration20261206000045_change_log.ts):
 * mapped so that the schema check knows the table; written and read with SQL
 * only (src/outbox/change-log.ts), never through the identity map.
 */
@Entity({ tableName: 'change_log' })
@Index({ name: 'change_log_xid_index', properties: ['xid'] })
export class ChangeLogRow {
  /** bigserial (sequence change_log_position_seq): a string in JS, as pg returns it. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  position!: string;

  @Property({ type: 'text' })
  entityType!: EntityType;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'text' })
  externalId!: string;

  @Property({ type: 'text[]', columnType: 'text[]' })
  changedFields!: string[];

  @Property({ type: 'boolean' })
  isNew!: boolean;

  @Property({ type: 'datetime' })
  changedAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  loggedAt!: Date;

  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  xid!: string;

  @Property({ type: 'string', columnType: 'pg_snapshot', defaultRaw: 'pg_current_snapshot()' })
  snapshot!: string;
}
