import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { DeliveryStatus } from '../../domain/enums.js';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import { WebhookConfig } from './webhook-config.entity.js';

/** One message to one webhook endpoint, with its delivery attempts. */
@ObjectType('WebhookDelivery')
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_config_id_index', properties: ['webhookConfig', 'id'] })
@Index({ name: 'webhook_delivery_status_id_index', properties: ['status', 'id'] })
export class WebhookDelivery extends TimestampedEntity {
  @ManyToOne(() => WebhookConfig, { deleteRule: 'cascade', fieldName: 'webhook_config_id', index: false })
  webhookConfig!: WebhookConfig;

  @ManyToOne(() => SyncFailure, {
    nullable: true,
    deleteRule: 'set null',
    fieldName: 'sync_failure_id',
    index: 'webhook_delivery_sync_failure_id_index',
  })
  syncFailure?: SyncFailure | null;

  /** The Standard Webhooks `webhook-id`, stable across retries and replays. */
  @Field(() => String, { description: 'The `webhook-id` header sent with it: the same on every attempt and replay.' })
  @Property({ type: 'string' })
  messageId!: string;

  @Field(() => JSONObjectScalar)
  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  responseStatus?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
