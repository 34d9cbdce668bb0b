import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { DELETED_AT, TimestampedEntity } from '../common/base.entity.js';
import { DateTimeScalar, DecimalScalar } from '../common/scalars.js';

/**
 * A product's price in one pricelist from a quantity on, kept apart from product
 * data so that a price change never rewrites the product. `numeric` keeps the
 * decimal exact. A pricelist's price of one unit has minQuantity 0; Odoo's
 * quantity breaks ("from 10 pieces") are rows of their own.
 */
@ObjectType('PricelistItem', { simpleResolvers: true })
@Entity({ tableName: 'pricelist_item' })
@Unique({
  name: 'pricelist_item_pricelist_product_quantity_unique',
  properties: ['pricelistExternalId', 'productExternalId', 'minQuantity'],
})
@Index({ name: 'pricelist_item_product_external_id_index', properties: ['productExternalId'] })
@Index({
  name: 'pricelist_item_changed_index',
  expression: 'create index "pricelist_item_changed_index" on "pricelist_item" ("id") where "price_changed"',
})
export class PricelistItem extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string' })
  pricelistExternalId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  productExternalId!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric' })
  price!: string;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'decimal', columnType: 'numeric', nullable: true })
  previousPrice?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  priceChanged: boolean = false;

  @Field(() => Float, {
    description: "The smallest quantity this price applies from (Odoo's min_quantity; 0 or 1 for the base price).",
  })
  @Property({ type: 'double', default: 0 })
  minQuantity: number = 0;

  @Field(() => String, {
    nullable: true,
    description: "The price's currency (ISO code): the Odoo pricelist's; empty when the writer did not say.",
  })
  @Property({ type: 'string', nullable: true })
  currency?: string | null;

  /**
   * When the value last raised the changed flag (kept by a trigger, Migration2026120600046_consumers):
   * what a non-default consumer's flag compares with its acknowledgement (docs/consumers.md).
   */
  @Property({ type: 'datetime', defaultRaw: 'now()', index: 'pricelist_item_flag_changed_at_index' })
  flagChangedAt?: Date;

  /** A tombstone: Odoo's record behind it is gone (src/ingest/tombstone.ts); a later value with its key clears it. */
  @Field(() => DateTimeScalar, { nullable: true, description: DELETED_AT })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
