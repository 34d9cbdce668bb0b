import type { EntityManager } from '@mikro-orm/postgresql';
import type { Dispatcher } from 'undici';
import type { Config } from '../../config.js';
import { sqlQuery } from '../../db/sql.js';
import { EntityType, FailureSource, WebhookDirection } from '../../domain/enums.js';
import type { Logger } from '../../observability/logger.js';
import type { LoggedFetch } from '../../observability/outbound-http.js';
import type { Metrics } from '../../observability/metrics.js';
import { enqueueDelivery } from '../../outbox/webhook-fan-out.js';
import { notifyInTransaction } from '../../outbox/notify.js';
import { endpointFailed, nextDelayMs } from './delivery-schedule.js';
import { sendDelivery, type Answer } from './delivery-send.js';
import { createDeliveryStore, writeDelivered, type DeliveryRow, type DeliveryStore } from './delivery-store.js';

/**
 * One attempt of one delivery, and what follows from its answer:
 * 2xx → DELIVERED; 410 Gone → FAILED and the config deactivated; anything else
 * (another status, a redirect, no answer within the timeout) → the next attempt
 * is scheduled (Retry-After for 429/503, else WEBHOOK_RETRY_SCHEDULE with
 * jitter) by re-enqueueing the job with run_at, so the row shows attempts and
 * nextAttemptAt exactly; with no attempt left → FAILED with an open SyncFailure
 * linked to it (the same one again when a replay fails too). An endpoint whose
 * attempts have all failed for WEBHOOK_DISABLE_AFTER_DAYS is deactivated, with
 * a SyncFailure saying why.
 */

/** What an attempt needs. */
export interface DeliveryDeps {
  /** The root EntityManager (forked per use). */
  em: EntityManager;
  /** The logged fetch: every attempt lands in ApiLog. */
  fetch: LoggedFetch;
  config: Pick<Config, 'webhooks' | 'webhookAllowPrivate'>;
  logger: Logger;
  /** Where connections are opened; by default one that refuses private addresses unless they are allowed. */
  dispatcher?: Dispatcher;
  /** Reads and writes shared by the deliveries in flight (see createDeliveryStore); by default, one of its own. */
  store?: DeliveryStore;
  /** Outcomes and lag by endpoint, for /metrics. */
  metrics?: Pick<Metrics, 'webhookDeliveries' | 'webhookDeliveryLag'> | undefined;
}

export type AttemptOutcome = 'skipped' | 'delivered' | 'retrying' | 'failed' | 'disabled';

// Conditional on the attempt count the attempt started from, as every write of a result is (see
// delivery-store.ts): a replay that reset the row meanwhile wins, and this attempt's result is dropped.
const ATTEMPT_FAILED = `
update "webhook_delivery" set "status" = case when $6 then 'failed' else 'pending' end, "attempts" = $2,
       "response_status" = $3, "last_error" = $4,
       "next_attempt_at" = case when $6 then null else now() + $5 * interval '1 millisecond' end, "updated_at" = now()
 where "id" = $1 and "status" = 'pending' and "attempts" = $2 - 1
returning "next_attempt_at"`;

// A delivery has at most one open SyncFailure: a replay that fails again ($6, the
// failure its earlier round opened, still open) updates that one rather than
// leaving it open and unlinked beside a new one.
const OPEN_FAILURE = `
with "kept" as (
  update "sync_failure" set "external_id" = $2::text, "error_message" = $4::text, "updated_at" = now()
   where "id" = $6::uuid and "status" = 'open'
  returning "id"
), "created" as (
  insert into "sync_failure" ("id", "entity_type", "external_id", "source", "status", "error_message", "created_at", "updated_at")
  select uuid_v7(), $1::text, $2::text, $3::text, 'open', $4::text, now(), now() where not exists (select 1 from "kept")
  returning "id"
), "f" as (select "id" from "kept" union all select "id" from "created")
update "webhook_delivery" d set "sync_failure_id" = f."id", "status" = 'failed', "next_attempt_at" = null
  from "f" where d."id" = $5
returning f."id"`;

const RESOLVE_FAILURE = `
update "sync_failure" set "status" = 'resolved', "resolved_at" = now(), "updated_at" = now(),
       "resolution_note" = 'The webhook was delivered on a later attempt (redeliverWebhook).'
 where "id" = $1 and "status" = 'open'
returning "id", "source", "entity_type"`;

