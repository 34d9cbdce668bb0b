import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { PullState, type EntityType } from '../../domain/enums.js';
import {
  progressFromRow,
  PULL_PROGRESS_CHANNEL,
  type PullProgressEvent,
  type PullProgressRow,
} from '../../outbox/pull-progress-events.js';

/** NOTIFY payloads stay under 8000 bytes: an error longer than this is cut (the SyncFailure has it whole). */
const MAX_ERROR_CHARS = 2000;

/**
 * Runs `change` (an insert or update … returning *) and NOTIFYs the row it
 * returns, in ONE statement: inside a transaction the NOTIFY goes out on commit,
 * so listeners see only committed progress.
 */
async function writeAndNotify(em: EntityManager, change: string, params: unknown[]): Promise<void> {
  await sqlQuery(
    em,
    `with "row" as (${change} returning *)
     select pg_notify('${PULL_PROGRESS_CHANNEL}', row_to_json("row")::text) from "row"`,
    params,
  );
}

/** A pull attempt starts: its row is RUNNING from now, with nothing read yet. */
export async function pullStarted(em: EntityManager, entityType: EntityType, full: boolean): Promise<void> {
  await writeAndNotify(
    em.fork(),
    `insert into "odoo_pull_progress" ("entity_type", "state", "full", "started_at", "pages", "records", "updated_at")
     values ($1, '${PullState.RUNNING}', $2, now(), 0, 0, now())
     on conflict ("entity_type") do update set "state" = excluded."state", "full" = excluded."full",
       "started_at" = excluded."started_at", "pages" = 0, "records" = 0, "estimated_total" = null,
       "updated_at" = excluded."updated_at"`,
    [entityType, full],
  );
}

/** Odoo's count of what the running attempt reads. No row (a pull outside a job, as in tests): nothing. */
export async function pullEstimated(em: EntityManager, entityType: EntityType, total: number): Promise<void> {
  await writeAndNotify(
    em.fork(),
    `update "odoo_pull_progress" set "estimated_total" = $2, "updated_at" = now()
      where "entity_type" = $1 and "state" = '${PullState.RUNNING}'`,
    [entityType, total],
  );
}

/**
 * A page is written: called in the page's transaction (`tx`), so the counts
 * move and are announced when the page commits, never for a page rolled back.
 */
export async function pullPageDone(tx: EntityManager, entityType: EntityType, records: number): Promise<void> {
  await writeAndNotify(
    tx,
    `update "odoo_pull_progress" set "pages" = "pages" + 1, "records" = "records" + $2, "updated_at" = now()
      where "entity_type" = $1 and "state" = '${PullState.RUNNING}'`,
    [entityType, records],
  );
}

/** The attempt ended: SUCCEEDED (the error cleared), RETRYING or FAILED with its error. */
export async function pullEnded(
  em: EntityManager,
  entityType: EntityType,
  state: PullState.SUCCEEDED | PullState.RETRYING | PullState.FAILED,
  error: string | null = null,
): Promise<void> {
  await writeAndNotify(
    em.fork(),
    `update "odoo_pull_progress" set "state" = $2, "last_error" = $3, "finished_at" = now(), "updated_at" = now()
      where "entity_type" = $1`,
    [entityType, state, error === null ? null : error.slice(0, MAX_ERROR_CHARS)],
  );
}

/** Every entity type's current or last pull (types never pulled by a job have none). */
export async function pullProgress(em: EntityManager, entityType?: EntityType): Promise<PullProgressEvent[]> {
  const rows = await sqlQuery<PullProgressRow>(
    em.fork(),
    `select * from "odoo_pull_progress" where $1::text is null or "entity_type" = $1 order by "entity_type"`,
    [entityType ?? null],
  );
  return rows.map(progressFromRow);
}
