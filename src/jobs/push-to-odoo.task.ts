import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Config } from '../config.js';
import { EntityType, FailureSource, OutboundQueueStatus, ProcessingState } from '../domain/enums.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { completePush } from '../modules/outbound-queue/outbound-queue.service.js';
import { claimPush, type ClaimedPush } from '../modules/odoo-circuit/odoo-circuit.service.js';
import { enqueuePush } from '../outbox/push-jobs.js';
import { SYNCABLE_TYPES } from '../domain/syncable-types.js';
import { PUSHES } from '../odoo/push/pushes.js';
import { partnerLockSql } from '../odoo/push/partner.js';
import type { PushScope } from '../odoo/push/push-scope.js';
import { noteAnswers } from '../odoo/push/create-once.js';
import type { CreateNote } from '../modules/odoo-create/odoo-create.service.js';
import { recordSyncFailure } from '../modules/sync-failure/sync-failure.service.js';
import { failureText, mayPassOnRetry, OdooError } from '../odoo/odoo-error.js';
import { sqlQuery } from '../db/sql.js';
import { prepared } from '../db/prepared-statements.js';
import type { OdooTaskDeps } from './odoo.tasks.js';
import type { OdooCircuitBreaker } from '../odoo/odoo-circuit.js';
import type { Metrics } from '../observability/metrics.js';

const Payload = z.object({ queueItemId: z.uuid() });

/**
 * Takes the advisory lock a push holds, in one statement: a partner's top-most
 * parent (the customer its addresses belong to), a sale order's customer, a
 * purchase order itself. The record is the OutboundQueue row's and the key is
 * read with plain SQL in the same statement, so no entity is loaded (and cached)
 * before the lock is held, and the lock need not wait for the row's claim.
 *
 * Then, in the same statement and after it, the partner locks (partnerLockSql)
 * of the partners the row's payload names for searching ahead (`partners`,
 * written by placeSaleOrder for a customer Odoo does not know yet), in key
 * order, as lockPartners takes them: the push's searches for those partners can
 * start as soon as this returns, beside the read under the lock, instead of after
 * it (partnersByPayload, partner.ts). Returns the references so locked. The sort
 * comes before the locking projection (PostgreSQL evaluates volatile output
 * expressions after a Sort), so the push's own lock is always taken first.
 * Not for an order Odoo already has (a retry after its create): its push
 * searches for no partner. The read under the lock then takes the locks of the
 * partners the payload did not name (the customer's other addresses, a parent),
 * in key order after these; only partners shared across two customers' orders
 * could make two pushes wait for each other that way, which PostgreSQL detects
 * and the push retries.
 * A named statement (prepared-statements.ts), as are the push's claim and read:
 * each runs once per push, on its critical path.
 */
async function lockPush(tx: EntityManager, queueItemId: string): Promise<string[]> {
  const rows = await sqlQuery<{ ref: string | null }>(
    tx,
    prepared(`with recursive q as materialized (
         select o."entity_type", o."entity_id", o."payload",
                s."current_data"->>'customerExternalId' as "customer", s."odoo_id" as "order_odoo_id"
           from "outbound_queue" o left join "sale_order" s on o."entity_type" = $3 and s."id" = o."entity_id"
          where o."id" = $1::uuid),
       up("id", "parent_id", "external_id", "depth") as (
         select p."id", p."parent_id", p."external_id", 0 from q join "partner" p on q."entity_type" = $2 and p."id" = q."entity_id"
         union all
         select p."id", p."parent_id", p."external_id", 0 from q join "partner" p on p."external_id" = q."customer"
         union all
         select p."id", p."parent_id", p."external_id", u."depth" + 1 from "partner" p join up u on p."id" = u."parent_id"
          where u."depth" < 32),
       k("o", "ref", "key") as (
         select 0, null::text, coalesce(
           (select 'odoo_push:PARTNER:' || "external_id" from up order by "depth" desc limit 1),
           (select 'odoo_push:' || "entity_type" || ':' || "entity_id" from q),
           $1::text)
         union
         select 1, e."value"->>'ref', e."value"->>'ref'
           from q, jsonb_array_elements(case when jsonb_typeof(q."payload"->'partners') = 'array'
                                             then q."payload"->'partners' else '[]' end) e
          where q."entity_type" = $3 and q."order_odoo_id" is null and jsonb_typeof(e."value"->'ref') = 'string')
     select k."ref", case when k."o" = 0 then pg_advisory_xact_lock(hashtext(k."key"))
                          else ${partnerLockSql('k."key"')} end::text as "locked"
       from k order by k."o", k."key"`),
    [queueItemId, EntityType.PARTNER, EntityType.SALE_ORDER],
  );
  return rows.flatMap((r) => (r.ref === null ? [] : [r.ref]));
}

const tableOf = (entityType: EntityType) => `"${SYNCABLE_TYPES[entityType].table}"`;

/** Milliseconds before try `attempt + 1`: exponential from `baseMs`, capped at an hour, with ±50% jitter so retries do not march in step. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 3_600_000) * (0.5 + Math.random());
}

/** What a push reads under its lock: the queue row's status, the record's updated_at and columns, the create note. */
type QueueRead = {
  q__status: string;
  q__at: string | null;
  q__noted: boolean;
  q__attempted_at: Date | null;
  q__odoo_id: number | null;
  q__also?: unknown;
  id?: string | null;
} & Record<string, unknown>;