/** Runs one attempt of delivery `deliveryId` and records it; returns what became of it. */
export async function attemptDelivery(deps: DeliveryDeps, deliveryId: string): Promise<AttemptOutcome> {
  const store = deps.store ?? createDeliveryStore(deps.em);
  const row = await store.load(deliveryId);
  // Gone with its config, already delivered or failed (a stale job): nothing to do.
  if (!row || row.status !== 'pending') return 'skipped';
  if (!row.is_active) {
    await sqlQuery(
      deps.em.fork(),
      `update "webhook_delivery" set "status" = 'failed', "next_attempt_at" = null, "updated_at" = now(),
              "last_error" = 'Not sent: the webhook config is inactive.'
        where "id" = $1 and "status" = 'pending' and "attempts" = $2`,
      [row.id, row.attempts],
    );
    return 'skipped';
  }
  const attempt = row.attempts + 1;
  const answer = await sendDelivery(deps, row);
  const context = { deliveryId: row.id, webhookConfigId: row.config_id, attempt, status: answer.status };
  const endpoint = row.config_id;
  if (answer.error === null) {
    await recordDelivered(deps, store, row, attempt, answer.status!);
    deps.metrics?.webhookDeliveries.inc({ endpoint, outcome: 'delivered' });
    deps.metrics?.webhookDeliveryLag.observe(
      { endpoint },
      Math.max(0, Date.now() - new Date(row.created_at).getTime()) / 1000,
    );
    deps.logger.debug(context, 'webhook delivered');
    return 'delivered';
  }
  const outcome = await recordFailedAttempt(deps, row, attempt, answer);
  if (outcome !== 'skipped') deps.metrics?.webhookDeliveries.inc({ endpoint, outcome });
  deps.logger.info({ ...context, outcome }, `webhook attempt failed: ${answer.error.slice(0, 200)}`);
  return outcome;
}

async function recordDelivered(
  deps: DeliveryDeps,
  store: DeliveryStore,
  row: DeliveryRow,
  attempt: number,
  status: number,
): Promise<void> {
  if (!row.sync_failure_id) {
    await store.delivered({ id: row.id, attempt, status });
    return;
  }
  // A replay of a message that had failed for good: its SyncFailure is resolved, and that is announced.
  await deps.em.fork().transactional(async (tx) => {
    const done = await writeDelivered(tx, [{ id: row.id, attempt, status }]);
    if (!done.size) return;
    const resolved = await sqlQuery<{ id: string; source: FailureSource; entity_type: EntityType }>(
      tx,
      RESOLVE_FAILURE,
      [row.sync_failure_id],
    );
    await notifyInTransaction(
      tx,
      resolved.map((f) => ({ kind: 'failure', failure: { id: f.id, source: f.source, entityType: f.entity_type } })),
    );
  });
}

async function recordFailedAttempt(
  deps: DeliveryDeps,
  row: DeliveryRow,
  attempt: number,
  answer: Answer,
): Promise<AttemptOutcome> {
  const { retryScheduleMs, disableAfterMs } = deps.config.webhooks;
  const gone = answer.status === 410;
  const delay = gone ? null : nextDelayMs(attempt, retryScheduleMs, answer);
  const error = answer.error!;
  return deps.em.fork().transactional(async (tx): Promise<AttemptOutcome> => {
    const updated = await sqlQuery<{ next_attempt_at: Date | null }>(tx, ATTEMPT_FAILED, [
      row.id,
      attempt,
      answer.status,
      error,
      delay ?? 0,
      delay === null,
    ]);
    if (!updated.length) return 'skipped';
    const endpoint = await endpointFailed(tx, row.config_id, gone, disableAfterMs);
    const source = row.direction === WebhookDirection.TO_ODOO ? FailureSource.ODOO : FailureSource.WEBSHOP;
    let message: string | null = null;
    let externalId = row.payload.data.externalId ?? row.message_id;
    if (endpoint?.disabled) {
      externalId = `webhook:${row.config_id}`;
      // Named by its config id, never its URL: this message goes out to other endpoints (see scrub, delivery-send.ts).
      message = gone
        ? `Webhook ${row.config_id} answered 410 Gone and was deactivated ` +
          '(updateWebhookConfig with isActive: true turns it on again).'
        : `Every attempt to webhook ${row.config_id} has failed since ${new Date(endpoint.since).toISOString()} ` +
          `(over ${disableAfterMs / 86_400_000} days): it was deactivated. Last error: ${error}`;
    } else if (delay === null) {
      message = `Webhook ${row.payload.type} ${row.message_id} to webhook ${row.config_id} failed after ${attempt} attempt(s): ${error}`;
    }
    if (message === null) {
      await enqueueDelivery(tx, row.id, updated[0]!.next_attempt_at!);
      return 'retrying';
    }
    // The failure is linked before it is announced: the fan-out reads the link
    // to keep it from this config (and from everyone, for a failure event's delivery).
    const [failure] = await sqlQuery<{ id: string }>(tx, OPEN_FAILURE, [
      row.entity_type,
      externalId.slice(0, 255),
      source,
      message.slice(0, 10_000),
      row.id,
      row.sync_failure_id,
    ]);
    await notifyInTransaction(tx, [
      { kind: 'failure', failure: { id: failure!.id, source, entityType: row.entity_type } },
    ]);
    return endpoint?.disabled ? 'disabled' : 'failed';
  });
}
