import { Field, Float, InputType } from 'type-graphql';

@InputType('StockFilter')
export class StockFilter {
  @Field(() => String, { nullable: true })
  supplierExternalId?: string | null;

  @Field(() => [String], { nullable: true })
  productExternalIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  changedOnly?: boolean | null;
}

@InputType('StockInput')
export class StockInput {
  @Field(() => String)
  supplierExternalId!: string;

  @Field(() => String)
  productExternalId!: string;

  @Field(() => Float)
  quantity!: number;
}
