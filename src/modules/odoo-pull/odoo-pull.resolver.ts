import { Arg, Ctx, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { authorize } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { EntityType } from '../../domain/enums.js';
import type { PullProgressEvent } from '../../outbox/pull-progress-events.js';
import { requestPull } from './odoo-pull.service.js';
import { OdooPullProgress } from './pull-progress.entity.js';

@Resolver()
export class OdooPullResolver {
  /** Queues a pull of one entity type now (`full`: from the beginning); true once queued. */
  @Mutation(() => Boolean)
  async requestOdooPull(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => EntityType) entityType: EntityType,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean,
  ): Promise<boolean> {
    await requestPull(ctx.em, entityType, full ?? false, ctx.odooConfigured);
    return true;
  }

  @Subscription(() => OdooPullProgress, {
    description:
      "A pull's progress as syncStatus.pulls shows it, from whichever worker runs it: at its start, at each page committed, at its end.",
    subscribe: ({
      args,
      context,
    }: SubscribeResolverData<unknown, { entityType?: EntityType | null }, GraphQLContext>) => {
      authorize(context.auth, 'Subscription.syncProgress');
      return context.pubSub.subscribeWhere(
        'pull.progress',
        (p: PullProgressEvent) => !args.entityType || p.entityType === args.entityType,
      );
    },
  })
  syncProgress(
    @Root() progress: PullProgressEvent,
    @Arg('entityType', () => EntityType, { nullable: true }) _entityType?: EntityType,
  ): PullProgressEvent {
    return progress;
  }
}
