import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { EntityType, PullState } from '../../domain/enums.js';
import { DateTimeScalar } from '../common/scalars.js';

/**
 * How the current or last pull of one entity type is going: one row per type,
 * written by the worker that runs the pull (a statement per page, inside the
 * page's own transaction, so it counts only what is committed) and read by
 * every API instance (`syncStatus.pulls`, `syncProgress`) and by `hub pull --follow`.
 */
@Entity({ tableName: 'odoo_pull_progress' })
@ObjectType('PullProgress', { description: 'The current or last pull of one entity type from Odoo.' })
export class OdooPullProgress {
  @PrimaryKey({ type: 'text' })
  @Field(() => EntityType)
  entityType!: EntityType;

  @Property({ type: 'text' })
  @Field(() => PullState)
  state!: PullState;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Read from the beginning (requestOdooPull(full: true)), not from the cursor.' })
  full: boolean = false;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar, { description: 'When this attempt started (running since, while RUNNING).' })
  startedAt!: Date;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Pages of records read from Odoo and committed.' })
  pages: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Records read from Odoo and committed (a second cut by a page is read twice).' })
  records: number = 0;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      "Odoo's search_count of what this attempt reads, asked as it starts: an estimate (Odoo changes meanwhile).",
  })
  estimatedTotal?: number | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt ended, however it ended.' })
  finishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The last attempt's error; null once one succeeds." })
  lastError?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}
