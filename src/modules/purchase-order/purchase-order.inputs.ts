import { Field, Float, InputType, Int } from 'type-graphql';
import { PurchaseOrderState } from '../../domain/enums.js';
import { DecimalScalar, JSONObjectScalar } from '../common/scalars.js';

@InputType('PurchaseOrderLineInput')
export class PurchaseOrderLineInput {
  @Field(() => String)
  productExternalId!: string;

  @Field(() => Float)
  quantity!: number;

  @Field(() => DecimalScalar)
  priceUnit!: string;
}

@InputType('PurchaseOrderInput')
export class PurchaseOrderInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  vendor!: string;

  @Field(() => PurchaseOrderState, { nullable: true, defaultValue: PurchaseOrderState.DRAFT })
  state?: PurchaseOrderState | null;

  @Field(() => [PurchaseOrderLineInput])
  lines!: PurchaseOrderLineInput[];

  @Field(() => JSONObjectScalar, { nullable: true })
  data?: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true })
  odooId?: number | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
