import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import { WebhookDirection } from '../domain/enums.js';
import { ENTITY_TYPES, SYNCABLE_TYPES } from '../domain/syncable-types.js';
import { enqueueJob } from './enqueue-job.js';
import { TASKS } from './task-names.js';
import type { HubEvent } from './hub-events.js';

/**
 * Fan-out: committed events become WebhookDelivery rows and their jobs.
 *
 * It runs inside the transaction that writes the change (notifyInTransaction
 * calls it), as one statement whatever the batch: an INSERT … SELECT over the
 * active configs that match each event, and graphile_worker.add_jobs for the
 * rows it inserted. So a delivery exists exactly when its change is committed
 * (a crash loses neither, a rollback leaves neither), and ingest keeps its
 * constant number of round trips.
 *
 * Which configs: an entity change goes to the active configs of its entity type
 * and direction (TO_WEBSHOP unless the event says otherwise); a SyncFailure
 * recorded or resolved goes to the active configs of its entity type, both
 * directions, except two cases that keep failures from feeding on themselves:
 * a failure opened because a delivery failed is not sent to that delivery's
 * config, and a failure opened because the delivery of a failure event failed
 * is not sent at all (else two broken endpoints would report each other forever).
 */
export const DELIVER_WEBHOOK_TASK = TASKS.deliverWebhook;

/**
 * Largest message body; a bigger one goes without `data.current`, flagged
 * `currentOmitted: true`, and if still too big without `data.changedFields` too
 * (`changedFieldsOmitted: true`).
 */
export const MAX_MESSAGE_BYTES = 20_000;

/**
 * Tries graphile-worker gives a deliver_webhook job that throws (the database
 * went away mid-job, a bug). Failed HTTP attempts are not thrown: the task
 * records them and schedules the next one itself.
 */
export const DELIVERY_JOB_MAX_ATTEMPTS = 5;

/** One queued job per delivery: a replay or a retry replaces a job still waiting. */
export const deliveryJobKey = (deliveryId: string) => `${DELIVER_WEBHOOK_TASK}:${deliveryId}`;

