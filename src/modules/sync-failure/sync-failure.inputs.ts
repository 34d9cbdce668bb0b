import { Field, InputType } from 'type-graphql';
import { EntityType, FailureSource, FailureStatus } from '../../domain/enums.js';

@InputType('SyncFailureFilter')
export class SyncFailureFilter {
  @Field(() => FailureStatus, { nullable: true })
  status?: FailureStatus | null;

  @Field(() => FailureSource, { nullable: true })
  source?: FailureSource | null;

  @Field(() => EntityType, { nullable: true })
  entityType?: EntityType | null;

  @Field(() => String, { nullable: true, description: 'Only the failures of this record (its externalId, exactly).' })
  externalId?: string | null;
}
