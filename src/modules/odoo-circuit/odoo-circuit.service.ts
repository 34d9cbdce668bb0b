import type { EntityManager } from '@mikro-orm/postgresql';
import { prepared } from '../../db/prepared-statements.js';
import { sqlQuery } from '../../db/sql.js';
import { CircuitState, type EntityType, OutboundQueueStatus } from '../../domain/enums.js';
import { enqueueCircuitProbe } from '../../outbox/odoo-jobs.js';
import { enqueuePushes } from '../../outbox/push-jobs.js';

/**
 * The circuits' rows and the paused OutboundQueue rows, in SQL (the logic is
 * src/odoo/odoo-circuit.ts). The hub talks to one Odoo, so every paused row
 * waits for that connection's circuit. Opening and closing hold the circuit's
 * row lock, and a pause holds it shared: a push paused while the probe closes
 * the circuit is either resumed by that close or sees the circuit closed and
 * is not paused, never left behind.
 */

/** What `syncStatus.odooCircuits` and the metrics show of one circuit. */
export interface CircuitStatus {
  connection: string;
  state: CircuitState;
  openedAt: Date | null;
  lastProbeAt: Date | null;
  lastError: string | null;
  /** Pushes waiting for the circuit to close (counted for an open circuit; a closed one has none). */
  pausedItems: number;
}

/** An OutboundQueue row a push has claimed (its attempt counted). */
export interface ClaimedPush {
  id: string;
  entityType: EntityType;
  entityId: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** When the row was queued (with the record's commit): the push latency's start. */
  createdAt: Date;
}

/**
 * The start of a push of OutboundQueue row `itemId`, in one statement: with
 * `connection`'s circuit open (null: no circuit), the row is paused (PENDING,
 * `paused_at` set, its attempts untouched; it gets no job until the circuit
 * closes); else, unless it is COMPLETED, it becomes PROCESSING with its attempt
 * counted before Odoo is called (a crash mid-push still counts as one) and is
 * returned. 'done': the row is COMPLETED or gone; `{ paused }`: paused, with its entity type.
 * A named statement (prepared-statements.ts): it runs once per push, on its critical path.
 */
export async function claimPush(
  em: EntityManager,
  connection: string | null,
  itemId: string,
): Promise<ClaimedPush | { paused: EntityType } | 'done'> {
  const [row] = await sqlQuery<{
    id: string | null;
    entity_type: EntityType;
    entity_id: string;
    payload: Record<string, unknown>;
    attempts: number;
    created_at: Date;
    paused: EntityType | null;
  }>(
    em,
    prepared(`with "open" as materialized (
       select 1 from "odoo_circuit" where $1::text is not null and "connection" = $1 and "state" = $2 for share),
     "paused" as (
       update "outbound_queue" set "status" = $3, "paused_at" = now(), "updated_at" = now()
        where "id" = $4 and "status" <> $5 and exists (select 1 from "open") returning "entity_type"),
     "claimed" as (
       update "outbound_queue" set "status" = $6, "attempts" = "attempts" + 1, "paused_at" = null, "updated_at" = now()
        where "id" = $4 and "status" <> $5 and not exists (select 1 from "open")
        returning "id", "entity_type", "entity_id", "payload", "attempts", "created_at")
     select c.*, (select "entity_type" from "paused") as "paused" from (values (1)) as one left join "claimed" c on true`),
    [
      connection,
      CircuitState.OPEN,
      OutboundQueueStatus.PENDING,
      itemId,
      OutboundQueueStatus.COMPLETED,
      OutboundQueueStatus.PROCESSING,
    ],
  );
  if (row?.paused) return { paused: row.paused };
  if (!row?.id) return 'done';
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    payload: row.payload,
    attempts: row.attempts,
    createdAt: new Date(row.created_at),
  };
}

/** How the push that met a connection failure waits. */
export interface PausedPush {
  /** The OutboundQueue row. */
  id: string;
  /** What went wrong, for the row and the circuit. */
  error: string;
  /** Odoo never got the call (refused, DNS): the attempt counted for it is given back. */
  refundAttempt: boolean;
  /** The row's next try no sooner than this (a create whose answer was lost); null: as soon as Odoo answers. */
  notBefore: Date | null;
}

/**
 * Opens `connection`'s circuit (an open one keeps its openedAt) and pauses the
 * push, in one transaction; the circuit that was closed gets its probe,
 * `probeMs` from now. Returns whether this call opened it.
 */
