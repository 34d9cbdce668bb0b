import { Field, Float, InputType } from 'type-graphql';
import { INCLUDE_DELETED } from '../common/tombstones.js';
import { DecimalScalar } from '../common/scalars.js';

@InputType('PricelistItemFilter')
export class PricelistItemFilter {
  @Field(() => String, { nullable: true })
  pricelistExternalId?: string | null;

  @Field(() => [String], { nullable: true })
  productExternalIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  changedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: INCLUDE_DELETED })
  includeDeleted?: boolean | null;
}

@InputType('PricelistItemInput')
export class PricelistItemInput {
  @Field(() => String)
  pricelistExternalId!: string;

  @Field(() => String)
  productExternalId!: string;

  @Field(() => DecimalScalar)
  price!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The smallest quantity the price applies from (a quantity break); absent: 0, the price of one unit.',
  })
  minQuantity?: number | null;
}
