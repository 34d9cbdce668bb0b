import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { SyncableEntity } from '../common/base.entity.js';
import { SyncableIndexes } from '../common/syncable-indexes.js';
import { JSONObjectScalar } from '../common/scalars.js';

/** A product from Odoo, keyed by SKU (`default_code`); prices and stock live in their own tables. */
// simpleResolvers: graphql-js reads the properties itself, with no type-graphql wrapper per field of a page.
@ObjectType('Product', { implements: SyncableEntity, simpleResolvers: true })
@Entity({ tableName: 'product' })
@SyncableIndexes('product')
export class Product extends SyncableEntity {
  @Field(() => JSONObjectScalar, { nullable: true })
  @Property({ type: 'json', nullable: true })
  context?: Record<string, unknown> | null;
}
