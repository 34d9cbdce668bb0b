import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AllowedDomain } from './allowed-domain.entity.js';

@Resolver(() => AllowedDomain)
export class AllowedDomainResolver {
  @Query(() => [AllowedDomain])
  allowedDomains(@Ctx() ctx: GraphQLContext): Promise<AllowedDomain[]> {
    return ctx.em.find(AllowedDomain, {}, { orderBy: { domain: 'asc' } });
  }
}
