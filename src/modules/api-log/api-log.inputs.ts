import { Field, ID, InputType, Int } from 'type-graphql';
import { ApiLogDirection } from '../../domain/enums.js';
import { DateTimeScalar } from '../common/scalars.js';

@InputType('ApiLogFilter')
export class ApiLogFilter {
  @Field(() => ApiLogDirection, { nullable: true })
  direction?: ApiLogDirection | null;

  @Field(() => DateTimeScalar, { nullable: true })
  since?: Date | null;

  @Field(() => Int, { nullable: true })
  minStatusCode?: number | null;

  @Field(() => String, { nullable: true })
  pathPrefix?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the calls made for this webhook config.' })
  webhookConfigId?: string | null;
}
