import { Field, Int, ObjectType } from 'type-graphql';
import { EntityType, OutboundQueueStatus, ProcessingState } from '../../domain/enums.js';
import { DateTimeScalar } from '../common/scalars.js';

@ObjectType('EntityCount')
export class EntityCount {
  @Field(() => EntityType)
  entityType!: EntityType;

  @Field(() => ProcessingState)
  state!: ProcessingState;

  @Field(() => Int)
  count!: number;
}

@ObjectType('QueueCount')
export class QueueCount {
  @Field(() => OutboundQueueStatus)
  status!: OutboundQueueStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SyncStatus')
export class SyncStatus {
  @Field(() => [EntityCount])
  changes!: EntityCount[];

  @Field(() => [QueueCount])
  outboundQueue!: QueueCount[];

  @Field(() => Int)
  openFailures!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  lastOdooPullAt!: Date | null;
}
