import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiToken } from './api-token.entity.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return ctx.em.find(ApiToken, {}, { orderBy: { id: 'asc' } });
  }
}
