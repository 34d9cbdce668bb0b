import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { SyncableEntity } from '../common/base.entity.js';
import { EntityType } from '../../domain/enums.js';
import { acknowledgeChanges, acknowledgeFlags, claimChanges } from './change-feed.service.js';
import { AcknowledgeInput, AcknowledgeResult } from '../common/change.types.js';
import { requestConsumer } from '../consumer/request-consumer.js';
import { acknowledgeForConsumer, claimForConsumer } from './consumer-feed.service.js';
import { acknowledgeFlagsForConsumer } from './consumer-flags.service.js';

const SEEN_AT =
  'The updatedAt of the rows as read. When given, a row changed after it (a newer quantity or price) keeps its flag.';

@Resolver()
export class ChangeFeedResolver {
  @Mutation(() => [SyncableEntity], {
    description: "The webshop's change feed: PENDING records are handed out once, then acknowledged.",
  })
  async claimChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => EntityType) entityType: EntityType,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number,
  ): Promise<SyncableEntity[]> {
    const consumer = await requestConsumer(ctx);
    return consumer
      ? claimForConsumer(ctx.em, consumer, entityType, limit ?? 100, ctx.config.changeLeaseMs)
      : claimChanges(ctx.em, entityType, limit ?? 100, ctx.config.changeLeaseMs);
  }

  @Mutation(() => AcknowledgeResult)
  async acknowledgeChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => EntityType) entityType: EntityType,
    @Arg('results', () => [AcknowledgeInput]) results: AcknowledgeInput[],
  ): Promise<AcknowledgeResult> {
    const consumer = await requestConsumer(ctx);
    return consumer
      ? acknowledgeForConsumer(ctx.em, consumer, entityType, results)
      : acknowledgeChanges(ctx.em, entityType, results);
  }

  @Mutation(() => Int)
  async acknowledgeStockChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('seenAt', () => Date, { nullable: true, description: SEEN_AT }) seenAt?: Date | null,
  ): Promise<number> {
    const consumer = await requestConsumer(ctx);
    return consumer
      ? acknowledgeFlagsForConsumer(ctx.em, consumer, 'stock', ids, seenAt)
      : acknowledgeFlags(ctx.em, 'stock', ids, seenAt);
  }

  @Mutation(() => Int)
  async acknowledgePriceChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('seenAt', () => Date, { nullable: true, description: SEEN_AT }) seenAt?: Date | null,
  ): Promise<number> {
    const consumer = await requestConsumer(ctx);
    return consumer
      ? acknowledgeFlagsForConsumer(ctx.em, consumer, 'price', ids, seenAt)
      : acknowledgeFlags(ctx.em, 'price', ids, seenAt);
  }
}
