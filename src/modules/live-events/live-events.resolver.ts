import { Arg, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { authorize } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { EntityType, FailureSource } from '../../domain/enums.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import type { EntityChangeEvent, SyncFailureEvent } from '../../outbox/hub-events.js';
import { EntityChange } from '../common/change.types.js';

interface EntityChangedArgs {
  entityType?: EntityType | null;
  fields?: string[] | null;
}

interface FailureChangedArgs {
  source?: FailureSource | null;
  entityType?: EntityType | null;
}

/** Live events over graphql-ws, from every hub instance (see live-events/notify-listener.ts). */
@Resolver()
export class EventsResolver {
  @Subscription(() => EntityChange, {
    description: 'Every committed change; with fields, only changes whose changedFields meet them.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, EntityChangedArgs, GraphQLContext>) => {
      // Checked when subscribing, not only per event: no rule, no stream.
      authorize(context.auth, 'Subscription.entityChanged');
      const fields = args.fields?.length ? new Set(args.fields) : null;
      return context.pubSub.subscribeWhere(
        'entity.changed',
        (c: EntityChangeEvent) =>
          (!args.entityType || c.entityType === args.entityType) &&
          (!fields || !c.changedFields.length || c.changedFields.some((f) => fields.has(f))),
      );
    },
  })
  entityChanged(
    @Root() change: EntityChangeEvent,
    @Arg('entityType', () => EntityType, { nullable: true }) _entityType?: EntityType,
    @Arg('fields', () => [String], { nullable: true }) _fields?: string[],
  ): EntityChange {
    return change;
  }

  @Subscription(() => SyncFailure, {
    description: 'A failure recorded or resolved.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, FailureChangedArgs, GraphQLContext>) => {
      authorize(context.auth, 'Subscription.syncFailureChanged');
      return context.pubSub.subscribeWhere(
        'sync_failure.changed',
        (f: SyncFailureEvent) =>
          (!args.source || f.source === args.source) && (!args.entityType || f.entityType === args.entityType),
      );
    },
  })
  async syncFailureChanged(
    @Root() event: SyncFailureEvent,
    @Ctx() ctx: GraphQLContext,
    @Arg('source', () => FailureSource, { nullable: true }) _source?: FailureSource,
    @Arg('entityType', () => EntityType, { nullable: true }) _entityType?: EntityType,
  ): Promise<SyncFailure> {
    // A fresh EntityManager per event: the subscription's context lives long,
    // and its identity map would serve a stale row.
    return ctx.em.fork().findOneOrFail(SyncFailure, { id: event.id });
  }
}
