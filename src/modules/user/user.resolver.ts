import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { CreatedApiToken } from '../api-token/api-token.types.js';
import { Role } from '../../domain/enums.js';
import { User } from './user.entity.js';
import { login, registerUser, setUserRoles, verifyEmail } from './user.service.js';
import { Viewer } from './viewer.type.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => Viewer)
  me(@Ctx() ctx: GraphQLContext): Viewer {
    if (ctx.auth.kind !== 'authenticated') return { user: null, token: null, scopes: [] };
    const { user, token, scopes } = ctx.auth.principal;
    return { user, token, scopes };
  }

  @Query(() => [User])
  users(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.em.find(User, {}, { orderBy: { id: 'asc' } });
  }

  @Mutation(() => User)
  registerUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<User> {
    return registerUser(ctx.em, ctx.mailer, email, password, {
      clientIp: ctx.clientIp,
      limits: ctx.config.rateLimits,
    });
  }

  @Mutation(() => User)
  verifyEmail(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<User> {
    return verifyEmail(ctx.em, token);
  }

  @Mutation(() => CreatedApiToken)
  login(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<CreatedApiToken> {
    return login(ctx.em, email, password, {
      clientIp: ctx.clientIp,
      limits: ctx.config.rateLimits,
      ttlHours: ctx.config.loginTokenTtlHours,
    });
  }

  @Mutation(() => User)
  async setUserRoles(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('roles', () => [Role]) roles: Role[],
  ): Promise<User> {
    const user = await setUserRoles(ctx.em, userId, roles);
    ctx.authCache.evictUser(user.id);
    return user;
  }
}
