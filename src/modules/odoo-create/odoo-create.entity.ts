import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityType } from '../../domain/enums.js';

/**
 * The Odoo records the hub itself created, one row per hub record it pushed:
 * written (and committed) before `create` is called, and given the new id once
 * Odoo answers. Only a record listed here is ever written by a push, or adopted
 * when a retry finds it by its reference after a crash; anything else that
 * carries the same reference was made in Odoo, and Odoo owns it.
 */
@Entity({ tableName: 'odoo_create' })
export class OdooCreate {
  @PrimaryKey({ type: 'string' })
  entityType!: EntityType;

  @PrimaryKey({ type: 'uuid' })
  entityId!: string;

  /** When the first create was about to be sent: a record Odoo dated well before it is not the hub's. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  attemptedAt: Date = new Date();

  /** Odoo's id of the record created (or adopted after a lost answer); null while unknown. */
  @Property({ type: 'integer', nullable: true })
  odooId?: number | null;
}
