import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { principalOf } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { ApiToken } from './api-token.entity.js';
import { createApiToken, revokeApiToken } from './api-token.service.js';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.types.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return ctx.em.find(ApiToken, {}, { orderBy: { id: 'asc' } });
  }

  @Mutation(() => CreatedApiToken)
  createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return createApiToken(ctx.em, principalOf(ctx), input);
  }

  @Mutation(() => ApiToken)
  async revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    const revoked = await revokeApiToken(ctx.em, id);
    ctx.authCache.evictToken(revoked.id);
    return revoked;
  }
}
