import type { EntityManager } from '@mikro-orm/postgresql';
import { prepared } from '../../db/prepared-statements.js';
import { sqlQuery } from '../../db/sql.js';
import { notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { enqueuePush } from '../../outbox/push-jobs.js';
import { EntityType, FailureSource, FailureStatus, OutboundQueueStatus, ProcessingState } from '../../domain/enums.js';
import { OutboundQueueItem } from './outbound-queue.entity.js';
import { notifyInTransaction } from '../../outbox/notify.js';

/**
 * Queues a push of one record: the OutboundQueue row and its graphile-worker job,
 * on `tx`'s connection, so they exist exactly when the caller's transaction
 * commits (the transactional outbox). The job key makes a second queueing of the
 * same row replace a job that has not started.
 */
export async function queuePush(
  tx: EntityManager,
  entityType: EntityType,
  entityId: string,
  payload: Record<string, unknown>,
): Promise<OutboundQueueItem> {
  const item = tx.create(OutboundQueueItem, {
    entityType,
    entityId,
    payload,
    status: OutboundQueueStatus.PENDING,
  } as OutboundQueueItem);
  await tx.flush();
  await enqueuePush(tx, item);
  return item;
}

/** `retryOutboundItem`: a FAILED (or stuck) push is queued again, from attempt zero. */
export async function retryOutboundItem(em: EntityManager, id: string): Promise<OutboundQueueItem> {
  return em.fork().transactional(async (tx) => {
    const item = await tx.findOne(OutboundQueueItem, { id: parseId(id) });
    if (!item) throw notFound(`No outbound queue item with id ${id}.`);
    if (item.status !== OutboundQueueStatus.COMPLETED) {
      item.status = OutboundQueueStatus.PENDING;
      item.attempts = 0;
      item.nextAttemptAt = null;
      await tx.flush();
      await enqueuePush(tx, item);
    }
    return item;
  });
}

/** What a push that succeeded writes (completePush). */
export interface CompletedPush {
  /** The OutboundQueue row. */
  itemId: string;
  /** The pushed record's table (quoted) and id. */
  table: string;
  recordId: string;
  /** Its Odoo id; null: none (nothing was made in Odoo), the stored one stays. */
  odooId: number | null;
  /** The record's updated_at (text) as the push left it: COMPLETED only if nobody changed it since. */
  updatedAt: string | null;
  /** Why the row's open failures are closed. */
  note: string;
  /**
   * Odoo ids of partners the push made or found (customers and addresses of an
   * order or a customer), written in the same statement: the column only, not
   * updated_at (which is the change feed's). The pushed record's own goes by `odooId`.
   */
  partnerOdooIds?: ReadonlyMap<string, number>;
}

/**
 * A push succeeded, in one statement of its transaction: the record gets its
 * Odoo id always, and COMPLETED (its processingState is also the webshop change
 * feed's) only if nothing changed it since the push read it and the webshop has
 * not claimed it; the row is COMPLETED; the failures a retry was for are closed
 * and announced. A named statement (prepared-statements.ts), one text per pushed
 * table: it runs once per push.
 */
export async function completePush(tx: EntityManager, push: CompletedPush): Promise<void> {
  const unchanged = `"updated_at"::text = $3 and "processing_state" <> $4`;
  const rows = await sqlQuery<ResolvedRow>(
    tx,
    prepared(`with "partners" as (
       update "partner" p set "odoo_id" = n."odoo_id" from unnest($11::uuid[], $12::int[]) as n("id", "odoo_id")
        where p."id" = n."id" and p."odoo_id" is distinct from n."odoo_id" and p."id" <> $1::uuid returning 1),
     "record" as (
       update ${push.table} set "odoo_id" = coalesce($2, "odoo_id"),
           "processing_state" = case when ${unchanged} then $5 else "processing_state" end,
           "error_message" = case when ${unchanged} then null else "error_message" end
        where "id" = $1 returning 1),
     "queue" as (
       update "outbound_queue" set "status" = $6, "last_error" = null, "next_attempt_at" = null
        where "id" = $7 returning 1)
     update "sync_failure" set "status" = $8, "resolved_at" = now(), "resolution_note" = $9, "updated_at" = now()
      where "outbound_queue_id" = $7 and "status" = $10 returning "id", "source", "entity_type"`),
    [
      push.recordId,
      push.odooId,
      push.updatedAt,
      ProcessingState.PROCESSING,
      ProcessingState.COMPLETED,
      OutboundQueueStatus.COMPLETED,
      push.itemId,
      FailureStatus.RESOLVED,
      push.note,
      FailureStatus.OPEN,
      [...(push.partnerOdooIds?.keys() ?? [])],
      [...(push.partnerOdooIds?.values() ?? [])],
    ],
  );
  await announceResolved(tx, rows);
}

type ResolvedRow = { id: string; source: FailureSource; entity_type: EntityType };

/** Subscribers and webhooks hear of each failure closed. */
async function announceResolved(tx: EntityManager, rows: ResolvedRow[]): Promise<void> {
  await notifyInTransaction(
    tx,
    rows.map((r) => ({ kind: 'failure', failure: { id: r.id, source: r.source, entityType: r.entity_type } })),
  );
}

/** Closes every open failure of one record (all its pushes), announcing each: what they were about is settled. */
export async function resolveOpenFailuresOf(
  tx: EntityManager,
  entityType: EntityType,
  entityId: string,
  note: string,
): Promise<void> {
  const rows = await sqlQuery<ResolvedRow>(
    tx,
    `update "sync_failure" set "status" = $1, "resolved_at" = now(), "resolution_note" = $2, "updated_at" = now()
      where "entity_type" = $3 and "entity_id" = $4 and "status" = $5 returning "id", "source", "entity_type"`,
    [FailureStatus.RESOLVED, note, entityType, entityId, FailureStatus.OPEN],
  );
  await announceResolved(tx, rows);
}
