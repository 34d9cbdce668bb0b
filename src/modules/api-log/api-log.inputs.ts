import { Field, InputType, Int } from 'type-graphql';
import { ApiLogDirection } from '../common/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

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
}
