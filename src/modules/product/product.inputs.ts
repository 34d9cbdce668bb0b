import { Field, InputType, Int } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.js';

@InputType('ProductInput')
export class ProductInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => JSONObjectScalar)
  data!: Record<string, unknown>;

  @Field(() => JSONObjectScalar, { nullable: true })
  context?: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The business key of its product template, shared by its variants.',
  })
  templateExternalId?: string | null;

  @Field(() => Int, { nullable: true })
  odooId?: number | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
