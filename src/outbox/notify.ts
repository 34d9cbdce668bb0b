import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import { appendToChangeLog } from './change-log.js';
import { encodeEvents, EVENT_CHANNEL, type EntityChangeEvent, type HubEvent } from './hub-events.js';
import { createWebhookDeliveries, webhookTargetsExist } from './webhook-fan-out.js';

/**
 * Queues the events as NOTIFYs inside the caller's transaction: PostgreSQL
 * delivers them to every listening instance on commit and drops them on
 * rollback. One round trip, however many payloads, which also asks whether any
 * active webhook config could want one of the events; only then does a second
 * create the events' webhook deliveries and their jobs in the same transaction
 * (see webhook-fan-out.ts), so every committed change and failure
 * reaches the configured endpoints and none is sent for a rollback. The check
 * reads webhook_config in this transaction, like the fan-out itself: a config
 * created through any instance counts from its commit on, with nothing cached.
 *
 * Entity changes are first written to the change log (change-log.ts), in the
 * same transaction: one more statement when there are any. Each change object is
 * stamped with its log position there, so callers that return their changes
 * (an IngestResult) hand the positions on too.
 */
export async function notifyInTransaction(em: EntityManager, events: readonly HubEvent[]): Promise<void> {
  if (!events.length) return;
  const changes = events.flatMap((e): EntityChangeEvent[] => (e.kind === 'entity' ? [e.change] : []));
  const xid = changes.length ? await appendToChangeLog(em, changes) : undefined;
  const payloads = encodeEvents(events, xid);
  const entityTypes = [
    ...new Set(events.map((e) => (e.kind === 'entity' ? e.change.entityType : e.failure.entityType))),
  ];
  const [queued] = await sqlQuery<{ notified: number; webhooks: boolean }>(
    em,
    `select n."notified", ${webhookTargetsExist('$3::text[]')} as "webhooks"
       from (select count(pg_notify($1, p))::int as "notified" from unnest($2::text[]) as p) n`,
    [EVENT_CHANNEL, payloads, entityTypes],
  );
  if (queued?.notified !== payloads.length) throw new Error(`queued ${queued?.notified} of ${payloads.length} NOTIFYs`);
  if (queued.webhooks) await createWebhookDeliveries(em, events);
}
