import { badInput } from '../../domain/errors.js';
import type { EntityType, ProcessingState } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import type { SqlConditions } from '../common/pagination.js';
import type { Consumer } from '../consumer/consumer.entity.js';

/**
 * A non-default consumer's processing state of a record, as SQL: the one
 * definition its claim (consumer-feed.service.ts), the feed fields
 * (consumer-fields.ts), the lists' `processingState` filter and
 * `syncStatus.changes` all read (docs/consumers.md). Its terms:
 *
 * - `s`: the consumer's `consumer_feed_state` row of the record (left-joined: may be null);
 * - the horizon: every change at or before it was handed to the consumer or sits in its rows;
 * - taken: `s` holds the record's current change as done (completed or failed after the claim
 *   took it), so the claim skips it.
 *
 * A record is PENDING for the consumer exactly when its claim would hand it out: its row says
 * pending, or it changed after the horizon and the row does not hold that change as done.
 * PROCESSING is the row's lease (live or expired, as for the default consumer); otherwise the
 * row's state, or COMPLETED for a record with no row from before the horizon.
 */

/** SQL: the consumer's horizon of a type (`-infinity` before its first claim); its arguments are SQL too. */
export const horizonSql = (consumerId: string, entityType: string) =>
  `coalesce((select h."horizon" from "consumer_cursor" h
              where h."consumer_id" = ${consumerId} and h."entity_type" = ${entityType}), '-infinity')`;

/** SQL: the state row `s` holds the change of the record `r` as done (the claim skips it). */
export const takenSql = (s: string, r: string) =>
  `(${s}."state" in ('completed', 'failed') and ${s}."seen_at" >= ${r}."updated_at")`;

/** SQL: the record `r`'s state for the consumer whose row `s` (left-joined) and horizon (SQL) are given. */
export const consumerStateSql = (r: string, s: string, horizon: string) =>
  `case when ${s}."state" in ('pending', 'processing') then ${s}."state"
        when ${r}."updated_at" > ${horizon} and not coalesce(${takenSql(s, r)}, false) then 'pending'
        else coalesce(${s}."state", 'completed') end`;

/** SQL: the consumer's rows `s` of one type joined to the records `r` of its table (arguments SQL too). */
export const joinRows = (r: string, s: string, consumerId: string, entityType: string) =>
  `left join "consumer_feed_state" ${s} on ${s}."consumer_id" = ${consumerId} and ${s}."entity_type" = ${entityType}
                                         and ${s}."record_id" = ${r}."id"`;

/**
 * Adds to `where` (a list's conditions on its row `t`): `t` is in `state` for the consumer.
 * Exactly {@link consumerStateSql} = state, read from index ranges rather than the whole
 * table: a record in that state either changed after the horizon (the `updated_at` index),
 * or its row has that state (the state rows' index), or, COMPLETED only, has no row and is
 * older than the horizon. Each record after the horizon probes its row by primary key (the
 * lateral `offset 0` keeps the planner, which cannot know the horizon, from scanning all the
 * consumer's rows for a hash join), as the claim does.
 */
export function addConsumerStateCondition(
  where: SqlConditions,
  consumer: Consumer,
  entityType: EntityType,
  state: ProcessingState,
): void {
  checkFollows(consumer, entityType);
  const { table } = SYNCABLE_TYPES[entityType];
  const [id, type, wanted] = [consumer.id, entityType, state].map((value) => `$${where.param(value)}`) as [
    string,
    string,
    string,
  ];
  const horizon = horizonSql(`${id}::uuid`, `${type}::text`);
  where.add(`t."id" in (
      select r."id" from "${table}" r
        left join lateral (select * from "consumer_feed_state" s
                            where s."consumer_id" = ${id}::uuid and s."entity_type" = ${type}::text
                              and s."record_id" = r."id" offset 0) s on true
       where r."updated_at" > ${horizon} and ${consumerStateSql('r', 's', horizon)} = ${wanted}::text
      union all
      select r."id" from "consumer_feed_state" s join "${table}" r on r."id" = s."record_id"
       where s."consumer_id" = ${id}::uuid and s."entity_type" = ${type}::text and s."state" = ${wanted}::text
         and r."updated_at" <= ${horizon}
      union all
      select r."id" from "${table}" r
       where ${wanted}::text = 'completed' and r."updated_at" <= ${horizon}
         and not exists (select 1 from "consumer_feed_state" s where s."consumer_id" = ${id}::uuid
                           and s."entity_type" = ${type}::text and s."record_id" = r."id"))`);
}

/**
 * SQL: the consumer's count of records of `entityType` per state (`entity_type`,
 * `processing_state`, `count`): one scan of the table joined to the consumer's rows,
 * as the default consumer's count scans it. `consumerId` is SQL (a bound parameter).
 */
export function consumerStateCountsSql(entityType: EntityType, consumerId: string): string {
  const { table } = SYNCABLE_TYPES[entityType];
  const [id, type] = [`${consumerId}::uuid`, `'${entityType}'::text`];
  const horizon = horizonSql(id, type);
  return `select ${type} as entity_type, ${consumerStateSql('r', 's', horizon)} as processing_state, count(*)::int as count
            from "${table}" r ${joinRows('r', 's', id, type)} group by 2`;
}

/** Whether `consumer` follows `entityType` (an empty list follows every type). */
export const follows = (consumer: Consumer, entityType: EntityType) =>
  consumer.entityTypes.length === 0 || consumer.entityTypes.includes(entityType);

/** A consumer has no state of a type it does not follow: asking for one is a mistake, said plainly. */
export function checkFollows(consumer: Consumer, entityType: EntityType): void {
  if (!follows(consumer, entityType)) {
    throw badInput(
      `Consumer "${consumer.name}" does not follow ${entityType.toUpperCase()}: it has no processing state for it ` +
        '(its feed hands none out). Add the type to its entityTypes (updateConsumer), or filter without processingState.',
    );
  }
}
