import { sqlQuery } from '../../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { badInput } from '../../domain/errors.js';
import { parseIds } from '../common/ids.js';
import { SYNCABLE_TYPES, type ClaimedType } from '../../domain/syncable-types.js';
import { claimedEntity } from '../syncable-entities.js';
import type { SyncableEntity } from '../common/base.entity.js';
import { EntityType, FailureSource, ProcessingState } from '../../domain/enums.js';
import { notifyInTransaction } from '../../outbox/notify.js';

export const MAX_CLAIM = 1000;

export function feedOf(entityType: EntityType): { table: string; entity: EntityClass<SyncableEntity> } {
  const spec = SYNCABLE_TYPES[entityType];
  if (spec.feed.kind !== 'claim') {
    throw badInput(
      `${entityType.toUpperCase()} has no change feed: read stocks/pricelistItems with filter { changedOnly: true } ` +
        'and clear the flags with acknowledgeStockChanges/acknowledgePriceChanges.',
    );
  }
  return { table: spec.table, entity: claimedEntity(entityType as ClaimedType) };
}

/**
 * Hands out up to `limit` PENDING records, oldest change first, each to one
 * claimer only (`FOR UPDATE SKIP LOCKED`): they become PROCESSING with fetchedAt
 * set. A claim not acknowledged within `leaseMs` is handed out again.
 */
export async function claimChanges(
  em: EntityManager,
  entityType: EntityType,
  limit: number,
  leaseMs: number,
): Promise<SyncableEntity[]> {
  const { table, entity } = feedOf(entityType);
  checkClaimLimit(limit);
  const rows = await sqlQuery<{ id: string }>(
    em,
    `update "${table}" t set "processing_state" = 'processing', "fetched_at" = clock_timestamp()
       from (select "id" from "${table}"
              where "processing_state" = 'pending'
                 or ("processing_state" = 'processing' and "fetched_at" < clock_timestamp() - $1 * interval '1 millisecond')
              order by "updated_at", "id" limit $2 for update skip locked) c
      where t."id" = c."id"
      returning t."id"`,
    [leaseMs, limit],
  );
  if (!rows.length) return [];
  return em.fork().find(entity, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { updatedAt: 'asc', id: 'asc' } });
}

export function checkClaimLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CLAIM)
    throw badInput(`\`limit\` must be between 1 and ${MAX_CLAIM}; got ${limit}.`);
}

export interface Acknowledgement {
  id: string;
  state: ProcessingState;
  errorMessage?: string | null;
  /** The claim's fetchedAt; when given, only that claim is acknowledged (not one handed out after it). */
  claimedAt?: Date | null;
}

/** An acknowledgement as SQL takes it (jsonb_to_recordset). */
export interface AckRow {
  id: string;
  claimed_at: string | null;
  message?: string;
}

/** Checks a batch of acknowledgements and splits it into COMPLETED and FAILED rows. */
export function sortAcknowledgements(results: Acknowledgement[]): { completed: AckRow[]; failed: AckRow[] } {
  if (results.length > MAX_CLAIM) throw badInput(`At most ${MAX_CLAIM} results per call; got ${results.length}.`);
  results.forEach((r, i) => {
    if (r.state !== ProcessingState.COMPLETED && r.state !== ProcessingState.FAILED) {
      throw badInput(`results[${i}].state must be COMPLETED or FAILED; got ${r.state.toUpperCase()}.`);
    }
  });
  const ids = parseIds(
    results.map((r) => r.id),
    'results.id',
  );
  const claimedAt = (i: number) => results[i]!.claimedAt?.toISOString() ?? null;
  const completed = ids
    .map((id, i) => ({ id, claimed_at: claimedAt(i) }))
    .filter((_, i) => results[i]!.state === ProcessingState.COMPLETED);
  const failed = results
    .map((r, i) => ({
      id: ids[i]!,
      claimed_at: claimedAt(i),
      message: r.errorMessage?.trim() || 'The webshop reported a failure without a message.',
    }))
    .filter((_, i) => results[i]!.state === ProcessingState.FAILED);
  return { completed, failed };
}