export async function openCircuitAndPause(
  em: EntityManager,
  connection: string,
  push: PausedPush,
  probeMs: number,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    await sqlQuery(tx, `insert into "odoo_circuit" ("connection") values ($1) on conflict do nothing`, [connection]);
    const [before] = await sqlQuery<{ state: CircuitState }>(
      tx,
      `select "state" from "odoo_circuit" where "connection" = $1 for update`,
      [connection],
    );
    const opened = before?.state !== CircuitState.OPEN;
    await sqlQuery(
      tx,
      `update "odoo_circuit" set "state" = $2, "last_error" = $3, "updated_at" = now(),
          "opened_at" = case when "state" = $2 then "opened_at" else now() end
        where "connection" = $1`,
      [connection, CircuitState.OPEN, push.error],
    );
    await sqlQuery(
      tx,
      `update "outbound_queue" set "status" = $2, "paused_at" = now(), "updated_at" = now(), "last_error" = $3,
          "next_attempt_at" = $4, "attempts" = greatest("attempts" - $5, 0)
        where "id" = $1 and "status" <> $6`,
      [
        push.id,
        OutboundQueueStatus.PENDING,
        push.error,
        push.notBefore,
        push.refundAttempt ? 1 : 0,
        OutboundQueueStatus.COMPLETED,
      ],
    );
    if (opened) await enqueueCircuitProbe(tx, new Date(Date.now() + probeMs));
    return opened;
  });
}

/** Whether `connection`'s circuit is open (no row: it never opened). */
export async function isCircuitOpen(em: EntityManager, connection: string): Promise<boolean> {
  const [row] = await sqlQuery<{ state: CircuitState }>(
    em,
    `select "state" from "odoo_circuit" where "connection" = $1`,
    [connection],
  );
  return row?.state === CircuitState.OPEN;
}

/** A probe that got no answer: when, and why. */
export async function recordProbeFailure(em: EntityManager, connection: string, error: string): Promise<void> {
  await sqlQuery(
    em,
    `update "odoo_circuit" set "last_probe_at" = now(), "last_error" = $2, "updated_at" = now() where "connection" = $1`,
    [connection, error],
  );
}

/**
 * Closes `connection`'s circuit (and any other open one: an earlier ODOO_URL's)
 * and gives every paused push its job again, all at once (a create whose answer
 * was lost no sooner than its row's next_attempt_at), in one transaction.
 * Returns how many resumed, or null when the circuit was not open (another
 * worker closed it first).
 */
export async function closeAndResume(em: EntityManager, connection: string): Promise<number | null> {
  return em.fork().transactional(async (tx) => {
    const closed = await sqlQuery<{ connection: string }>(
      tx,
      `update "odoo_circuit" set "state" = $1, "closed_at" = now(), "last_probe_at" = now(), "updated_at" = now()
        where "state" = $2 returning "connection"`,
      [CircuitState.CLOSED, CircuitState.OPEN],
    );
    if (!closed.some((c) => c.connection === connection)) return null;
    const paused = await sqlQuery<{ id: string; entity_type: EntityType; next_attempt_at: Date | null }>(
      tx,
      `update "outbound_queue" set "paused_at" = null, "updated_at" = now()
        where "paused_at" is not null and "status" <> $1 returning "id", "entity_type", "next_attempt_at"`,
      [OutboundQueueStatus.COMPLETED],
    );
    await enqueuePushes(
      tx,
      paused.map((r) => ({ id: r.id, entityType: r.entity_type, runAt: r.next_attempt_at })),
    );
    return paused.length;
  });
}

/** Every circuit, with the pushes an open one holds back. */
export async function circuitStatuses(em: EntityManager): Promise<CircuitStatus[]> {
  const rows = await sqlQuery<{
    connection: string;
    state: CircuitState;
    opened_at: Date | null;
    last_probe_at: Date | null;
    last_error: string | null;
    paused: number;
  }>(
    em.fork(),
    `select c."connection", c."state", c."opened_at", c."last_probe_at", c."last_error",
            case when c."state" = $1
                 then (select count(*)::int from "outbound_queue" q where q."paused_at" is not null and q."status" <> $2)
                 else 0 end as "paused"
       from "odoo_circuit" c order by c."connection"`,
    [CircuitState.OPEN, OutboundQueueStatus.COMPLETED],
  );
  return rows.map((r) => ({
    connection: r.connection,
    state: r.state,
    openedAt: r.opened_at ? new Date(r.opened_at) : null,
    lastProbeAt: r.last_probe_at ? new Date(r.last_probe_at) : null,
    lastError: r.last_error,
    pausedItems: r.paused,
  }));
}
