import { Collection } from '@mikro-orm/core';
import { Entity, Enum, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { SyncableEntity } from '../common/base.entity.js';
import { SyncableIndexes } from '../common/syncable-indexes.js';
import { PurchaseOrderState } from '../../domain/enums.js';
import { PurchaseOrderLine } from './purchase-order-line.entity.js';

/** A purchase order (Odoo purchase.order), keyed by its name. */
@ObjectType('PurchaseOrder', { implements: SyncableEntity })
@Entity({ tableName: 'purchase_order' })
@SyncableIndexes('purchase_order')
export class PurchaseOrder extends SyncableEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  vendor!: string;

  @Field(() => PurchaseOrderState)
  @Enum({ items: () => PurchaseOrderState, default: PurchaseOrderState.DRAFT })
  state: PurchaseOrderState = PurchaseOrderState.DRAFT;

  @OneToMany(() => PurchaseOrderLine, (line) => line.purchaseOrder)
  lines = new Collection<PurchaseOrderLine>(this);
}
