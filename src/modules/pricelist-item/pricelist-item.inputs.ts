import { Field, InputType } from 'type-graphql';

@InputType('PricelistItemFilter')
export class PricelistItemFilter {
  @Field(() => String, { nullable: true })
  pricelistExternalId?: string | null;

  @Field(() => [String], { nullable: true })
  productExternalIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  changedOnly?: boolean | null;
}
