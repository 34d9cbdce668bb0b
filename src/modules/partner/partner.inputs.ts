import { Field, InputType, Int } from 'type-graphql';
import { PartnerType } from '../../domain/enums.js';
import { JSONObjectScalar } from '../common/scalars.js';

@InputType('PartnerInput')
export class PartnerInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => PartnerType, { nullable: true, defaultValue: PartnerType.CONTACT })
  type?: PartnerType | null;

  @Field(() => String, { nullable: true })
  externalParentId?: string | null;

  @Field(() => JSONObjectScalar)
  data!: Record<string, unknown>;

  @Field(() => Int, { nullable: true })
  odooId?: number | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType('AddressInput')
export class AddressInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => PartnerType)
  type!: PartnerType;

  @Field(() => JSONObjectScalar)
  data!: Record<string, unknown>;
}

@InputType('CustomerInput')
export class CustomerInput {
  @Field(() => String)
  externalId!: string;

  @Field(() => JSONObjectScalar)
  data!: Record<string, unknown>;

  @Field(() => [AddressInput], { nullable: true })
  addresses?: AddressInput[] | null;
}
