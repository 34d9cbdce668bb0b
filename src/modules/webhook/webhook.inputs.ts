import { Field, ID, InputType } from 'type-graphql';
import { DeliveryStatus, EntityType, WebhookDirection } from '../../domain/enums.js';

@InputType('WebhookDeliveryFilter')
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  webhookConfigId?: string | null;

  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;
}

@InputType('WebhookConfigInput')
export class WebhookConfigInput {
  @Field(() => String)
  url!: string;

  @Field(() => EntityType)
  entityType!: EntityType;

  @Field(() => WebhookDirection)
  direction!: WebhookDirection;

  // nullable + defaultValue: the contract's `isActive: Boolean = true` (without nullable it would be Boolean!).
  @Field(() => Boolean, { nullable: true, defaultValue: true })
  isActive?: boolean | null;
}

@InputType('WebhookConfigUpdateInput')
export class WebhookConfigUpdateInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}
