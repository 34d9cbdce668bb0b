import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { retryOutboundItem } from './outbound-queue.service.js';
import type { GraphQLContext } from '../common/request-context.js';
import { connectionType, paginate } from '../common/pagination.js';
import { PageArgs } from '../common/page.args.js';
import { whereOf } from '../common/where.js';
import { OutboundQueueItem } from './outbound-queue.entity.js';
import { OutboundQueueFilter } from './outbound-queue.inputs.js';

export const OutboundQueueItemConnection = connectionType(OutboundQueueItem, 'OutboundQueueItem');

@Resolver(() => OutboundQueueItem)
export class OutboundQueueResolver {
  @Query(() => OutboundQueueItemConnection)
  outboundQueue(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OutboundQueueFilter, { nullable: true }) filter?: OutboundQueueFilter,
  ) {
    const where = whereOf({ equals: { status: filter?.status, entityType: filter?.entityType } });
    return paginate(ctx.em, OutboundQueueItem, where, page, ctx.config.maxPageSize);
  }

  @Mutation(() => OutboundQueueItem)
  retryOutboundItem(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<OutboundQueueItem> {
    return retryOutboundItem(ctx.em, id);
  }
}