/** Adds (or replaces, while it waits) the job of one delivery's next attempt, on `em`'s connection. */
export function enqueueDelivery(em: EntityManager, deliveryId: string, runAt?: Date): Promise<void> {
  return enqueueJob(
    em,
    DELIVER_WEBHOOK_TASK,
    { deliveryId },
    { jobKey: deliveryJobKey(deliveryId), maxAttempts: DELIVERY_JOB_MAX_ATTEMPTS, runAt },
  );
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// Parameters: $1 the events (jsonb), $2 MAX_MESSAGE_BYTES, $3 the job's max attempts.
const FAN_OUT = `
with "active" as (
  select "id", "entity_type", "direction" from "webhook_config" where "is_active"
), "ev" as (
  select e.* from jsonb_to_recordset($1::jsonb) as e(
    "kind" text, "entity_type" text, "id" uuid, "external_id" text, "changed_fields" jsonb,
    "is_new" boolean, "changed_at" text, "direction" text)
   -- The first test is a one-time filter: with no active config the events are not even parsed.
   where exists (select 1 from "active") and e."entity_type" in (select "entity_type" from "active")
), "message" as (
  select e."entity_type", e."direction", null::uuid as "failure_id",
         jsonb_build_object(
           'type', e."entity_type" || '.changed',
           'timestamp', e."changed_at",
           'data', jsonb_build_object(
             'entityType', upper(e."entity_type"), 'id', e."id", 'externalId', e."external_id",
             'changedFields', e."changed_fields", 'isNew', e."is_new", 'current', coalesce(c."row"->'current', '{}'::jsonb))
             -- A tombstone says so: \`deletedAt\` beside \`current\` (the record as it was when Odoo deleted it).
             || case when c."row"->>'deletedAt' is null then '{}'::jsonb
                     else jsonb_build_object('deletedAt', c."row"->'deletedAt') end) as "payload"
    from "ev" e
    left join lateral (select case e."entity_type"
${ENTITY_TYPES.map(
  (type) =>
    `        when '${type}' then (select jsonb_build_object('current', ${SYNCABLE_TYPES[type].webhookCurrent}, 'deletedAt', ${iso('r."deleted_at"')})
                               from "${SYNCABLE_TYPES[type].table}" r where r."id" = e."id")`,
).join('\n')}
      end as "row") c on true
   where e."kind" = 'e'
  union all
  select f."entity_type", null, f."id",
         jsonb_build_object(
           'type', case f."status" when 'open' then 'sync_failure.recorded' else 'sync_failure.resolved' end,
           'timestamp', ${iso('f."updated_at"')},
           'data', jsonb_build_object(
             'id', f."id", 'entityType', upper(f."entity_type"), 'externalId', f."external_id",
             'source', upper(f."source"), 'status', upper(f."status"),
             -- Bounded so that a failure's message always fits MAX_MESSAGE_BYTES.
             'errorMessage', left(f."error_message", 3000), 'resolutionNote', left(f."resolution_note", 1000),
             'resolvedAt', ${iso('f."resolved_at"')}, 'createdAt', ${iso('f."created_at"')}, 'updatedAt', ${iso('f."updated_at"')}))
    from "ev" e join "sync_failure" f on f."id" = e."id"
   where e."kind" = 'f'
), "target" as (
  select uuid_v7() as "id", a."id" as "config_id",
         case when octet_length(m."payload"::text) <= $2 then m."payload"
              when octet_length((m."payload" #- '{data,current}')::text) <= $2 - 64
                then jsonb_set(m."payload" #- '{data,current}', '{data,currentOmitted}', 'true')
              -- Thousands of changed keys: the field list goes too (the receiver reads the record).
              else jsonb_set(jsonb_set(m."payload" #- '{data,current}' #- '{data,changedFields}',
                                       '{data,currentOmitted}', 'true'), '{data,changedFieldsOmitted}', 'true')
          end as "payload"
    from "message" m
    join "active" a on a."entity_type" = m."entity_type" and (m."direction" is null or a."direction" = m."direction")
   where m."failure_id" is null or not exists (
     select 1 from "webhook_delivery" d
      where d."sync_failure_id" = m."failure_id"
        and (d."webhook_config_id" = a."id" or d."payload"->>'type' like 'sync\\_failure.%'))
), "inserted" as (
  insert into "webhook_delivery" ("id", "webhook_config_id", "message_id", "payload", "status", "attempts",
                                  "next_attempt_at", "created_at", "updated_at")
  select t."id", t."config_id", 'msg_' || replace(t."id"::text, '-', ''), t."payload", 'pending', 0, now(), now(), now()
    from "target" t
  returning "id"
)
select (select count(*) from graphile_worker.add_jobs(x."specs"))::int as "jobs"
  from (select array_agg(row('${DELIVER_WEBHOOK_TASK}', json_build_object('deliveryId', i."id"), null, null, $3::int,
                             '${deliveryJobKey('')}' || i."id", null, null)::graphile_worker.job_spec order by i."id") as "specs"
          from "inserted" i) x
 where x."specs" is not null`;

/**
 * A boolean SQL expression: is there an active config of one of the entity
 * types in `types` (a text[] parameter, e.g. `$3::text[]`)? When there is none,
 * createWebhookDeliveries would insert nothing, so the caller may skip it
 * (notifyInTransaction asks this in its NOTIFY statement, saving the fan-out
 * statement and its events parameter on every write while no webhook is set up).
 * It reads the table in the caller's transaction, as the fan-out does: no cache,
 * so a config committed through any instance counts at once.
 */
export const webhookTargetsExist = (types: string) =>
  `exists (select 1 from "webhook_config" where "is_active" and "entity_type" = any(${types}))`;

/**
 * Creates the deliveries of `events` (and their jobs) in `em`'s transaction;
 * returns how many.
 */
export async function createWebhookDeliveries(em: EntityManager, events: readonly HubEvent[]): Promise<number> {
  if (!events.length) return 0;
  const rows = events.map((event) =>
    event.kind === 'entity'
      ? {
          kind: 'e',
          entity_type: event.change.entityType,
          id: event.change.id,
          external_id: event.change.externalId,
          changed_fields: event.change.changedFields,
          is_new: event.change.isNew,
          changed_at: event.change.changedAt.toISOString(),
          direction: event.direction ?? WebhookDirection.TO_WEBSHOP,
        }
      : { kind: 'f', entity_type: event.failure.entityType, id: event.failure.id },
  );
  const [result] = await sqlQuery<{ jobs: number }>(em, FAN_OUT, [
    JSON.stringify(rows),
    MAX_MESSAGE_BYTES,
    DELIVERY_JOB_MAX_ATTEMPTS,
  ]);
  return result?.jobs ?? 0;
}
