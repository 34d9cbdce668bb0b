import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { COUNT_COST, OwnCost } from '../common/own-cost.js';
import { getSyncStatus } from './sync-status.service.js';
import { SyncStatus } from './sync-status.types.js';

@Resolver(() => SyncStatus)
export class SyncStatusResolver {
  @Query(() => SyncStatus)
  // Counts over six tables (the four Syncable ones, the outbound queue, the open failures).
  @OwnCost(6 * COUNT_COST)
  syncStatus(@Ctx() ctx: GraphQLContext): Promise<SyncStatus> {
    return getSyncStatus(ctx.em);
  }
}
