import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { SyncableEntity } from '../common/base.entity.js';
import { SyncableIndexes } from '../common/syncable-indexes.js';
import { JSONObjectScalar } from '../common/scalars.js';

/** A product from Odoo, keyed by SKU (`default_code`); prices and stock live in their own tables. */
// simpleResolvers: graphql-js reads the properties itself, with no type-graphql wrapper per field of a page.
@ObjectType('Product', { implements: SyncableEntity, simpleResolvers: true })
@Entity({ tableName: 'product' })
@SyncableIndexes('product')
// A template's live variants, and templates paged by their oldest variant (migration 32).
@Index({
  name: 'product_template_external_id_index',
  expression: `create index "product_template_external_id_index" on "product" ("template_external_id", "id") where "deleted_at" is null`,
})
export class Product extends SyncableEntity {
  @Field(() => JSONObjectScalar, { nullable: true })
  @Property({ type: 'json', nullable: true })
  context?: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The business key of the product template this product is a variant of (`odoo:product.template:<id>` for one from Odoo); its variants share it.',
  })
  @Property({ type: 'text', nullable: true })
  templateExternalId?: string | null;
}
