import { Field, InputType } from 'type-graphql';
import { EntityType, OutboundQueueStatus } from '../../domain/enums.js';

@InputType('OutboundQueueFilter')
export class OutboundQueueFilter {
  @Field(() => OutboundQueueStatus, { nullable: true })
  status?: OutboundQueueStatus | null;

  @Field(() => EntityType, { nullable: true })
  entityType?: EntityType | null;
}