/** Whether the claim row `alias` is the one an acknowledgement names (its fetchedAt, to the millisecond), if any. */
export const SAME_CLAIM = (alias: string) =>
  `(r."claimed_at" is null or date_trunc('milliseconds', ${alias}."fetched_at") = r."claimed_at")`;

/**
 * COMPLETED or FAILED for claimed records. A record that changed again while it
 * was being processed goes back to PENDING instead, so that change is handed out
 * too. FAILED keeps the error, counts a retry and opens a SyncFailure (WEBSHOP).
 */
export async function acknowledgeChanges(
  em: EntityManager,
  entityType: EntityType,
  results: Acknowledgement[],
): Promise<{ completed: number; failed: number }> {
  const { table } = feedOf(entityType);
  const { completed, failed } = sortAcknowledgements(results);
  // The API shows fetchedAt to the millisecond; the column keeps microseconds.
  const sameClaim = SAME_CLAIM('t');

  return em.fork().transactional(async (tx) => {
    const done = completed.length
      ? await sqlQuery<{ id: string }>(
          tx,
          `update "${table}" t set "processing_state" = case when t."updated_at" > t."fetched_at" then 'pending' else 'completed' end
             from jsonb_to_recordset($1::jsonb) as r("id" uuid, "claimed_at" timestamptz)
            where t."id" = r."id" and t."processing_state" = 'processing' and ${sameClaim} returning t."id"`,
          [JSON.stringify(completed)],
        )
      : [];
    const broken = failed.length
      ? await sqlQuery<{ id: string; external_id: string; message: string }>(
          tx,
          `update "${table}" t set "processing_state" = case when t."updated_at" > t."fetched_at" then 'pending' else 'failed' end,
                  "error_message" = r."message", "retry_count" = t."retry_count" + 1
             from jsonb_to_recordset($1::jsonb) as r("id" uuid, "claimed_at" timestamptz, "message" text)
            where t."id" = r."id" and t."processing_state" = 'processing' and ${sameClaim}
            returning t."id", t."external_id", r."message"`,
          [JSON.stringify(failed)],
        )
      : [];
    await openWebshopFailures(tx, entityType, broken);
    return { completed: done.length, failed: broken.length };
  });
}

/**
 * Opens a SyncFailure (source WEBSHOP) per record a consumer reported FAILED, and
 * announces them; `consumerId`: the non-default consumer that reported them.
 */
export async function openWebshopFailures(
  tx: EntityManager,
  entityType: EntityType,
  broken: readonly { id: string; external_id: string; message: string }[],
  consumerId: string | null = null,
): Promise<void> {
  if (!broken.length) return;
  const failures = await sqlQuery<{ id: string }>(
    tx,
    `insert into "sync_failure" ("id", "entity_type", "external_id", "entity_id", "source", "status", "error_message", "consumer_id", "created_at", "updated_at")
     select uuid_v7(), $1, r."external_id", r."id", $2, 'open', r."message", $4, now(), now()
       from jsonb_to_recordset($3::jsonb) as r("id" uuid, "external_id" text, "message" text)
     returning "id"`,
    [entityType, FailureSource.WEBSHOP, JSON.stringify(broken), consumerId],
  );
  await notifyInTransaction(
    tx,
    failures.map((f) => ({ kind: 'failure', failure: { id: f.id, source: FailureSource.WEBSHOP, entityType } })),
  );
}

/** Clears the "changed" flag of stock rows or prices the webshop has taken in; returns how many it cleared. */
export async function acknowledgeFlags(
  em: EntityManager,
  kind: 'stock' | 'price',
  ids: string[],
  seenAt?: Date | null,
): Promise<number> {
  if (ids.length > MAX_CLAIM) throw badInput(`At most ${MAX_CLAIM} ids per call; got ${ids.length}.`);
  const [table, flag] = kind === 'stock' ? ['stock', 'is_quantity_changed'] : ['pricelist_item', 'price_changed'];
  const rows = await sqlQuery<{ id: string }>(
    em,
    `update "${table}" set "${flag}" = false where "id" = any($1::uuid[]) and "${flag}"
        and ($2::timestamptz is null or date_trunc('milliseconds', "updated_at") <= $2) returning "id"`,
    [parseIds(ids), seenAt?.toISOString() ?? null],
  );
  return rows.length;
}
