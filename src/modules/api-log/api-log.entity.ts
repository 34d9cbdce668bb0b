import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IdEntity } from '../common/base.entity.js';
import { ApiLogDirection } from '../common/enums.js';

/** One HTTP request in (to the hub) or out (to Odoo or a webhook). Never holds secrets or bodies. */
@ObjectType('ApiLog')
@Entity({ tableName: 'api_log' })
@Index({ name: 'api_log_created_at_index', properties: ['createdAt'] })
@Index({ name: 'api_log_direction_id_index', properties: ['direction', 'id'] })
@Index({ name: 'api_log_status_code_index', properties: ['statusCode'] })
@Index({
  name: 'api_log_path_prefix_index',
  expression: 'create index "api_log_path_prefix_index" on "api_log" ("path" text_pattern_ops)',
})
export class ApiLog extends IdEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 16 })
  method!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  path!: string;

  @Field(() => ApiLogDirection)
  @Enum({ items: () => ApiLogDirection })
  direction!: ApiLogDirection;

  @Field(() => Int)
  @Property({ type: 'integer' })
  statusCode!: number;

  @Field(() => Float, { description: 'Milliseconds.' })
  @Property({ type: 'double' })
  duration!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  operationName?: string | null;

  /** Correlates the row with the structured log lines of the same request. */
  @Property({ type: 'string', nullable: true })
  requestId?: string | null;
}
