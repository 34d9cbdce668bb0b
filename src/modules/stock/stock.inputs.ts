import { Field, Float, InputType } from 'type-graphql';
import { INCLUDE_DELETED } from '../common/tombstones.js';

@InputType('StockFilter')
export class StockFilter {
  @Field(() => String, { nullable: true })
  supplierExternalId?: string | null;

  @Field(() => [String], { nullable: true })
  productExternalIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  changedOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: INCLUDE_DELETED })
  includeDeleted?: boolean | null;
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
