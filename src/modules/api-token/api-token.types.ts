import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { ApiToken } from './api-token.entity.js';

@ObjectType('CreatedApiToken', { description: 'The token itself is shown once, here, and is stored only as a hash.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field(() => String)
  token!: string;
}

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field(() => String)
  name!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The consumer whose change feed and flags the token uses (consumers); absent: the default consumer.',
  })
  consumerId?: string | null;
}
