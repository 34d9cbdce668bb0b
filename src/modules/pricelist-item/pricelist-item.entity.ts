import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DELETED_AT, TimestampedEntity } from '../common/base.entity.js';
import { DateTimeScalar, DecimalScalar } from '../common/scalars.js';

/**
 * A product's price in one pricelist, kept apart from product data so that a price
 * change never rewrites the product. `numeric` keeps the decimal exact.
 */
@ObjectType('PricelistItem')
@Entity({ tableName: 'pricelist_item' })
@Unique({ name: 'pricelist_item_pricelist_product_unique', properties: ['pricelistExternalId', 'productExternalId'] })
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

  /** A tombstone: Odoo's record behind it is gone (src/ingest/tombstone.ts); a later value with its key clears it. */
  @Field(() => DateTimeScalar, { nullable: true, description: DELETED_AT })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
