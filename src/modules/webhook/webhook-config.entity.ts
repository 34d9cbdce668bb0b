import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { EntityType, WebhookDirection } from '../../domain/enums.js';

/**
 * A webhook endpoint. The signing secret is a column but never a GraphQL field:
 * it is shown once when created or rotated, and never readable after.
 */
@ObjectType('WebhookConfig')
@Entity({ tableName: 'webhook_config' })
@Index({ name: 'webhook_config_match_index', properties: ['entityType', 'direction', 'isActive'] })
export class WebhookConfig extends TimestampedEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  @Field(() => EntityType)
  @Enum({ items: () => EntityType })
  entityType!: EntityType;

  @Field(() => WebhookDirection)
  @Enum({ items: () => WebhookDirection })
  direction!: WebhookDirection;

  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecret?: string | null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  isActive: boolean = true;

  /** Since when every attempt has failed (null after a success); see WEBHOOK_DISABLE_AFTER_DAYS. */
  @Property({ type: 'datetime', nullable: true })
  failingSince?: Date | null;
}
