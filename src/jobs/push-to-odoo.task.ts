import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Config } from '../config.js';
import { EntityType, FailureSource, OutboundQueueStatus, ProcessingState } from '../domain/enums.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { resolveFailuresOf } from '../modules/outbound-queue/outbound-queue.service.js';
import { enqueuePush } from '../outbox/push-jobs.js';
import { SYNCABLE_TYPES } from '../domain/syncable-types.js';
import { PUSHES } from '../odoo/push/pushes.js';
import type { PushScope } from '../odoo/push/push-scope.js';
import { recordSyncFailure } from '../modules/sync-failure/sync-failure.service.js';
import { failureText, mayPassOnRetry, OdooError } from '../odoo/odoo-error.js';
import { sqlQuery } from '../db/sql.js';
import type { OdooTaskDeps } from './odoo.tasks.js';
import type { OdooCircuitBreaker } from '../odoo/odoo-circuit.js';
import type { Metrics } from '../observability/metrics.js';

const Payload = z.object({ queueItemId: z.uuid() });

/**
 * The advisory lock a push holds: a partner's top-most parent (the customer its
 * addresses belong to), a sale order's customer, a purchase order itself. Read
 * with plain SQL, so no entity is loaded (and cached) before the lock is held.
 */
async function pushLockKey(em: EntityManager, entityType: EntityType, entityId: string): Promise<string> {
  const root = `with recursive up("id", "parent_id", "external_id", "depth") as (
      select p."id", p."parent_id", p."external_id", 0 from "partner" p where %START%
      union all
      select p."id", p."parent_id", p."external_id", u."depth" + 1 from "partner" p join up u on p."id" = u."parent_id"
       where u."depth" < 32)
    select "external_id" from up order by "depth" desc limit 1`;
  const start =
    entityType === EntityType.PARTNER
      ? 'p."id" = $1'
      : entityType === EntityType.SALE_ORDER
        ? `p."external_id" = (select "current_data"->>'customerExternalId' from "sale_order" where "id" = $1)`
        : null;
  if (!start) return `odoo_push:${entityType}:${entityId}`;
  const [row] = await sqlQuery<{ external_id: string }>(em, root.replace('%START%', start), [entityId]);
  return row ? `odoo_push:PARTNER:${row.external_id}` : `odoo_push:${entityType}:${entityId}`;
}

/** Milliseconds before try `attempt + 1`: exponential from `baseMs`, capped at an hour, with ±50% jitter so retries do not march in step. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 3_600_000) * (0.5 + Math.random());
}

/**
 * push_partner, push_sale_order, push_purchase_order: push one OutboundQueue row. Success records odooId and
 * completes the row (closing failures a retry was for). A transient error
 * schedules the next try itself (the row shows attempts and nextAttemptAt);
 * a permanent one, or the last try, fails the row and the record, opens a
 * SyncFailure with Odoo's own message, and the job completes either way. With
 * Odoo out of reach the circuit takes over (src/odoo/odoo-circuit.ts): the push
 * is paused, not retried, before Odoo is called when the circuit is open, and
 * after a connection failure, which opens it.
 */
