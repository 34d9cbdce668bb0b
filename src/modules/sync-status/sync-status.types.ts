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

@ObjectType('OdooConnectionProblem', {
  description: 'Something the Odoo user or database lacks for the hub to do its job, and how to fix it.',
})
export class OdooConnectionProblem {
  @Field(() => String, { nullable: true, description: 'The Odoo model concerned (e.g. stock.quant), if any.' })
  model!: string | null;

  @Field(() => String, { nullable: true, description: 'read, create or write; null for the login or an addon.' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'The field concerned, for a field the user cannot read.' })
  field!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => String, { description: 'What to do in Odoo (e.g. the group to grant the user).' })
  fix!: string;
}

@ObjectType('OdooConnection', {
  description:
    'The last check of the Odoo connection (what `npm run hub -- odoo:check` prints), run by a worker at its start.',
})
export class OdooConnectionStatusType {
  @Field(() => Boolean, { description: 'No problem found.' })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'jsonrpc or json2: the protocol the hub uses.' })
  protocol!: string | null;

  @Field(() => String, { nullable: true, description: "Odoo's server_version, e.g. 17.0." })
  version!: string | null;

  @Field(() => DateTimeScalar)
  checkedAt!: Date;

  @Field(() => [OdooConnectionProblem])
  problems!: OdooConnectionProblem[];

  @Field(() => [String], { description: 'What the hub does differently (an optional addon missing, the protocol).' })
  notes!: string[];
}

@ObjectType('SyncStatus')
export class SyncStatus {
  @Field(() => [EntityCount], {
    description:
      "Records per entity type and processing state, as the calling token's consumer sees them (docs/consumers.md): " +
      "the records' own states for the default consumer; another counts only the types it follows.",
  })
  changes!: EntityCount[];

  @Field(() => [QueueCount])
  outboundQueue!: QueueCount[];

  @Field(() => Int)
  openFailures!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  lastOdooPullAt!: Date | null;
}
