import DataLoader from 'dataloader';
import type { GraphQLFieldResolver } from 'graphql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, ProcessingState } from '../../domain/enums.js';
import { CLAIMED_TYPES, SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import type { GraphQLContext } from '../common/request-context.js';
import type { Consumer } from '../consumer/consumer.entity.js';
import { requestConsumer } from '../consumer/request-consumer.js';
import { dollarParams, flaggedSql, type FlagKind } from './consumer-flags.service.js';
import { consumerStateSql, follows, horizonSql, joinRows } from './consumer-state.js';

/** A record's feed fields as one non-default consumer sees them. */
interface FeedView {
  processingState: ProcessingState;
  fetchedAt: Date | null;
  errorMessage: string | null;
  retryCount: number;
  flagged: boolean;
}

const NOT_FOUND: FeedView = {
  processingState: ProcessingState.PENDING,
  fetchedAt: null,
  errorMessage: null,
  retryCount: 0,
  flagged: false,
};

interface StateRow {
  id: string;
  state: ProcessingState;
  fetched_at: Date | null;
  error_message: string | null;
  retry_count: number | null;
}

/** A claimed type's state for the consumer (consumer-state.ts); a pending record's previous error goes, as on the record. */
function viewOf(row: StateRow | undefined): FeedView {
  if (!row) return NOT_FOUND;
  return {
    processingState: row.state,
    fetchedAt: row.fetched_at && new Date(row.fetched_at),
    errorMessage: row.state === ProcessingState.PENDING ? null : row.error_message,
    retryCount: row.retry_count ?? 0,
    flagged: false,
  };
}

async function readViews(ctx: GraphQLContext, consumer: Consumer, entityType: EntityType, ids: readonly string[]) {
  const { table, feed } = SYNCABLE_TYPES[entityType];
  if (feed.kind === 'flag') {
    const values: unknown[] = [ids];
    const kind: FlagKind = entityType === EntityType.STOCK ? 'stock' : 'price';
    const rows = await sqlQuery<{ id: string; flagged: boolean }>(
      ctx.em,
      `select r."id", ${flaggedSql(consumer, kind, 'r', dollarParams(values))} as "flagged"
         from "${table}" r where r."id" = any($1::uuid[])`,
      values,
    );
    const byId = new Map(rows.map((r) => [r.id, r.flagged]));
    return ids.map((id) => ({ ...NOT_FOUND, flagged: byId.get(id) ?? false }));
  }
  const horizon = horizonSql('$2', '$3');
  const rows = await sqlQuery<StateRow>(
    ctx.em,
    `select r."id", ${consumerStateSql('r', 's', horizon)} as "state", s."fetched_at", s."error_message", s."retry_count"
       from "${table}" r
       ${joinRows('r', 's', '$2', '$3')}
      where r."id" = any($1::uuid[])`,
    [ids, consumer.id, entityType],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => (follows(consumer, entityType) ? viewOf(byId.get(id)) : NOT_FOUND));
}

const loaders = new WeakMap<GraphQLContext, Map<EntityType, DataLoader<string, FeedView>>>();

/** One query per entity type per request, however many records a response holds. */
function view(ctx: GraphQLContext, consumer: Consumer, entityType: EntityType, id: string): Promise<FeedView> {
  let byType = loaders.get(ctx);
  if (!byType) loaders.set(ctx, (byType = new Map()));
  let loader = byType.get(entityType);
  if (!loader) {
    loader = new DataLoader((ids) => readViews(ctx, consumer, entityType, ids), { cache: false });
    byType.set(entityType, loader);
  }
  return loader.load(id);
}

type Root = Record<string, unknown> & { id: string };

/** The record's own column for the default consumer (synchronously: no cost added), else the consumer's view. */
function feedField(entityType: EntityType, field: string, pick: (v: FeedView) => unknown) {
  const resolve: GraphQLFieldResolver<Root, GraphQLContext> = (root, _args, ctx) => {
    const consumer = requestConsumer(ctx);
    if (!consumer) return root[field];
    return consumer.then((c) => (c ? view(ctx, c, entityType, root.id).then(pick) : root[field]));
  };
  return resolve;
}

/**
 * The feed fields that answer for the calling token's consumer (installed on the
 * built schema in place of the plain property reads): a Syncable's
 * processingState, fetchedAt, errorMessage and retryCount, a stock row's
 * isQuantityChanged and a price's priceChanged.
 */
export const CONSUMER_FIELD_RESOLVERS: Record<string, GraphQLFieldResolver<Root, GraphQLContext>> = {
  ...Object.fromEntries(
    CLAIMED_TYPES.map((type) => [type, SYNCABLE_TYPES[type].entity] as const).flatMap(([type, name]) => [
      [`${name}.processingState`, feedField(type, 'processingState', (v) => v.processingState)],
      [`${name}.fetchedAt`, feedField(type, 'fetchedAt', (v) => v.fetchedAt)],
      [`${name}.errorMessage`, feedField(type, 'errorMessage', (v) => v.errorMessage)],
      [`${name}.retryCount`, feedField(type, 'retryCount', (v) => v.retryCount)],
    ]),
  ),
  [`${SYNCABLE_TYPES.stock.entity}.isQuantityChanged`]: feedField(
    EntityType.STOCK,
    'isQuantityChanged',
    (v) => v.flagged,
  ),
  [`${SYNCABLE_TYPES.pricelist_item.entity}.priceChanged`]: feedField(
    EntityType.PRICELIST_ITEM,
    'priceChanged',
    (v) => v.flagged,
  ),
};
