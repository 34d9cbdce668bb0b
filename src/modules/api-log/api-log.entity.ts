import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IdEntity } from '../common/base.entity.js';
import { ApiLogDirection } from '../../domain/enums.js';

/** One HTTP request in (to the hub) or out (to Odoo or a webhook). Never holds secrets or bodies. */
@ObjectType('ApiLog')
@Entity({ tableName: 'api_log' })
@Index({ name: 'api_log_created_at_index', properties: ['createdAt'] })
@Index({ name: 'api_log_direction_id_index', properties: ['direction', 'id'] })
@Index({ name: 'api_log_status_code_index', properties: ['statusCode'] })
@Index({
  name: 'api_log_webhook_config_id_index',
  expression:
    'create index "api_log_webhook_config_id_index" on "api_log" ("webhook_config_id", "id") where "webhook_config_id" is not null',
})
@Index({
  name: 'api_log_path_prefix_index',
  expression: 'create index "api_log_path_prefix_index" on "api_log" ("path" text_pattern_ops)',
})
export class ApiLog extends IdEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 16 })
  method!: string;

  @Field(() => String, {
    description:
      'Inbound: the path. Outbound: origin and path of an Odoo call; the origin alone of a webhook call (an endpoint’s path may be its secret). Never a query string.',
  })
  @Property({ type: 'text' })
  path!: string;

  /** No foreign key: the log outlives the configs it names. */
  @Field(() => ID, { nullable: true, description: 'The webhook config an outbound webhook call delivered for.' })
  @Property({ type: 'uuid', nullable: true })
  webhookConfigId?: string | null;

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
