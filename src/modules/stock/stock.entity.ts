import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { DELETED_AT, TimestampedEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../common/scalars.js';

/**
 * Stock level of one product at one supplier. For Odoo, `quantity` is what may
 * be sold (on hand minus reserved) in the internal locations of one warehouse
 * (supplier `odoo:<warehouse code>`) or of all configured warehouses (`odoo`).
 */
@ObjectType('Stock', { simpleResolvers: true })
@Entity({ tableName: 'stock' })
@Unique({ name: 'stock_supplier_product_unique', properties: ['supplierExternalId', 'productExternalId'] })
@Index({ name: 'stock_product_external_id_index', properties: ['productExternalId'] })
@Index({
  name: 'stock_changed_index',
  expression: 'create index "stock_changed_index" on "stock" ("id") where "is_quantity_changed"',
})
export class Stock extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  supplierExternalId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  productExternalId!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  quantity!: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  previousQuantity?: number | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  isQuantityChanged: boolean = false;

  @Field(() => Float, {
    nullable: true,
    description: 'For Odoo stock: quantity is what may be sold (on hand minus reserved).',
  })
  @Property({ type: 'double', nullable: true })
  onHandQuantity?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  reservedQuantity?: number | null;
  /**
   * When the value last raised the changed flag (kept by a trigger, Migration2026120600046_consumers):
   * what a non-default consumer's flag compares with its acknowledgement (docs/consumers.md).
   */
  @Property({ type: 'datetime', defaultRaw: 'now()', index: 'stock_flag_changed_at_index' })
  flagChangedAt?: Date;

  /** A tombstone: Odoo's record behind it is gone (src/ingest/tombstone.ts); a later value with its key clears it. */
  @Field(() => DateTimeScalar, { nullable: true, description: DELETED_AT })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
