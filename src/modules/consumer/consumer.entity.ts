import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { EntityType } from '../../domain/enums.js';
import { TimestampedEntity } from '../common/base.entity.js';

/**
 * A consumer of the change feed: one shop (a B2C shop, a B2B portal, a
 * marketplace connector) that sees every change at its own pace. Tokens are
 * bound to one; a token bound to none speaks for the default consumer, whose
 * feed state lives on the records themselves (docs/consumers.md).
 */
@ObjectType('Consumer', { description: 'A shop that consumes the change feed at its own pace (docs/consumers.md).' })
@Entity({ tableName: 'consumer' })
export class Consumer extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'string', unique: true })
  name!: string;

  @Field(() => Boolean, {
    description: 'The consumer of tokens bound to none: its feed state is the records’ own processingState and flags.',
  })
  @Property({ type: 'boolean', default: false })
  isDefault: boolean = false;

  @Field(() => [EntityType], { description: 'The entity types its feed hands out; empty: all of them.' })
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  entityTypes: EntityType[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'When set, its price flags and price feed cover this pricelist only.',
  })
  @Property({ type: 'string', nullable: true })
  pricelistExternalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When set, its stock flags cover this stock supplier only (`odoo:<warehouse code>`, or `odoo` for the total).',
  })
  @Property({ type: 'string', nullable: true })
  warehouse?: string | null;
}