export function pushToOdooTask(
  deps: OdooTaskDeps & { maxAttempts: number; config: Config; circuit?: OdooCircuitBreaker | null; metrics?: Metrics },
): Task {
  const counted = (entityType: EntityType, outcome: 'completed' | 'retrying' | 'failed' | 'paused') =>
    deps.metrics?.pushes.inc({ entity_type: entityType, outcome });
  return async (payload, helpers) => {
    const { queueItemId } = Payload.parse(payload);
    const em = deps.orm.em.fork();
    // Not managed: the row is written by single statements below, never by a flush.
    const item = await em.findOne(OutboundQueueItem, { id: queueItemId }, { disableIdentityMap: true });
    if (!item || item.status === OutboundQueueStatus.COMPLETED) return;
    const spec = PUSHES[item.entityType as keyof typeof PUSHES];
    if (!spec) throw new Error(`No push for ${item.entityType}`);
    if (!deps.odoo) {
      helpers.logger.warn('Odoo is not configured; the push stays queued until it is and the item is retried');
      await em.nativeUpdate(
        OutboundQueueItem,
        { id: item.id },
        { lastError: 'Odoo is not configured (ODOO_URL, ODOO_DB, ODOO_USERNAME, ODOO_API_KEY).' },
      );
      return;
    }
    // Odoo is out of reach (the circuit is open): the push waits, uncounted, until the probe resumes it.
    if (await deps.circuit?.pauseIfOpen(em, item.id)) return void counted(item.entityType, 'paused');
    // Counted before Odoo is called, in one statement: a crash mid-push still counts as an attempt.
    const [bumped] = await sqlQuery<{ attempts: number }>(
      em,
      `update "outbound_queue" set "status" = $1, "attempts" = "attempts" + 1, "paused_at" = null, "updated_at" = now()
        where "id" = $2 and "status" <> $3 returning "attempts"`,
      [OutboundQueueStatus.PROCESSING, item.id, OutboundQueueStatus.COMPLETED],
    );
    if (!bumped) return;
    item.attempts = bumped.attempts;
    const odoo = deps.odoo;
    const table = `"${SYNCABLE_TYPES[item.entityType].table}"`;
    let externalId = String(item.payload.externalId ?? item.entityId);
    try {
      const lockKey = await pushLockKey(em, item.entityType, item.entityId);
      const outcome = await em.transactional(async (tx) => {
        // Held while talking to Odoo, so two pushes for one customer never both
        // search, find nothing and both create; released by commit or rollback.
        await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [lockKey]);
        // Read under the lock: another job for this row (a retry, an unlocked
        // job of a worker taken for dead) may have finished it meanwhile.
        // With the record's updated_at, to know later whether anything changed it meanwhile.
        const [row] = await sqlQuery<{ status: string; at: string | null }>(
          tx,
          `select q."status", r."updated_at"::text as "at"
             from "outbound_queue" q left join ${table} r on r."id" = q."entity_id" where q."id" = $1`,
          [item.id],
        );
        if (row?.status === OutboundQueueStatus.COMPLETED) return 'done by another job' as const;
        const record = await tx.findOne(
          spec.entity,
          { id: item.entityId },
          item.entityType === EntityType.PARTNER ? { populate: ['parent' as never] } : {},
        );
        if (!record) return 'gone' as const;
        externalId = record.externalId;
        const { orderPrices, pricesIncludeTax, confirmOrders, clockSkewMs } = deps.config.odoo;
        const scope: PushScope = {
          odoo,
          tx,
          outside: em,
          clockSkewMs,
          orders: { prices: orderPrices, pricesIncludeTax, confirm: confirmOrders },
          recordReadAt: row?.at ?? null,
        };
        const odooId = await spec.push(scope, record as never, item.payload);
        // odooId always; COMPLETED only if nothing changed the record since it was
        // read (its processingState is also the webshop change feed's) and the
        // webshop has not claimed it.
        await sqlQuery(
          tx,
          `update ${table} set "odoo_id" = coalesce($2, "odoo_id"),
              "processing_state" = case when "updated_at"::text = $3 and "processing_state" <> $4 then $5 else "processing_state" end,
              "error_message" = case when "updated_at"::text = $3 and "processing_state" <> $4 then null else "error_message" end
            where "id" = $1`,
          [record.id, odooId, scope.recordUpdatedAt ?? row!.at, ProcessingState.PROCESSING, ProcessingState.COMPLETED],
        );
        await tx.nativeUpdate(
          OutboundQueueItem,
          { id: item.id },
          { status: OutboundQueueStatus.COMPLETED, lastError: null, nextAttemptAt: null },
        );
        await resolveFailuresOf(
          tx,
          item,
          odooId === null
            ? `nothing to do in Odoo (the order was cancelled before it got there), attempt ${item.attempts}`
            : `pushed to Odoo (id ${odooId}) on attempt ${item.attempts}`,
        );
        return odooId;
      });
      if (outcome === 'gone') {
        await em.nativeUpdate(
          OutboundQueueItem,
          { id: item.id, status: { $ne: OutboundQueueStatus.COMPLETED } },
          { status: OutboundQueueStatus.FAILED, lastError: 'The record to push no longer exists in the hub.' },
        );
        return;
      }
      if (outcome !== 'done by another job') {
        // Commit (the row's created_at, written with the record) to Odoo's answer, on the database's clock
        // for the start (created_at) and this worker's for the end: the same clock on one machine, NTP-close otherwise.
        deps.metrics?.pushLatency.observe(
          { entity_type: item.entityType },
          Math.max(0, Date.now() - item.createdAt.getTime()) / 1000,
        );
        counted(item.entityType, 'completed');
      }
      helpers.logger.debug(`push of ${item.entityType} ${externalId}: ${outcome}`);
    } catch (err) {
      // Odoo out of reach: the circuit opens and the push waits for it (no backoff, no SyncFailure).
      if (await deps.circuit?.pauseOnFailure(em, item, err)) {
        helpers.logger.warn(
          `push of ${item.entityType} ${externalId} paused, Odoo is out of reach: ${failureText(err)}`,
        );
        counted(item.entityType, 'paused');
        return;
      }
      const odooError = err instanceof OdooError ? err : null;
      // The SyncFailure gets Odoo's own message; the row its exception name too.
      const message = odooError ? odooError.message : failureText(err);
      item.lastError = failureText(err);
      if (mayPassOnRetry(err) && item.attempts < deps.maxAttempts) {
        const backoff = backoffMs(item.attempts, deps.config.odoo.pushRetryBaseMs);
        // A create that may still be running in Odoo: search again only once it must have finished.
        const delay = odooError?.uncertain ? Math.max(backoff, deps.config.odoo.uncertainRetryMs) : backoff;
        const nextAttemptAt = new Date(Date.now() + delay);
        // The row and its next job together: never a waiting row without a job.
        await em.transactional(async (tx) => {
          const updated = await tx.nativeUpdate(
            OutboundQueueItem,
            { id: item.id, status: { $ne: OutboundQueueStatus.COMPLETED } },
            { status: OutboundQueueStatus.PENDING, nextAttemptAt, lastError: item.lastError },
          );
          if (updated) await enqueuePush(tx, item, nextAttemptAt);
        });
        counted(item.entityType, 'retrying');
        return;
      }
      // The row, the record and the SyncFailure together: whoever sees one FAILED sees the others.
      const failed = await em.transactional(async (tx) => {
        const updated = await tx.nativeUpdate(
          OutboundQueueItem,
          { id: item.id, status: { $ne: OutboundQueueStatus.COMPLETED } },
          { status: OutboundQueueStatus.FAILED, nextAttemptAt: null, lastError: item.lastError },
        );
        if (!updated) return false;
        // A record the webshop has claimed keeps its state (its acknowledgement must match); the message is set.
        await sqlQuery(
          tx,
          `update ${table} set "error_message" = $2,
              "processing_state" = case when "processing_state" = $3 then "processing_state" else $4 end
            where "id" = $1`,
          [item.entityId, message, ProcessingState.PROCESSING, ProcessingState.FAILED],
        );
        await recordSyncFailure(tx, {
          entityType: item.entityType,
          externalId,
          entityId: item.entityId,
          outboundQueueItemId: item.id,
          source: FailureSource.ODOO,
          errorMessage: message,
        });
        return true;
      });
      if (failed) counted(item.entityType, 'failed');
      if (failed) helpers.logger.error(`push of ${item.entityType} ${externalId} failed for good: ${item.lastError}`);
    }
  };
}
