import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { AllowedDomain } from './allowed-domain.entity.js';
import { addAllowedDomain, removeAllowedDomain } from './allowed-domain.service.js';

@Resolver(() => AllowedDomain)
export class AllowedDomainResolver {
  @Query(() => [AllowedDomain])
  allowedDomains(@Ctx() ctx: GraphQLContext): Promise<AllowedDomain[]> {
    return ctx.em.find(AllowedDomain, {}, { orderBy: { domain: 'asc' } });
  }

  @Mutation(() => AllowedDomain)
  addAllowedDomain(@Ctx() ctx: GraphQLContext, @Arg('domain', () => String) domain: string): Promise<AllowedDomain> {
    return addAllowedDomain(ctx.em, domain);
  }

  @Mutation(() => Boolean)
  removeAllowedDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removeAllowedDomain(ctx.em, id);
  }
}
