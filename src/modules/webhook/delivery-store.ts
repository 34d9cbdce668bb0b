import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlQuery } from '../../db/sql.js';
import type { EntityType, WebhookDirection } from '../../domain/enums.js';

/** A delivery with what its attempt needs of its config. */
export interface DeliveryRow {
  id: string;
  message_id: string;
  payload: { type: string; timestamp: string; data: { externalId?: string } & Record<string, unknown> };
  status: string;
  attempts: number;
  sync_failure_id: string | null;
  /** When the delivery was created: in the transaction of the change it announces. */
  created_at: Date;
  config_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_live: boolean | null;
  is_active: boolean;
  direction: WebhookDirection;
  entity_type: EntityType;
}

const LOAD = `
select d."id", d."message_id", d."payload", d."status", d."attempts", d."sync_failure_id", d."created_at",
       c."id" as "config_id", c."url", c."secret", c."previous_secret",
       c."previous_secret_expires_at" > now() as "previous_live", c."is_active", c."direction", c."entity_type"
  from "webhook_delivery" d join "webhook_config" c on c."id" = d."webhook_config_id"
 where d."id" = any($1::uuid[])`;

// Every write of an attempt's result is conditional on the attempt count the attempt started from:
// a replay that reset the row meanwhile wins, and this attempt's result is dropped.
const DELIVERED = `
with "d" as (
  update "webhook_delivery" w
     set "status" = 'delivered', "attempts" = r."attempt", "response_status" = r."status", "last_error" = null,
         "next_attempt_at" = null, "delivered_at" = now(), "updated_at" = now()
    from unnest($1::uuid[], $2::int[], $3::int[]) as r("id", "attempt", "status")
   where w."id" = r."id" and w."status" = 'pending' and w."attempts" = r."attempt" - 1
  returning w."id", w."webhook_config_id"
), "c" as (
  update "webhook_config" c set "failing_since" = null
   where c."id" in (select "webhook_config_id" from "d") and c."failing_since" is not null
  returning 1
)
select array_agg(d."id") as "ids" from "d"`;

export interface Delivered {
  id: string;
  attempt: number;
  status: number;
}

/** Marks deliveries delivered (and their endpoints no longer failing); returns the ids that were still theirs to write. */
export async function writeDelivered(em: EntityManager, batch: readonly Delivered[]): Promise<Set<string>> {
  const [result] = await sqlQuery<{ ids: string[] | null }>(em, DELIVERED, [
    batch.map((b) => b.id),
    batch.map((b) => b.attempt),
    batch.map((b) => b.status),
  ]);
  return new Set(result?.ids ?? []);
}

/**
 * The two statements every delivery makes, its read and (mostly) its success,
 * shared by the deliveries a worker has in flight: the calls of one
 * BATCH_WINDOW_MS become one statement (DataLoader, uncached), so at high rates
 * the database sees a few statements per batch instead of two (and two commits)
 * per delivery. Each caller still awaits its own row's result, so a job
 * completes only after its write is committed.
 */
export interface DeliveryStore {
  load(id: string): Promise<DeliveryRow | null>;
  /** False when the row was no longer this attempt's to write (a replay reset it). */
  delivered(row: Delivered): Promise<boolean>;
}

/** A few ms more per delivery for one statement and one commit per batch (see README, Performance). */
export const BATCH_WINDOW_MS = 5;

export function createDeliveryStore(em: EntityManager): DeliveryStore {
  const batching = {
    cache: false,
    maxBatchSize: 500,
    batchScheduleFn: (run: () => void) => setTimeout(run, BATCH_WINDOW_MS),
  };
  const loads = new DataLoader<string, DeliveryRow | null>(async (ids) => {
    const rows = await sqlQuery<DeliveryRow>(em.fork(), LOAD, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, batching);
  const writes = new DataLoader<Delivered, boolean>(async (batch) => {
    const done = await writeDelivered(em.fork(), batch);
    return batch.map((b) => done.has(b.id));
  }, batching);
  return { load: (id) => loads.load(id), delivered: (row) => writes.load(row) };
}
