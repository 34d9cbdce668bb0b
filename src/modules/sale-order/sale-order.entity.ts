import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ObjectType, Field } from 'type-graphql';
import { SyncableEntity } from '../common/base.entity.js';
import { SyncableIndexes } from '../common/syncable-indexes.js';
import { SaleOrderDirection } from '../../domain/enums.js';
import { Partner } from '../partner/partner.entity.js';
import { SaleOrderOdooStatus, type OdooStatus } from './odoo-status.type.js';

/** A sale order: INBOUND from the webshop into Odoo, OUTBOUND made in Odoo. */
@ObjectType('SaleOrder', { implements: SyncableEntity })
@Entity({ tableName: 'sale_order' })
@SyncableIndexes('sale_order')
@Index({ name: 'sale_order_direction_id_index', properties: ['direction', 'id'] })
export class SaleOrder extends SyncableEntity {
  @Field(() => SaleOrderDirection)
  @Enum({ items: () => SaleOrderDirection })
  direction!: SaleOrderDirection;

  @ManyToOne(() => Partner, {
    nullable: true,
    deleteRule: 'set null',
    fieldName: 'customer_id',
    index: 'sale_order_customer_id_index',
  })
  customer?: Partner | null;

  /** The customer's id, as a list's row carries it too (src/modules/common/rows.ts). */
  get customerId(): string | null {
    return this.customer?.id ?? null;
  }

  @Field(() => SaleOrderOdooStatus, {
    nullable: true,
    description: 'What became of the order in Odoo, read back after the push and on every pull.',
  })
  @Property({ type: 'json', nullable: true, fieldName: 'odoo_status' })
  odooStatus?: OdooStatus | null;
}
