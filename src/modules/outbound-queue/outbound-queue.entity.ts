import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { EntityType, OutboundQueueStatus } from '../../domain/enums.js';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars.js';

/** One push of a webshop record into Odoo (the transactional outbox's row). */
@ObjectType('OutboundQueueItem')
@Entity({ tableName: 'outbound_queue' })
@Index({ name: 'outbound_queue_status_id_index', properties: ['status', 'id'] })
@Index({ name: 'outbound_queue_entity_type_id_index', properties: ['entityType', 'id'] })
@Index({ name: 'outbound_queue_entity_index', properties: ['entityType', 'entityId'] })
@Index({
  name: 'outbound_queue_paused_index',
  expression: 'create index "outbound_queue_paused_index" on "outbound_queue" ("id") where "paused_at" is not null',
})
export class OutboundQueueItem extends TimestampedEntity {
  @Field(() => EntityType)
  @Enum({ items: () => EntityType })
  entityType!: EntityType;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => JSONObjectScalar)
  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  @Field(() => OutboundQueueStatus)
  @Enum({ items: () => OutboundQueueStatus, default: OutboundQueueStatus.PENDING })
  status: OutboundQueueStatus = OutboundQueueStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Set while the push waits for Odoo to be reachable again (its circuit is open): no attempt is counted meanwhile, and it is sent as soon as Odoo answers.',
  })
  @Property({ type: 'datetime', nullable: true })
  pausedAt?: Date | null;
}
