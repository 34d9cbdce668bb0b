import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { resolveSyncFailure, retrySyncFailure } from './sync-failure-actions.service.js';
import type { GraphQLContext } from '../common/request-context.js';
import { connectionType, paginate } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { whereOf } from '../common/where.js';
import { SyncFailure } from './sync-failure.entity.js';
import { SyncFailureFilter } from './sync-failure.inputs.js';
import { parseId } from '../common/ids.js';
import { retrySyncFailures, RetrySyncFailuresResult } from './bulk-retry.js';
import { OutboundQueueItem } from '../outbound-queue/outbound-queue.entity.js';

export const SyncFailureConnection = connectionType(SyncFailure, 'SyncFailure');

@Resolver(() => SyncFailure)
export class SyncFailureResolver {
  @Query(() => SyncFailureConnection)
  syncFailures(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SyncFailureFilter, { nullable: true }) filter?: SyncFailureFilter,
  ) {
    const where = whereOf({
      equals: {
        status: filter?.status,
        source: filter?.source,
        entityType: filter?.entityType,
        externalId: filter?.externalId,
      },
    });
    return paginate(ctx.em, SyncFailure, where, page, ctx.config.maxPageSize);
  }

  @Query(() => SyncFailure, { nullable: true, description: 'One failure by id; null when there is none.' })
  syncFailure(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SyncFailure | null> {
    return ctx.loaders.one(SyncFailure).load(parseId(id));
  }

  @Mutation(() => SyncFailure)
  resolveSyncFailure(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<SyncFailure> {
    return resolveSyncFailure(ctx.em, id, note);
  }

  @Mutation(() => SyncFailure)
  retrySyncFailure(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SyncFailure> {
    return retrySyncFailure(ctx.em, id);
  }

  @Mutation(() => RetrySyncFailuresResult, {
    description:
      'retrySyncFailure for each id (at most 500), each on its own: what could not be retried is listed with why.',
  })
  retrySyncFailures(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<RetrySyncFailuresResult> {
    return retrySyncFailures(ctx.em, ids);
  }

  @FieldResolver(() => OutboundQueueItem, {
    nullable: true,
    description: 'The push to Odoo that failed, with the record’s data as sent (null for other failures).',
  })
  outboundQueueItem(
    @Root() failure: SyncFailure,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundQueueItem | null> | null {
    return failure.outboundQueueItem ? ctx.loaders.one(OutboundQueueItem).load(failure.outboundQueueItem.id) : null;
  }
}
