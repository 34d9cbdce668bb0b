import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { DecimalScalar } from '../common/scalars.js';
import type { Rel } from '@mikro-orm/core';
import { PurchaseOrder } from './purchase-order.entity.js';

/** One line of a purchase order; the product is referenced by its business key. */
@ObjectType('PurchaseOrderLine')
@Entity({ tableName: 'purchase_order_line' })
export class PurchaseOrderLine extends TimestampedEntity {
  @ManyToOne(() => PurchaseOrder, {
    deleteRule: 'cascade',
    fieldName: 'purchase_order_id',
    index: 'purchase_order_line_purchase_order_id_index',
  })
  // Rel<>: the two entities import each other; a plain class type here would be read
  // eagerly by decorator metadata and break ES module initialisation order.
  purchaseOrder!: Rel<PurchaseOrder>;

  @Field(() => ID)
  get purchaseOrderId(): string {
    return this.purchaseOrder.id;
  }

  @Field(() => String)
  @Index({ name: 'purchase_order_line_product_external_id_index' })
  @Property({ type: 'string' })
  productExternalId!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  quantity!: number;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric' })
  priceUnit!: string;
}
