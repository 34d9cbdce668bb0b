import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { User } from './user.entity.js';
import { Viewer } from './viewer.type.js';

@Resolver(() => User)
export class UserResolver {
  /**
   * The identity behind the request. Until bearer tokens are checked (access
   * issue), requests are anonymous: no user, no token, no scopes.
   */
  @Query(() => Viewer)
  me(): Viewer {
    return { user: null, token: null, scopes: [] };
  }

  @Query(() => [User])
  users(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.em.find(User, {}, { orderBy: { id: 'asc' } });
  }
}
