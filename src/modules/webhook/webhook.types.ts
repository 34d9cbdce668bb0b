import { Field, ObjectType } from 'type-graphql';
import { WebhookConfig } from './webhook-config.entity.js';

@ObjectType('CreatedWebhookConfig', { description: 'The secret is shown once, here, and never again.' })
export class CreatedWebhookConfig {
  @Field(() => WebhookConfig)
  webhookConfig!: WebhookConfig;

  /** `whsec_` + base64 of 32 random bytes: the Standard Webhooks signing secret. */
  @Field(() => String)
  secret!: string;
}
