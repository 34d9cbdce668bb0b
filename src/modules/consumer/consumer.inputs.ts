import { Field, InputType } from 'type-graphql';
import { EntityType } from '../../domain/enums.js';

@InputType('ConsumerInput')
export class ConsumerInput {
  @Field(() => String)
  name!: string;

  @Field(() => [EntityType], {
    nullable: true,
    description: 'The entity types its feed hands out; empty or absent: all.',
  })
  entityTypes?: EntityType[] | null;

  @Field(() => String, { nullable: true, description: 'Its price flags cover this pricelist only.' })
  pricelistExternalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its stock flags cover this stock supplier only (`odoo:<warehouse code>`, or `odoo`).',
  })
  warehouse?: string | null;
}

@InputType('ConsumerUpdateInput', { description: 'Absent fields keep their value; an empty string clears a key.' })
export class ConsumerUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [EntityType], { nullable: true })
  entityTypes?: EntityType[] | null;

  @Field(() => String, { nullable: true })
  pricelistExternalId?: string | null;

  @Field(() => String, { nullable: true })
  warehouse?: string | null;
}
