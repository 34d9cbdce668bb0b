import { Field, Float, InputType, Int } from 'type-graphql';
import { DecimalScalar, JSONObjectScalar } from '../common/scalars.js';
import { CustomerInput } from '../partner/partner.inputs.js';

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

@InputType('SaleOrderLineInput')
export class SaleOrderLineInput {
  @Field(() => String)
  productExternalId!: string;

  @Field(() => Float)
  quantity!: number;

  @Field(() => DecimalScalar, { nullable: true })
  priceUnit?: string | null;
}

@InputType('PlaceSaleOrderInput')
export class PlaceSaleOrderInput {
  @Field(() => String, { description: "The webshop's order number." })
  externalId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A retried call with the same key returns the same order and creates nothing.',
  })
  idempotencyKey?: string | null;

  @Field(() => CustomerInput)
  customer!: CustomerInput;

  @Field(() => String, { nullable: true })
  invoiceAddressExternalId?: string | null;

  @Field(() => String, { nullable: true })
  shippingAddressExternalId?: string | null;

  @Field(() => [SaleOrderLineInput])
  lines!: SaleOrderLineInput[];

  @Field(() => JSONObjectScalar, { nullable: true })
  data?: Record<string, unknown> | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "What the customer paid; when Odoo's total differs by more than 0.01 the order is not confirmed and a SyncFailure says why.",
  })
  expectedTotal?: string | null;
}
