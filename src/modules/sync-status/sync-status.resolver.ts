import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { getSyncStatus } from './sync-status.service.js';
import { SyncStatus } from './sync-status.types.js';

@Resolver(() => SyncStatus)
export class SyncStatusResolver {
  @Query(() => SyncStatus)
  syncStatus(@Ctx() ctx: GraphQLContext): Promise<SyncStatus> {
    return getSyncStatus(ctx.em);
  }
}
