import { ArgsType, Field, InputType } from 'type-graphql';
import { ProcessingState } from '../../domain/enums.js';
import { filterArgs } from './page.args.js';
import { INCLUDE_DELETED } from './tombstones.js';
import { DateTimeScalar } from './scalars.js';

@InputType('SyncableFilter')
export class SyncableFilter {
  @Field(() => [String], { nullable: true })
  externalIds?: string[] | null;

  @Field(() => ProcessingState, {
    nullable: true,
    description:
      "Only records in this state of the calling token's consumer (docs/consumers.md): the records' own for the default consumer.",
  })
  processingState?: ProcessingState | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only records whose updatedAt is later than this.' })
  changedSince?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only records whose last change touched this top-level field.' })
  changedField?: string | null;

  @Field(() => Boolean, { nullable: true })
  isNew?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: INCLUDE_DELETED })
  includeDeleted?: boolean | null;
}

/** `filter: SyncableFilter`, the list arguments of the Syncable types. */
@ArgsType()
export class SyncableListArgs extends filterArgs(SyncableFilter) {}
