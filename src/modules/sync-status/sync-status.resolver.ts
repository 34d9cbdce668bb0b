import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../common/request-context.js';
import { COUNT_COST, OwnCost } from '../common/own-cost.js';
import { circuitStatuses } from '../odoo-circuit/odoo-circuit.service.js';
import { latestConnectionCheck } from '../odoo-connection/odoo-connection.service.js';
import { requestConsumer } from '../consumer/request-consumer.js';
import { getSyncStatus } from './sync-status.service.js';
import { OdooPullProgress } from '../odoo-pull/pull-progress.entity.js';
import { pullProgress } from '../odoo-pull/pull-progress.service.js';
import type { PullProgressEvent } from '../../outbox/pull-progress-events.js';
import { OdooCircuitStatus, OdooConnectionStatusType, SyncStatus } from './sync-status.types.js';

@Resolver(() => SyncStatus)
export class SyncStatusResolver {
  @Query(() => SyncStatus)
  // Counts over six tables (the four Syncable ones, the outbound queue, the open failures).
  @OwnCost(6 * COUNT_COST)
  async syncStatus(@Ctx() ctx: GraphQLContext): Promise<SyncStatus> {
    // `changes` counts the calling token's consumer's states (the records' own for the default consumer).
    return getSyncStatus(ctx.em, await requestConsumer(ctx));
  }

  /** Read only when asked: a row per Odoo connection and a count over the paused rows' partial index. */
  @FieldResolver(() => [OdooCircuitStatus], {
    description: 'The circuit of each Odoo connection the hub pushes to (none before one ever opened).',
  })
  odooCircuits(@Ctx() ctx: GraphQLContext): Promise<OdooCircuitStatus[]> {
    return circuitStatuses(ctx.em);
  }

  /** One row: the newest check a worker stored at its start. */
  @FieldResolver(() => OdooConnectionStatusType, {
    nullable: true,
    description:
      'Whether the Odoo connection lets the hub do its job (the check a worker runs at its start); null before one ran.',
  })
  odooConnection(@Ctx() ctx: GraphQLContext): Promise<OdooConnectionStatusType | null> {
    return latestConnectionCheck(ctx.em);
  }

  /** One small table, a row per entity type a job ever pulled. */
  @FieldResolver(() => [OdooPullProgress], {
    description:
      "Each entity type's current or last pull from Odoo (written by the worker running it, per page): state, pages and records done, Odoo's estimate of the total, the last error.",
  })
  pulls(@Ctx() ctx: GraphQLContext): Promise<PullProgressEvent[]> {
    return pullProgress(ctx.em);
  }
}
