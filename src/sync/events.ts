import { sqlQuery } from '../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityType, FailureSource, WebhookDirection } from '../modules/common/enums.js';
import { createWebhookDeliveries } from '../webhooks/webhook-fan-out.js';

/** A committed change of one record, as subscribers and webhooks see it. */
export interface EntityChangeEvent {
  entityType: EntityType;
  id: string;
  externalId: string;
  changedFields: string[];
  isNew: boolean;
  changedAt: Date;
}

/** A sync failure recorded or resolved; subscribers load the row itself. */
export interface SyncFailureEvent {
  id: string;
  source: FailureSource;
  entityType: EntityType;
}

export type HubEvent =
  | {
      kind: 'entity';
      change: EntityChangeEvent;
      /**
       * Which webhooks the change is for: TO_WEBSHOP (the default) for what came
       * from Odoo, TO_ODOO for what the webshop wrote (orders, customers).
       */
      direction?: WebhookDirection;
    }
  | { kind: 'failure'; failure: SyncFailureEvent };

export const EVENT_CHANNEL = 'odoo_sync_hub_events';

/** NOTIFY payloads must stay under 8000 bytes; keep a margin for the envelope. */
export const MAX_PAYLOAD_BYTES = 7500;

// Wire format: compact arrays, so one NOTIFY carries dozens of events.
type WireEntity = ['e', EntityType, string, string, string[], 0 | 1, string];
type WireFailure = ['f', string, FailureSource, EntityType];
type Wire = WireEntity | WireFailure;

function toWire(event: HubEvent): Wire {
  if (event.kind === 'failure') return ['f', event.failure.id, event.failure.source, event.failure.entityType];
  const c = event.change;
  return ['e', c.entityType, c.id, c.externalId, c.changedFields, c.isNew ? 1 : 0, c.changedAt.toISOString()];
}

function fromWire(wire: Wire): HubEvent {
  if (wire[0] === 'f') return { kind: 'failure', failure: { id: wire[1], source: wire[2], entityType: wire[3] } };
  const [, entityType, id, externalId, changedFields, isNew, changedAt] = wire;
  return {
    kind: 'entity',
    change: { entityType, id, externalId, changedFields, isNew: isNew === 1, changedAt: new Date(changedAt) },
  };
}

/**
 * Packs events into NOTIFY payloads of at most MAX_PAYLOAD_BYTES. An event too
 * big on its own (thousands of changed keys) travels with its changed fields
 * cut to what fits, rather than failing the write that caused it.
 */
export function encodeEvents(events: HubEvent[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let size = 2;
  for (const event of events) {
    let item = JSON.stringify(toWire(event));
    while (
      Buffer.byteLength(item) > MAX_PAYLOAD_BYTES - 2 &&
      event.kind === 'entity' &&
      event.change.changedFields.length
    ) {
      event.change.changedFields = event.change.changedFields.slice(
        0,
        Math.floor(event.change.changedFields.length / 2),
      );
      item = JSON.stringify(toWire(event));
    }
    const bytes = Buffer.byteLength(item) + 1;
    if (batch.length && size + bytes > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${batch.join(',')}]`);
      batch = [];
      size = 2;
    }
    batch.push(item);
    size += bytes;
  }
  if (batch.length) payloads.push(`[${batch.join(',')}]`);
  return payloads;
}

export function decodeEvents(payload: string): HubEvent[] {
  return (JSON.parse(payload) as Wire[]).map(fromWire);
}

/**
 * Queues the events as NOTIFYs inside the caller's transaction: PostgreSQL
 * delivers them to every listening instance on commit and drops them on
 * rollback. One round trip, however many payloads; a second creates the
 * events' webhook deliveries and their jobs in the same transaction (see
 * webhooks/webhook-fan-out.ts), so every committed change and failure reaches
 * the configured endpoints and none is sent for a rollback.
 */
export async function notifyInTransaction(em: EntityManager, events: HubEvent[]): Promise<void> {
  if (!events.length) return;
  // First: encodeEvents may shorten a huge changedFields list to fit a NOTIFY; webhooks get it whole.
  await createWebhookDeliveries(em, events);
  await sqlQuery(em, `select pg_notify($1, p) from unnest($2::text[]) as p`, [EVENT_CHANNEL, encodeEvents(events)]);
}
