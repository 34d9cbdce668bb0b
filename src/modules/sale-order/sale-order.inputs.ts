import { Field, InputType, Int } from 'type-graphql';
import { JSONObjectScalar } from '../../graphql/scalars.js';

@InputType('SaleOrderInput')
export class SaleOrderInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => JSONObjectScalar)
  data!: Record<string, unknown>;

  @Field(() => Int, { nullable: true })
  odooId?: number | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