/** The OutboundQueue row a push works on (claimPush), and the error it records. */
type PushedItem = ClaimedPush & { lastError: string | null };

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
    if (!deps.odoo) {
      helpers.logger.warn('Odoo is not configured; the push stays queued until it is and the item is retried');
      await em.nativeUpdate(
        OutboundQueueItem,
        { id: queueItemId, status: { $ne: OutboundQueueStatus.COMPLETED } },
        { lastError: 'Odoo is not configured (ODOO_URL, ODOO_DB, ODOO_USERNAME, ODOO_API_KEY).' },
      );
      return;
    }
    // One statement: paused when Odoo is out of reach (the circuit is open), uncounted, until the probe
    // resumes it; else the attempt counted before Odoo is called (a crash mid-push still counts as one).
    // Committed on its own, beside the transaction's begin and lock (which do not need it); awaited
    // under the lock, before anything else: nothing is read for, or asked of, Odoo unless it claimed the row.
    const claiming = claimPush(em, deps.circuit?.checkedConnection ?? null, queueItemId);
    claiming.catch(() => undefined); // awaited in the transaction, or after its failure
    const pushing: { item?: PushedItem } = {};
    const odoo = deps.odoo;
    let externalId = queueItemId;
    const answers: CreateNote[] = [];
    try {
      const outcome = await em.transactional(async (tx) => {
        // Held while talking to Odoo, so two pushes for one customer never both
        // search, find nothing and both create; released by commit or rollback.
        const lockedPartners = await lockPush(tx, queueItemId);
        const claimed = await claiming;
        if (claimed === 'done') return 'not claimed' as const;
        if ('paused' in claimed) return claimed;
        const item: PushedItem = (pushing.item = { ...claimed, lastError: null });
        externalId = String(item.payload.externalId ?? item.entityId);
        const spec = PUSHES[item.entityType as keyof typeof PUSHES];
        if (!spec) throw new Error(`No push for ${item.entityType}`);
        const table = tableOf(item.entityType);
        const ahead = spec.searchAhead?.(odoo, item.payload, lockedPartners);
        // Read under the lock: another job for this row (a retry, an unlocked
        // job of a worker taken for dead) may have finished it meanwhile.
        // With the record's updated_at, to know later whether anything changed it meanwhile,
        // the note of the hub's create of it in Odoo, if any (create-once.ts), and the record
        // itself where it needs no relation loaded (a partner's parent is populated by the ORM).
        // A named statement: one text per entity type (its table and readAlso), none with a value in it.
        const withRecord = item.entityType !== EntityType.PARTNER;
        const [row] = await sqlQuery<QueueRead>(
          tx,
          prepared(`select ${withRecord ? 'r.*, ' : ''}${spec.readAlso ? `${spec.readAlso} as "q__also", ` : ''}q."status" as "q__status", r."updated_at"::text as "q__at",
                  c."entity_id" is not null as "q__noted", c."attempted_at" as "q__attempted_at", c."odoo_id" as "q__odoo_id"
             from "outbound_queue" q left join ${table} r on r."id" = q."entity_id"
             left join "odoo_create" c on c."entity_type" = $2 and c."entity_id" = q."entity_id"
            where q."id" = $1`),
          [item.id, item.entityType],
        );
        if (!row || row.q__status === OutboundQueueStatus.COMPLETED) return 'done by another job' as const;
        const { q__status: _status, q__at: at, q__noted, q__attempted_at, q__odoo_id, q__also, ...recordRow } = row;
        const record = withRecord
          ? recordRow.id
            ? // Not managed: nothing flushes it (the push writes with statements), so the commit has no snapshot to compare.
              tx.map(spec.entity, recordRow as never, { disableIdentityMap: true })
            : null
          : await tx.findOne(spec.entity, { id: item.entityId }, { populate: ['parent' as never] });
        if (!record) return 'gone' as const;
        externalId = record.externalId;
        const { orderPrices, pricesIncludeTax, confirmOrders, clockSkewMs } = deps.config.odoo;
        const scope: PushScope = {
          odoo,
          tx,
          outside: em,
          clockSkewMs,
          orders: { prices: orderPrices, pricesIncludeTax, confirm: confirmOrders },
          recordReadAt: at,
          recordSearch: ahead?.recordSearch ?? null,
          partnersAhead: ahead?.partnersAhead,
          readAlso: q__also,
          recordNote: q__noted ? { attemptedAt: new Date(q__attempted_at!), odooId: q__odoo_id } : null,
          answers,
        };
        const odooId = await spec.push(scope, record as never, item.payload);
        // The notes of Odoo's answers to this push's creates first: once the row is COMPLETED, nothing retries to make them.
        await noteAnswers(em, answers);
        await completePush(tx, {
          itemId: item.id,
          table,
          recordId: record.id,
          odooId,
          updatedAt: scope.recordUpdatedAt ?? at,
          partnerOdooIds: scope.partnerOdooIds,
          note:
            odooId === null
              ? `nothing to do in Odoo (the order was cancelled before it got there), attempt ${item.attempts}`
              : `pushed to Odoo (id ${odooId}) on attempt ${item.attempts}`,
        });
        return odooId;
      });
      if (outcome === 'not claimed') return;
      if (typeof outcome === 'object' && outcome) return void counted(outcome.paused, 'paused');
      const item = pushing.item!;
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
      // The notes of creates Odoo answered stay (outside the rolled-back transaction): a retry adopts those records.
      await noteAnswers(em, answers).catch(() => undefined);
      // Failed before the claim was awaited (the begin, the lock): the row's claim decides, as if it had come first.
      const claimed = pushing.item ?? (await claiming);
      if (claimed === 'done' || 'paused' in claimed) {
        if (claimed !== 'done') counted(claimed.paused, 'paused');
        return;
      }
      if (!pushing.item) externalId = String(claimed.payload.externalId ?? claimed.entityId);
      const item: PushedItem = (pushing.item ??= { ...claimed, lastError: null });
      const table = tableOf(item.entityType);
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
