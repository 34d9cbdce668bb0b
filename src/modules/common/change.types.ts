import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EntityType, ProcessingState } from '../../domain/enums.js';
import { DateTimeScalar } from './scalars.js';

/*
 * `simpleResolvers`: these types' fields are plain properties, read by GraphQL's
 * default resolver. Without it type-graphql runs the global middlewares (access
 * control, which only checks root fields) around every field as an async chain:
 * for `entityChanged`, six promise chains per event and subscriber.
 */
@ObjectType('EntityChange', { simpleResolvers: true })
export class EntityChange {
  @Field(() => EntityType)
  entityType!: EntityType;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  externalId!: string;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => Boolean)
  isNew!: boolean;

  @Field(() => DateTimeScalar)
  changedAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'Its position in the change log: an integer (as a string) that grows with each change; ' +
      'entityChanged(since:) resumes after it. Null only on a change announced by a hub version without the log.',
  })
  position?: number | null;
}

@ObjectType('IngestResult', { simpleResolvers: true })
export class IngestResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [EntityChange])
  changes!: EntityChange[];
}

@InputType('AcknowledgeInput')
export class AcknowledgeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ProcessingState, {
    description: 'COMPLETED or FAILED. FAILED records an open SyncFailure with source WEBSHOP.',
  })
  state!: ProcessingState;

  @Field(() => String, { nullable: true })
  errorMessage?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'The fetchedAt of the claim being acknowledged, as claimChanges returned it. When given, an acknowledgement ' +
      'of an earlier claim (its lease ran out and the record was handed out again) changes nothing.',
  })
  claimedAt?: Date | null;
}

@ObjectType('AcknowledgeResult', { simpleResolvers: true })
export class AcknowledgeResult {
  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  failed!: number;
}
