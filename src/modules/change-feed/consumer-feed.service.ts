import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType } from '../../domain/enums.js';
import type { SyncableEntity } from '../common/base.entity.js';
import type { Consumer } from '../consumer/consumer.entity.js';
import {
  checkClaimLimit,
  feedOf,
  openWebshopFailures,
  SAME_CLAIM,
  sortAcknowledgements,
  type Acknowledgement,
} from './change-feed.service.js';
import { follows, horizonSql, takenSql } from './consumer-state.js';

/**
 * How late a change may commit after its `updated_at` (the time its statement
 * ran) and still be found by a consumer's claim: the claim cursor never passes
 * `now() - LATE_COMMIT_MS`, so a caught-up claim re-reads the changes of this
 * window (cheap: an index range) and misses no slow ingest transaction.
 */
export const LATE_COMMIT_MS = 10 * 60_000;

/**
 * A non-default consumer's claim: up to `limit` records changed since it last
 * took them (or never taken), oldest change first, plus its expired leases and
 * the records that changed while it processed them. Each becomes PROCESSING for
 * this consumer only, in its own state row; the records are not written. The
 * consumer's cursor row is locked for the claim, so its claimers take turns
 * (each claim is a few index reads) and never get the same record in one lease.
 */
export async function claimForConsumer(
  em: EntityManager,
  consumer: Consumer,
  entityType: EntityType,
  limit: number,
  leaseMs: number,
): Promise<SyncableEntity[]> {
  const { table, entity } = feedOf(entityType);
  checkClaimLimit(limit);
  if (!follows(consumer, entityType)) return [];
  const claimed = await em.fork().transactional(async (tx) => {
    await sqlQuery(
      tx,
      `insert into "consumer_cursor" ("consumer_id", "entity_type") values ($1, $2) on conflict do nothing`,
      [consumer.id, entityType],
    );
    await sqlQuery(tx, `select 1 from "consumer_cursor" where "consumer_id" = $1 and "entity_type" = $2 for update`, [
      consumer.id,
      entityType,
    ]);
    const rows = await sqlQuery<{ id: string; updated_at: Date }>(
      tx,
      `with chosen as (
         (select r."id", r."updated_at" from "${table}" r
           where r."updated_at" > ${horizonSql('$1', '$2')}
             and not exists (select 1 from "consumer_feed_state" s
                              where s."consumer_id" = $1 and s."entity_type" = $2 and s."record_id" = r."id"
                                and ((s."state" = 'processing' and s."fetched_at" >= clock_timestamp() - $3 * interval '1 millisecond')
                                  or ${takenSql('s', 'r')}))
           order by r."updated_at", r."id" limit $4)
         union
         (select r."id", r."updated_at" from "consumer_feed_state" s join "${table}" r on r."id" = s."record_id"
           where s."consumer_id" = $1 and s."entity_type" = $2
             and (s."state" = 'pending'
               or (s."state" = 'processing' and s."fetched_at" < clock_timestamp() - $3 * interval '1 millisecond'))
           order by r."updated_at", r."id" limit $4)
         order by "updated_at", "id" limit $4
       ), claimed as (
         insert into "consumer_feed_state" ("consumer_id", "entity_type", "record_id", "state", "seen_at", "fetched_at")
         select $1::uuid, $2::text, c."id", 'processing', c."updated_at", clock_timestamp() from chosen c
         on conflict ("consumer_id", "entity_type", "record_id") do update
           set "state" = 'processing', "seen_at" = excluded."seen_at", "fetched_at" = excluded."fetched_at"
         returning "record_id"
       )
       select c."id", c."updated_at" from chosen c join claimed k on k."record_id" = c."id"
        order by c."updated_at", c."id"`,
      [consumer.id, entityType, leaseMs, limit],
    );
    // Every change before the last one handed out is taken (or in the state table); a short batch took them all.
    // Never past the late-commit window, nor backwards.
    const upTo = rows.length === limit ? rows.at(-1)!.updated_at : null;
    await sqlQuery(
      tx,
      `update "consumer_cursor"
          set "horizon" = greatest("horizon", least(clock_timestamp() - $3 * interval '1 millisecond',
                                                    coalesce($4::timestamptz - interval '1 microsecond', 'infinity')))
        where "consumer_id" = $1 and "entity_type" = $2`,
      [consumer.id, entityType, LATE_COMMIT_MS, upTo],
    );
    return rows.map((r) => r.id);
  });
  if (!claimed.length) return [];
  return em.fork().find(entity, { id: { $in: claimed } }, { orderBy: { updatedAt: 'asc', id: 'asc' } });
}

/**
 * A non-default consumer's acknowledgements, in its own state rows: COMPLETED or
 * FAILED, or PENDING again when the record changed after the claim took it.
 * FAILED keeps the error, counts a retry and opens a SyncFailure naming the consumer.
 */
export async function acknowledgeForConsumer(
  em: EntityManager,
  consumer: Consumer,
  entityType: EntityType,
  results: Acknowledgement[],
): Promise<{ completed: number; failed: number }> {
  const { table } = feedOf(entityType);
  const { completed, failed } = sortAcknowledgements(results);
  const sameClaim = SAME_CLAIM('s');
  const next = (state: string) => `case when t."updated_at" > s."seen_at" then 'pending' else '${state}' end`;
  return em.fork().transactional(async (tx) => {
    const done = completed.length
      ? await sqlQuery<{ id: string }>(
          tx,
          `update "consumer_feed_state" s set "state" = ${next('completed')}
             from jsonb_to_recordset($3::jsonb) as r("id" uuid, "claimed_at" timestamptz), "${table}" t
            where s."consumer_id" = $1 and s."entity_type" = $2 and s."record_id" = r."id" and t."id" = r."id"
              and s."state" = 'processing' and ${sameClaim}
            returning s."record_id" as "id"`,
          [consumer.id, entityType, JSON.stringify(completed)],
        )
      : [];
    const broken = failed.length
      ? await sqlQuery<{ id: string; external_id: string; message: string }>(
          tx,
          `update "consumer_feed_state" s set "state" = ${next('failed')},
                  "error_message" = r."message", "retry_count" = s."retry_count" + 1
             from jsonb_to_recordset($3::jsonb) as r("id" uuid, "claimed_at" timestamptz, "message" text), "${table}" t
            where s."consumer_id" = $1 and s."entity_type" = $2 and s."record_id" = r."id" and t."id" = r."id"
              and s."state" = 'processing' and ${sameClaim}
            returning s."record_id" as "id", t."external_id", r."message"`,
          [consumer.id, entityType, JSON.stringify(failed)],
        )
      : [];
    await openWebshopFailures(tx, entityType, broken, consumer.id);
    return { completed: done.length, failed: broken.length };
  });
}
