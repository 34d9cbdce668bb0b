import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from '../api-token/api-token.entity.js';
import { User } from './user.entity.js';

/** Who is asking: the user and token behind the request, and the scopes it holds. */
@ObjectType('Viewer')
export class Viewer {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => ApiToken, { nullable: true })
  token!: ApiToken | null;

  @Field(() => [String])
  scopes!: string[];
}
