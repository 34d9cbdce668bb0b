import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { authorize } from '../common/authorize.js';
import type { GraphQLContext } from '../common/request-context.js';
import { EntityType, FailureSource } from '../../domain/enums.js';
import { SyncFailure } from '../sync-failure/sync-failure.entity.js';
import type { EntityChangeEvent, SyncFailureEvent } from '../../outbox/hub-events.js';
import { EntityChange } from '../common/change.types.js';
import { badInput } from '../../domain/errors.js';
import { checkResumePoint, logQueryOf } from '../change-log/change-log.service.js';
import { resumedChanges } from '../change-log/resumed-changes.js';

interface EntityChangedArgs {
  entityType?: EntityType | null;
  fields?: string[] | null;
  since?: string | null;
}

interface FailureChangedArgs {
  source?: FailureSource | null;
  entityType?: EntityType | null;
}

/** Live events over graphql-ws, from every hub instance (see live-events/notify-listener.ts). */
@Resolver()
export class EventsResolver {
  @Subscription(() => EntityChange, {
    description:
      'Every committed change; with fields, only changes whose changedFields meet them. With since (a position ' +
      'a change carried), first every logged change after it, in order, then the live ones.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, EntityChangedArgs, GraphQLContext>) => {
      // Checked when subscribing, not only per event: no rule, no stream.
      authorize(context.auth, 'Subscription.entityChanged');
      const since = args.since == null ? null : parsePosition(args.since);
      const query = since === null ? null : logQueryOf(context.em.fork());
      // Before listening: a position the log no longer holds is refused at once.
      const sinceSnapshot =
        since === null ? null : await checkResumePoint(query!, since, context.config.changeLogRetentionDays);
      const fields = args.fields?.length ? new Set(args.fields) : null;
      const live = context.pubSub.subscribeWhere(
        'entity.changed',
        (c: EntityChangeEvent) =>
          (!args.entityType || c.entityType === args.entityType) &&
          (!fields || !c.changedFields.length || c.changedFields.some((f) => fields.has(f))),
      );
      if (since === null) return live;
      const filter = { entityType: args.entityType, fields: args.fields };
      return resumedChanges({ query: query!, since, sinceSnapshot: sinceSnapshot!, filter, live });
    },
  })
  entityChanged(
    @Root() change: EntityChangeEvent,
    @Arg('entityType', () => EntityType, { nullable: true }) _entityType?: EntityType,
    @Arg('fields', () => [String], { nullable: true }) _fields?: string[],
    @Arg('since', () => ID, {
      nullable: true,
      description:
        'Resume after this position (an EntityChange.position): the changes logged since, then the live ones. ' +
        'Refused (BAD_USER_INPUT, reason CHANGE_LOG_EXPIRED) once the log no longer holds it.',
    })
    _since?: string,
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

/** A change log position as a client sends it: a positive integer, as a string or a number. */
function parsePosition(value: string | number): number {
  const text = String(value);
  const position = Number(text);
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(position) || position < 1) {
    throw badInput(`since must be a change log position (a positive integer); got ${JSON.stringify(value)}`);
  }
  return position;
}
