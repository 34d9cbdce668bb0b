import { Field, Int, ObjectType } from 'type-graphql';
import { CircuitState, EntityType, OutboundQueueStatus, ProcessingState } from '../../domain/enums.js';
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

@ObjectType('OdooCircuit', {
  description:
    'The circuit of an Odoo connection: OPEN while Odoo is out of reach (pushes wait, uncounted), CLOSED again at the first answer to a probe.',
})
export class OdooCircuitStatus {
  @Field(() => String, { description: "Odoo's URL (without credentials) and database." })
  connection!: string;

  @Field(() => CircuitState)
  state!: CircuitState;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last opened.' })
  openedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a probe last asked Odoo, answered or not.' })
  lastProbeAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The connection failure that opened it, or the last probe’s.' })
  lastError!: string | null;

  @Field(() => Int, { description: 'Pushes paused while it is open (0 when closed).' })
  pausedItems!: number;
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
