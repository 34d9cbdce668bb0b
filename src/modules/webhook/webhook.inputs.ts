import { Field, ID, InputType } from 'type-graphql';
import { DeliveryStatus } from '../common/enums.js';

@InputType('WebhookDeliveryFilter')
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  webhookConfigId?: string | null;

  @Field(() => DeliveryStatus, { nullable: true })
  status?: DeliveryStatus | null;
}
