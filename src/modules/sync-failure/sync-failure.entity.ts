import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../common/base.entity.js';
import { EntityType, FailureSource, FailureStatus } from '../../domain/enums.js';
import { DateTimeScalar } from '../common/scalars.js';
import { OutboundQueueItem } from '../outbound-queue/outbound-queue.entity.js';

/** A sync that failed, open until someone resolves or retries it. */
@ObjectType('SyncFailure')
@Entity({ tableName: 'sync_failure' })
@Index({ name: 'sync_failure_status_id_index', properties: ['status', 'id'] })
@Index({ name: 'sync_failure_source_id_index', properties: ['source', 'id'] })
@Index({ name: 'sync_failure_entity_type_id_index', properties: ['entityType', 'id'] })
@Index({ name: 'sync_failure_entity_index', properties: ['entityType', 'externalId'] })
export class SyncFailure extends TimestampedEntity {
  @Field(() => EntityType)
  @Enum({ items: () => EntityType })
  entityType!: EntityType;

  @Field(() => String)
  @Property({ type: 'string' })
  externalId!: string;

  @Field(() => FailureSource)
  @Enum({ items: () => FailureSource })
  source!: FailureSource;

  @Field(() => FailureStatus)
  @Enum({ items: () => FailureStatus, default: FailureStatus.OPEN })
  status: FailureStatus = FailureStatus.OPEN;

  @Field(() => String)
  @Property({ type: 'text' })
  errorMessage!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolutionNote?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** The id of the failed record in the hub, where there is one. */
  @Property({ type: 'uuid', nullable: true })
  entityId?: string | null;

  /** A webshop failure reported by a consumer other than the default: which one. */
  @Field(() => ID, {
    nullable: true,
    description: 'For a webshop failure reported by a consumer other than the default: that consumer.',
  })
  @Property({ type: 'uuid', nullable: true })
  consumerId?: string | null;

  /** The outbound push that failed, so a retry can queue it again. */
  @ManyToOne(() => OutboundQueueItem, {
    nullable: true,
    deleteRule: 'set null',
    fieldName: 'outbound_queue_id',
    index: 'sync_failure_outbound_queue_id_index',
  })
  outboundQueueItem?: OutboundQueueItem | null;
}
